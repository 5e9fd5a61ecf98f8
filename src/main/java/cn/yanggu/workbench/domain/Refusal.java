package cn.yanggu.workbench.domain;

/**
 * Something the workbench refuses or cannot use — a database, an exchange package, a field of a file — with why and
 * where: a {@code reason} the caller words in the UI language (none where the detail says it all), the place
 * ({@link #where()}: a file, a path, a position in a document) and the {@link #detail()} (may be null). The message,
 * for the log, reads "REASON where: detail".
 */
public abstract class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final Enum<?> reason;
    private final String where;
    private final String detail;

    protected Refusal(Enum<?> reason, Object where, String detail, Throwable cause) {
        super((reason == null ? "" : reason + " ") + where + (detail == null ? "" : ": " + detail), cause);
        this.reason = reason;
        this.where = String.valueOf(where);
        this.detail = detail;
    }

    /** Why, for the caller to word; subclasses narrow it to their own enum. Null where there is no reason. */
    public Enum<?> reason() {
        return reason;
    }

    /** Where: a file name, a path, a position in a document. */
    public String where() {
        return where;
    }

    /** What exactly, or null. */
    public String detail() {
        return detail;
    }
}
