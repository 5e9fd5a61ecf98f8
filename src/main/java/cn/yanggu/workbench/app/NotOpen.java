package cn.yanggu.workbench.app;

/**
 * Work asked of a window whose database is not open (refused at start, or closed by a restore that failed): it ends
 * at once with this, in words, instead of waiting for a database that will not come.
 */
public final class NotOpen extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotOpen() {
        super("no database is open");
    }
}
