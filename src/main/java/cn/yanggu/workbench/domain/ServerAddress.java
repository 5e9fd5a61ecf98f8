package cn.yanggu.workbench.domain;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The bureau's PostgreSQL server database, as given to {@code --db}: {@code postgresql://HOST[:PORT]/DB?user=NAME}
 * with an optional {@code &sslmode=disable|allow|prefer|require|verify-ca|verify-full} (default {@code prefer}: TLS
 * when the server offers it). A password is never part of it: the driver reads it from the OS user's PostgreSQL
 * password file (pgpass: {@code PGPASSFILE}, else {@code ~/.pgpass}, on Windows
 * {@code %APPDATA%\postgresql\pgpass.conf}), so it is in no command line, log, export or change log.
 */
public record ServerAddress(String host, int port, String database, String user, String sslmode) {
    public static final String SCHEME = "postgresql://";
    public static final int DEFAULT_PORT = 5432;
    private static final Set<String> SSL_MODES =
            Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    /** Why an address was refused; the caller words it in the UI language. */
    public enum Problem {
        /** Not of the form postgresql://HOST[:PORT]/DB?user=NAME. */
        MALFORMED,
        /** No user=NAME. */
        NO_USER,
        /** A password in the address (it belongs in pgpass). */
        PASSWORD_GIVEN,
        /** An sslmode PostgreSQL does not know. */
        BAD_SSLMODE
    }

    /** An address that cannot be used, with the problem and the text as given (without any password). */
    public static final class Malformed extends Refusal {
        private static final long serialVersionUID = 1L;

        Malformed(Problem problem, String given) {
            super(problem, given, null, null);
        }

        @Override
        public Problem reason() {
            return (Problem) super.reason();
        }
    }

    /** Whether {@code spec} names a server (rather than a database file). */
    public static boolean isServer(String spec) {
        return spec != null && spec.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /**
     * Reads {@code postgresql://HOST[:PORT]/DB?user=NAME[&sslmode=MODE]}.
     *
     * @throws Malformed saying what is wrong (a password is refused, and not repeated in the message)
     */
    public static ServerAddress parse(String spec) {
        if (!isServer(spec)) {
            throw new Malformed(Problem.MALFORMED, spec);
        }
        String rest = spec.substring(SCHEME.length());
        int q = rest.indexOf('?');
        String query = q < 0 ? "" : rest.substring(q + 1);
        String authority = q < 0 ? rest : rest.substring(0, q);
        if (authority.contains("@")) {
            // user:password@host — a password never travels in an address
            throw new Malformed(authority.substring(0, authority.indexOf('@')).contains(":")
                    ? Problem.PASSWORD_GIVEN : Problem.MALFORMED, SCHEME + authority.substring(authority.indexOf('@') + 1));
        }
        int slash = authority.indexOf('/');
        if (slash <= 0 || slash == authority.length() - 1) {
            throw new Malformed(Problem.MALFORMED, spec);
        }
        String hostPort = authority.substring(0, slash);
        String db = decode(authority.substring(slash + 1));
        String host = hostPort;
        int port = DEFAULT_PORT;
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new Malformed(Problem.MALFORMED, spec);
            }
            if (port < 1 || port > 65535) {
                throw new Malformed(Problem.MALFORMED, spec);
            }
        }
        if (host.isBlank() || db.isBlank() || db.contains("/")) {
            throw new Malformed(Problem.MALFORMED, spec);
        }
        String user = null;
        String sslmode = "prefer";
        for (String pair : query.isEmpty() ? new String[0] : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = (eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            switch (key) {
                case "user" -> user = value;
                case "sslmode" -> sslmode = value.toLowerCase(Locale.ROOT);
                case "password" -> throw new Malformed(Problem.PASSWORD_GIVEN, SCHEME + authority);
                default -> throw new Malformed(Problem.MALFORMED, SCHEME + authority + "?" + key);
            }
        }
        if (user == null || user.isBlank()) {
            throw new Malformed(Problem.NO_USER, spec);
        }
        if (!SSL_MODES.contains(sslmode)) {
            throw new Malformed(Problem.BAD_SSLMODE, spec);
        }
        return new ServerAddress(host, port, db, user, sslmode);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The address as the user gives it: postgresql://host:port/db?user=name (never a password). */
    @Override
    public String toString() {
        return SCHEME + host + ":" + port + "/" + database + "?user=" + user
                + ("prefer".equals(sslmode) ? "" : "&sslmode=" + sslmode);
    }

    /** Short, for the status bar and the title: 数据库 on host:port. */
    public String shortName() {
        return database + "@" + host + ":" + port;
    }
}
