package cn.yanggu.workbench.store;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two engines one schema runs on. The numbered migrations are written for SQLite (the single-PC default, and
 * what every existing database was made by); on PostgreSQL each statement passes through {@link #translate} first,
 * a small, fixed set of rewrites of type names and clauses — so there is one set of scripts, one numbering and one
 * schema version for both, with no migration library to carry. Where a step cannot be rewritten (SQLite rebuilds a
 * table to change a CHECK; PostgreSQL alters the constraint), the script says so itself in comment lines:
 * {@code -- postgresql: STATEMENT} runs on PostgreSQL only, and the statements between
 * {@code -- sqlite-only begin} and {@code -- sqlite-only end} on SQLite only.
 */
public enum Dialect {
    SQLITE,
    POSTGRESQL;

    private static final String PG_ONLY = "-- postgresql:";
    private static final String SQLITE_ONLY_BEGIN = "-- sqlite-only begin";
    private static final String SQLITE_ONLY_END = "-- sqlite-only end";

    /** Type names and clauses that differ; matched only outside quoted text. */
    private static final Pattern INTEGER = Pattern.compile("\\bINTEGER\\b");
    private static final Pattern REAL = Pattern.compile("\\bREAL\\b");
    private static final Pattern BLOB = Pattern.compile("\\bBLOB\\b");
    private static final Pattern TEXT = Pattern.compile("\\bTEXT\\b");
    private static final Pattern REFERENCES = Pattern.compile(
            "REFERENCES \\w+ \\([^)]*\\)((?: ON (?:UPDATE|DELETE) (?:CASCADE|SET NULL|SET DEFAULT|RESTRICT|NO ACTION))*)");
    private static final Pattern ROW_ID = Pattern.compile("^CREATE TABLE (?:IF NOT EXISTS )?(\\w+) \\(\\s*id\\s+INTEGER PRIMARY KEY",
            Pattern.DOTALL);

    /**
     * PostgreSQL: an {@code id} left empty gets the next number (SQLite's {@code INTEGER PRIMARY KEY} does this for
     * every such table: the largest id + 1). Created with the first migration, before any table.
     */
    static final String PG_NEXT_ID = "CREATE OR REPLACE FUNCTION workbench_next_id() RETURNS trigger LANGUAGE plpgsql AS $$"
            + " BEGIN IF NEW.id IS NULL THEN"
            + " EXECUTE format('SELECT coalesce(max(id), 0) + 1 FROM %I', TG_TABLE_NAME) INTO NEW.id;"
            + " END IF; RETURN NEW; END $$";

    /** The statements of {@code script} for this engine, in order (see the class comment for the markers). */
    public List<String> statements(String script) {
        StringBuilder kept = new StringBuilder();
        boolean sqliteOnly = false;
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith(SQLITE_ONLY_BEGIN)) {
                sqliteOnly = true;
            } else if (trimmed.startsWith(SQLITE_ONLY_END)) {
                sqliteOnly = false;
            } else if (trimmed.startsWith(PG_ONLY)) {
                if (this == POSTGRESQL) {
                    kept.append(trimmed.substring(PG_ONLY.length()).strip()).append('\n');
                }
            } else if (!sqliteOnly || this == SQLITE) {
                kept.append(line).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (String sql : Database.splitSql(kept.toString())) {
            out.addAll(translate(sql));
        }
        return out;
    }

    /** One SQLite statement as this engine runs it (PostgreSQL: possibly followed by a trigger it needs). */
    List<String> translate(String sql) {
        if (this == SQLITE) {
            return List.of(sql);
        }
        String pg = outsideQuotes(sql, s -> {
            s = INTEGER.matcher(s).replaceAll("BIGINT");
            s = REAL.matcher(s).replaceAll("DOUBLE PRECISION");
            s = BLOB.matcher(s).replaceAll("BYTEA");
            // byte order, as SQLite compares text: sorting and uniqueness the same on both engines
            s = TEXT.matcher(s).replaceAll("TEXT COLLATE \"C\"");
            // references are checked at commit when a command asks for it (Tx.deferForeignKeys)
            return REFERENCES.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group() + " DEFERRABLE INITIALLY IMMEDIATE"));
        });
        Matcher rowId = ROW_ID.matcher(sql.strip());
        if (rowId.find()) {
            String table = rowId.group(1);
            return List.of(pg, "CREATE TRIGGER " + table + "_next_id BEFORE INSERT ON " + table
                    + " FOR EACH ROW EXECUTE FUNCTION workbench_next_id()");
        }
        return List.of(pg);
    }

    private static String outsideQuotes(String sql, java.util.function.UnaryOperator<String> rewrite) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            int quote = sql.indexOf('\'', i);
            if (quote < 0) {
                out.append(rewrite.apply(sql.substring(i)));
                break;
            }
            out.append(rewrite.apply(sql.substring(i, quote)));
            int end = quote + 1;
            while (true) {
                end = sql.indexOf('\'', end);
                if (end < 0) {
                    end = sql.length() - 1;
                    break;
                }
                if (end + 1 < sql.length() && sql.charAt(end + 1) == '\'') {
                    end += 2;
                    continue;
                }
                break;
            }
            out.append(sql, quote, end + 1);
            i = end + 1;
        }
        return out.toString();
    }
}
