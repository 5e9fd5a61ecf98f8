package cn.yanggu.workbench.ui.connect;

import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.PgPass;
import cn.yanggu.workbench.domain.ServerAddress;
import cn.yanggu.workbench.ui.common.TaskRunner;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * 文件 › 连接到局内数据库…, without the toolkit: the server's address as typed (host, port, database, user, sslmode),
 * checked before anything is tried; the password, when one is typed, goes to the OS user's pgpass only (never kept
 * here, never logged); then the database is opened in the background. A fault is shown in the dialog, which stays
 * open with what was typed and offers 重试.
 *
 * @param <T> what opening gives (the opened workbench and its first snapshot)
 */
public final class ConnectModel<T> {
    /** Opens the server database at an address (in the background). */
    @FunctionalInterface
    public interface Opener<T> {
        T open(ServerAddress server) throws Exception;
    }

    /** The sslmodes offered, prefer first (TLS when the server offers it). */
    public static final List<String> SSL_MODES = List.of("prefer", "require", "verify-ca", "verify-full", "disable");

    private final I18n t;
    private final TaskRunner runner;
    private final PgPass pgpass;
    private final Opener<T> opener;
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(String.valueOf(ServerAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty sslmode = new SimpleStringProperty("prefer");
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty action;
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ConnectModel(I18n t, TaskRunner runner, PgPass pgpass, Opener<T> opener) {
        this.t = t;
        this.runner = runner;
        this.pgpass = pgpass;
        this.opener = opener;
        this.action = new SimpleStringProperty(t.get("connect.action"));
    }

    public StringProperty host() {
        return host;
    }

    public StringProperty port() {
        return port;
    }

    public StringProperty database() {
        return database;
    }

    public StringProperty user() {
        return user;
    }

    public StringProperty sslmode() {
        return sslmode;
    }

    /** Why the last try failed, in the UI language ("" when nothing failed). */
    public StringProperty problem() {
        return problem;
    }

    /** The dialog's button: 连接, and 重试 after a failure. */
    public StringProperty action() {
        return action;
    }

    /** True while connecting (the button waits). */
    public BooleanProperty busy() {
        return busy;
    }

    /** The fields given as an address a server opens; null (and {@link #problem()} says why) if one is missing or wrong. */
    ServerAddress address() {
        String h = host.get().strip();
        String d = database.get().strip();
        String u = user.get().strip();
        if (h.isEmpty() || d.isEmpty() || u.isEmpty()) {
            problem.set(t.get("connect.missing"));
            return null;
        }
        int p;
        try {
            p = Integer.parseInt(port.get().strip());
        } catch (NumberFormatException e) {
            p = -1;
        }
        if (p < 1 || p > 65535) {
            problem.set(t.get("connect.badPort", port.get().strip()));
            return null;
        }
        return new ServerAddress(h, p, d, u, sslmode.get());
    }

    /**
     * Connects: the password (if typed; cleared here after use) is written to pgpass, then the database opened; on
     * success {@code opened} gets it (on the JavaFX thread), else {@link #problem()} says which fault it was.
     */
    public void connect(char[] password, Consumer<T> opened) {
        ServerAddress server = address();
        if (server == null || busy.get()) {
            Arrays.fill(password, '\0');
            return;
        }
        problem.set("");
        busy.set(true);
        runner.run("connect", () -> {
            try {
                if (password.length > 0) {
                    pgpass.save(server, password);
                }
            } finally {
                Arrays.fill(password, '\0');
            }
            return opener.open(server);
        }, result -> {
            busy.set(false);
            opened.accept(result);
        }, e -> {
            busy.set(false);
            problem.set(ErrorText.describe(t, e));
            action.set(t.get("pg.open.retry"));
        });
    }
}
