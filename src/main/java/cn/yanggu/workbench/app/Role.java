package cn.yanggu.workbench.app;

import cn.yanggu.workbench.store.Database;

/**
 * What the connected user may do in the window (issue 16), learnt once when the database is opened from the
 * server's grants (packaging/postgres/bureau-roles.sql): 管理员 everything, 编辑 the plan's data but not the year locks
 * (定稿), the admission standards, restoring, replacing the office key or approving versions, 只读 nothing that writes.
 * A SQLite file is its user's own: 管理员. The window hides or disables what the role may not do; the server refuses
 * it anyway.
 */
public enum Role {
    ADMIN("role.admin"), EDITOR("role.editor"), READER("role.reader");

    private final String key;

    Role(String key) {
        this.key = key;
    }

    /** The role the grants amount to. */
    static Role of(Database.Grants grants) {
        return grants.locksAndStandards() ? ADMIN : grants.changesData() ? EDITOR : READER;
    }

    /** Edits, imports, undo and redo. */
    public boolean mayEdit() {
        return this != READER;
    }

    /** Year locks (定稿), admission standards, restore, the office key's replacement, approving plan versions. */
    public boolean mayAdminister() {
        return this == ADMIN;
    }

    /** The role's name in the UI language (管理员 / 编辑 / 只读). */
    public String label(I18n t) {
        return t.get(key);
    }
}
