package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.ServerAddress;
import cn.yanggu.workbench.store.ContentHash;
import cn.yanggu.workbench.store.Database;
import cn.yanggu.workbench.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Moving a plan between a single PC and the bureau's server (issue 16): a file database copied onto an empty server
 * database ({@code migrate}), and a server database written as an SQLite snapshot any workbench opens
 * ({@code backup} from a server). Each copy is one transaction of its target, checked by content hash before it is
 * committed: all or nothing, and equal to its source.
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
