package cn.yanggu.workbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The open transaction as the application layer holds it: store work runs through {@link #run(Database.SqlWork)}
 * (a lambda over the connection, its type inferred), so that no layer above the store handles {@code java.sql}
 * itself. A failure of the work becomes a {@link StoreException} and rolls the whole transaction back.
 */
public final class Tx {
    private final Connection connection;
    private final Object where;
    private final Dialect dialect;

    Tx(Connection connection, Object where, Dialect dialect) {
        this.connection = connection;
        this.where = where;
        this.dialect = dialect;
    }

    /** Runs store work inside this transaction. */
    public <T> T run(Database.SqlWork<T> work) {
        try {
            return work.apply(connection);
        } catch (SQLException e) {
            throw Database.classify(where, e);
        }
    }

    /** Store work that returns nothing. */
    @FunctionalInterface
    public interface SqlStep {
        void apply(Connection c) throws SQLException;
    }

    /** Runs store work that returns nothing inside this transaction. */
    public void exec(SqlStep step) {
        run(c -> {
            step.apply(c);
            return null;
        });
    }

    /**
     * Checks references when the transaction commits instead of after each statement: a set of changes that is
     * valid as a whole may pass through states that are not (a record taking the name of one the same step deletes).
     */
    public void deferForeignKeys() {
        exec(c -> {
            try (Statement s = c.createStatement()) {
                s.execute(dialect == Dialect.POSTGRESQL ? "SET CONSTRAINTS ALL DEFERRED" : "PRAGMA defer_foreign_keys = ON");
            }
        });
    }
}
