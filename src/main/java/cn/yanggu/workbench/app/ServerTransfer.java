package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.ServerAddress;
import cn.yanggu.workbench.store.ContentHash;
import cn.yanggu.workbench.store.Database;
import cn.yanggu.workbench.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Moving a plan between a single PC and the bureau's server (issue 16): a file database copied onto an empty server
 * database ({@code migrate}), a server database written as an SQLite snapshot any workbench opens ({@code backup}
 * from a server), and a file put in place of a server database's content by its 管理员 ({@code restore --to}). Each
 * copy is one transaction of its target, checked by content hash before it is committed: all or nothing, and equal
 * to its source.
 */
public final class ServerTransfer {
    private ServerTransfer() {
    }

    /** What was copied: the content hash both databases share, and the number of tables. */
    public record Copied(String contentHash, int tables) {
    }

    /**
     * Copies the workbench database file {@code file} onto the server database {@code server}, which must be empty
     * (refused with {@link StoreException.Reason#NOT_EMPTY}, nothing written, when any table has a row). The file is
     * brought to the current schema first, as opening it in the window would (a copy of it is kept in its backups).
     */
    public static Copied migrate(Path file, ServerAddress server) {
        Path from = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(from)) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, from, "no such file", null);
        }
        Backups backups = Backups.of(from);
        try (Database source = Database.open(from, (opened, v) -> backups.write(opened, Backups.Reason.BEFORE_MIGRATION));
             Database target = Database.open(server, (opened, v) -> { })) {
            Database.copyContent(source, target);
            return new Copied(target.read(ContentHash::of), target.tableNames().size());
        }
    }

    /** What a restore did: the content now on the server, and the snapshot of what it replaced. */
    public record Restored(Copied copied, Backups.Backup before) {
    }

    /**
     * A restore asked of a server database by a user who is not its 管理员 ({@code role} is what the server's
     * grants make them): refused before anything is written.
     */
    public static final class NotAdministrator extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ServerAddress server;
        private final Role role;

        NotAdministrator(ServerAddress server, Role role) {
            super("restore needs the 管理员 role: " + server.user() + " is " + role + " on " + server);
            this.server = server;
            this.role = role;
        }

        public ServerAddress server() {
            return server;
        }

        public Role role() {
            return role;
        }
    }

    /**
     * Replaces the whole content of the server database {@code server} with the workbench database file
     * {@code file} ({@code restore --in FILE.db --to postgresql://…}), for its 管理员 only: the file is checked (a
     * sound workbench database, not newer than this version) and brought to the current schema as {@link #migrate}
     * does (a copy of it kept in its backups); the user's role is read from the server's grants ({@link
     * NotAdministrator} for an 编辑 or 只读, nothing written); then, while the other workbenches' writes wait, a
     * consistent SQLite snapshot of the server database is kept as a {@code before-restore} backup named as
     * {@code backupsAs} (see {@link Workbench#serverBackups}) and one server transaction empties every table and
     * copies the file's rows, committed only when the content hash equals the file's. The other open windows hear
     * of it as of any change.
     */
    public static Restored restore(Path file, ServerAddress server, Path backupsAs) {
        Path from = file.toAbsolutePath().normalize();
        // unreadable, not a workbench database, damaged, newer: refused naming the file, before the server is asked
        Database.verify(from);
        Backups fileBackups = Backups.of(from);
        Backups serverBackups = Backups.of(backupsAs);
        try (Database target = Database.open(server,
                (opened, v) -> serverBackups.write(opened, Backups.Reason.BEFORE_MIGRATION))) {
            Role role = Role.of(target.grants());
            if (!role.mayAdminister()) {
                throw new NotAdministrator(server, role);
            }
            try (Database source = Database.open(from,
                    (opened, v) -> fileBackups.write(opened, Backups.Reason.BEFORE_MIGRATION))) {
                return target.excludingWriters(() -> {
                    Backups.Backup before = serverBackups.write(target, Backups.Reason.BEFORE_RESTORE);
                    Database.replaceContent(source, target);
                    return new Restored(new Copied(target.read(ContentHash::of), target.tableNames().size()), before);
                });
            }
        }
    }

    /**
     * Writes the consistent SQLite snapshot of the server database {@code server} to {@code out} (replacing it in
     * one step; reading only: others go on working).
     */
    public static Copied snapshot(ServerAddress server, Path out) {
        try (Database db = Database.open(server, (opened, v) -> { })) {
            Backups.copy(db, out);
            try (Database copy = Database.open(out.toAbsolutePath().normalize())) {
                return new Copied(copy.read(ContentHash::of), copy.tableNames().size());
            }
        }
    }
}
