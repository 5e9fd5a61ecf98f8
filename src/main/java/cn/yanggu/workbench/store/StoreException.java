package cn.yanggu.workbench.store;

import cn.yanggu.workbench.domain.ServerAddress;

import cn.yanggu.workbench.domain.Refusal;

import java.nio.file.Path;

/** A database problem the user can act on. {@link #reason()} lets the caller word it in the UI language. */
public final class StoreException extends Refusal {
    private static final long serialVersionUID = 1L;

    /** What went wrong, in terms a user can act on. */
    public enum Reason {
        /** The file exists but is not an SQLite database (or is damaged beyond reading). */
        NOT_A_DATABASE,
        /** An SQLite database, but not one of this workbench. */
        FOREIGN_DATABASE,
        /** Written by a newer workbench (schema version above ours). */
        NEWER_VERSION,
        /** The file or its folder cannot be created or opened for writing. */
        CANNOT_OPEN,
        /** A query or write failed. */
        FAILED,
        /** An SQLite database whose content is damaged (integrity check failed). */
        CORRUPT,
        /** The file or its folder is read-only: the workbench does not open it for writing. */
        READ_ONLY,
        /** Another workbench (window or command) has the database open; the detail is its process id. */
        IN_USE,
        /** The database server cannot be reached (host, port or network), or refused the connection. */
        SERVER_UNREACHABLE,
        /** The server refused the user name or password (or pgpass holds no password for it). */
        AUTHENTICATION,
        /** The server has no database of that name. */
        NO_SUCH_DATABASE,
        /** The connection to the server broke during the work: nothing of it was applied. */
        CONNECTION_LOST,
        /** The target of a copy (migrate, restore) already holds data: nothing was copied. */
        NOT_EMPTY,
        /** The server refused the step: the user's role (管理员 / 编辑 / 只读) may not do it. Nothing was written. */
        PERMISSION_DENIED
    }

    private final transient Path path;

    public StoreException(Reason reason, Path path, String detail, Throwable cause) {
        super(reason, path, detail, cause);
        this.path = path;
    }

    /** A problem with a server database (no file): {@code server} is what {@link #where()} says. */
    public StoreException(Reason reason, ServerAddress server, String detail, Throwable cause) {
        super(reason, server, detail, cause);
        this.path = null;
    }

    /** A problem of the database at {@code where}: a file ({@link Path}) or a server ({@link ServerAddress}). */
    static StoreException of(Reason reason, Object where, String detail, Throwable cause) {
        return where instanceof ServerAddress s ? new StoreException(reason, s, detail, cause)
                : new StoreException(reason, (Path) where, detail, cause);
    }

    @Override
    public Reason reason() {
        return (Reason) super.reason();
    }

    /** The database file, or null for a server database (see {@link #where()}). */
    public Path path() {
        return path;
    }

    /** The technical detail (driver message), for the log and as a suffix of user messages. */
    @Override
    public String detail() {
        Throwable c = getCause();
        return c != null ? String.valueOf(c.getMessage()) : super.detail() == null ? "" : super.detail();
    }
}
