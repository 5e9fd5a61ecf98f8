package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.EntityKind;

import java.util.List;

/**
 * A change refused because somebody else changed the record since this window last read it (several writers on one
 * server database): who and when, and for each field that differs their value beside the one refused. Nothing of
 * the command was written; the editor has re-read the database, so the window shows their value and the user can
 * choose — type theirs over again, or leave it.
 */
public final class EditConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** One field: the value stored now (theirs) and the value of the refused change (yours), in stored words. */
    public record Field(String name, String theirs, String yours) {
    }

    /** One field as the user reads it: its name, their value and yours, in the plan's words and units. */
    public record Worded(String field, String theirs, String yours) {
    }

    private final EntityKind kind;
    private final String code;
    private final String by;
    private final String at;
    private final transient List<Field> fields;
    private final boolean deleted;
    private final String text;
    private final String headline;
    private final transient List<Worded> worded;

    EditConflict(EntityKind kind, String code, String by, String at, List<Field> fields, boolean deleted, String text,
                 String headline, List<Worded> worded) {
        super(kind.wire() + " " + code + " changed by " + by + " at " + at);
        this.text = text;
        this.headline = headline;
        this.worded = List.copyOf(worded);
        this.kind = kind;
        this.code = code;
        this.by = by;
        this.at = at;
        this.fields = List.copyOf(fields);
        this.deleted = deleted;
    }

    public EntityKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** The user who changed the record (the database user on a server). */
    public String by() {
        return by;
    }

    /** When (as stored: ISO offset date-time). */
    public String at() {
        return at;
    }

    /** The fields where the stored record and the refused change differ. */
    public List<Field> fields() {
        return fields;
    }

    /** The sentence for the user (in the editor's language): who, when, their value and yours. */
    public String text() {
        return text;
    }

    /** "指标 亩均税收 已被 wang 于 2026-11-30 16:20 修改" (or 删除) in the editor's language: who and when. */
    public String headline() {
        return headline;
    }

    /** {@link #fields()} as the user reads them (the dialog's rows: field, theirs, yours). */
    public List<Worded> worded() {
        return worded;
    }

    /** Whether the other user deleted the record. */
    public boolean deleted() {
        return deleted;
    }
}
