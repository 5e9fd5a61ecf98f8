package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.store.Database;
import cn.yanggu.workbench.store.DatabaseLock;
import cn.yanggu.workbench.store.StoreException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies of one database in the folder {@code backups/} beside it, named
 * {@code <name>_<yyyyMMdd-HHmmss-SSS>_<reason>.db}. Automatic copies (before a migration, an import or a restore,
 * and on exit after changes) are rotated: the newest {@value #KEEP_AUTOMATIC} are kept. Manual copies are never
 * deleted by the workbench. Every copy is a complete SQLite database written to a temporary name and then moved
 * into place, so a listed backup is never half-written.
 */
public final class Backups {
    /** Automatic backups kept per database; older ones are deleted. Manual ones are kept forever. */
    public static final int KEEP_AUTOMATIC = 20;
    public static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS", Locale.ROOT);
    private static final Pattern NAME = Pattern.compile("^(.+)_(\\d{8}-\\d{6}-\\d{3})_([a-z-]+)\\.db$");

    /** Why a backup was made. */
    public enum Reason {
        BEFORE_MIGRATION, BEFORE_IMPORT, BEFORE_RESTORE, ON_EXIT, MANUAL;

        /** The word in the file name: the wire name (before-migration, on-exit …). */
        public String tag() {
            return Enums.wire(this);
        }

        public boolean automatic() {
            return this != MANUAL;
        }

        static Reason ofTag(String tag) {
            for (Reason r : values()) {
                if (r.tag().equals(tag)) {
                    return r;
                }
            }
            return null;
        }
    }

    /** One backup file. */
    public record Backup(Path file, LocalDateTime time, Reason reason, long size) {
    }

    private final Path database;
    private final Clock clock;

    public Backups(Path database, Clock clock) {
        this.database = database.toAbsolutePath().normalize();
        this.clock = clock;
    }

    /** The backups of the database at {@code database}. */
    public static Backups of(Path database) {
        return new Backups(database, Clock.systemDefaultZone());
    }

    /** {@code backups/} beside the database. */
    public Path folder() {
        Path parent = database.getParent();
        return (parent == null ? Path.of(".") : parent).resolve(FOLDER);
    }

    private String stem() {
        String n = database.getFileName().toString();
        return n.toLowerCase(Locale.ROOT).endsWith(".db") ? n.substring(0, n.length() - 3) : n;
    }

    /** This database's backups, newest first. */
    public List<Backup> list() {
        Path dir = folder();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Backup> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (!m.matches() || !m.group(1).equals(stem()) || Reason.ofTag(m.group(3)) == null) {
                    continue;
                }
                LocalDateTime time;
                try {
                    time = LocalDateTime.parse(m.group(2), STAMP);
                } catch (java.time.format.DateTimeParseException e) {
                    continue;
                }
                out.add(new Backup(f, time, Reason.ofTag(m.group(3)), size(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.sort(Comparator.comparing(Backup::time).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return out;
    }

    private static long size(Path f) {
        try {
            Path wal = f.resolveSibling(f.getFileName() + "-wal");
            return Files.size(f) + (Files.exists(wal) ? Files.size(wal) : 0);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Writes a consistent copy of the open database {@code db} (this object's database) and rotates. */
    public Backup write(Database db, Reason reason) {
        Path target = newName(reason);
        replace(target, database, db::backupTo);
        rotate();
        return describe(target, reason);
    }

    /**
     * Copies the database file as it is (with its {@code -wal} file, if any): for a database nobody has open,
     * which may be too damaged to read. The caller holds the database's lock.
     */
    Backup copyFile(Reason reason) {
        Path target = newName(reason);
        try {
            Path wal = database.resolveSibling(database.getFileName() + "-wal");
            if (Files.exists(wal)) {
                Files.copy(wal, target.resolveSibling(target.getFileName() + "-wal"));
            }
            Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.copy(database, tmp, StandardCopyOption.REPLACE_EXISTING);
            sync(tmp);
            AtomicFile.move(tmp, target);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.FAILED, database, "backup " + target, e);
        }
        rotate();
        return describe(target, reason);
    }

    private Backup describe(Path file, Reason reason) {
        return list().stream().filter(b -> b.file().equals(file)).findFirst()
                .orElse(new Backup(file, LocalDateTime.now(clock), reason, size(file)));
    }

    private Path newName(Reason reason) {
        try {
            Files.createDirectories(folder());
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.FAILED, database, "backup folder " + folder(), e);
        }
        LocalDateTime t = LocalDateTime.now(clock);
        for (;;) {
            Path p = folder().resolve(stem() + "_" + STAMP.format(t) + "_" + reason.tag() + ".db");
            if (!Files.exists(p)) {
                return p;
            }
            t = t.plusNanos(1_000_000);
        }
    }

    /**
     * Writes a consistent copy of the database at {@code database} to {@code out} (replacing it in one step), reading
     * only: it works while a window has the database open. Refuses a file that is not a sound workbench database.
     */
    public static void copy(Path database, Path out) {
        Path src = database.toAbsolutePath().normalize();
        Path target = out.toAbsolutePath().normalize();
        if (src.equals(target)) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, target, "same file", null);
        }
        replace(target, src, tmp -> Database.copyInto(src, tmp));
    }

    /**
     * Writes a consistent copy of the open database {@code db} (a file, or a server database as an SQLite snapshot)
     * to {@code out}, replacing it in one step.
     */
    public static void copy(Database db, Path out) {
        Path target = out.toAbsolutePath().normalize();
        if (target.equals(db.path())) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, target, "same file", null);
        }
        replace(target, target, db::backupTo);
    }

    /** What writes a copy of a database into a file. */
    private interface CopyWriter {
        void writeTo(Path file) throws IOException;
    }

    /**
     * Puts a copy at {@code target} in one step: written into a temporary file beside it (named for this process),
     * forced to disk, then moved over it; on failure the temporary file goes and {@code target} is as it was.
     */
    private static void replace(Path target, Path database, CopyWriter writer) {
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            writer.writeTo(tmp);
            sync(tmp);
            AtomicFile.move(tmp, target);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.FAILED, database, "backup " + target, e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Deletes the oldest automatic backups beyond {@value #KEEP_AUTOMATIC}. */
    void rotate() {
        List<Backup> automatic = list().stream().filter(b -> b.reason().automatic()).toList();
        for (Backup old : automatic.subList(Math.min(KEEP_AUTOMATIC, automatic.size()), automatic.size())) {
            deleteQuietly(old.file());
            deleteQuietly(old.file().resolveSibling(old.file().getFileName() + "-wal"));
        }
    }

    /**
     * Replaces the database (not open anywhere) with the backup {@code from}: the backup is copied beside the
     * database and checked there (a workbench database, not newer than this version, passing the integrity check),
     * the current file is copied into the backups (reason {@code before-restore}), and the checked copy is moved
     * into place in one step. On any failure the database file is left as it was. {@code from} is only read.
     *
     * @return the before-restore copy of the replaced database, or null when there was none
     */
    public Backup restore(Path from) {
        Path source = from.toAbsolutePath().normalize();
        if (source.equals(database)) {
            throw new StoreException(StoreException.Reason.CANNOT_OPEN, source, "same file", null);
        }
        try (DatabaseLock lock = DatabaseLock.acquire(database)) {
            Path tmp = database.resolveSibling("." + database.getFileName() + ".restore.tmp");
            Path tmpWal = tmp.resolveSibling(tmp.getFileName() + "-wal");
            try {
                deleteQuietly(tmp);
                deleteQuietly(tmpWal);
                deleteQuietly(tmp.resolveSibling(tmp.getFileName() + "-shm"));
                Files.copy(source, tmp);
                Path sourceWal = source.resolveSibling(source.getFileName() + "-wal");
                if (Files.exists(sourceWal)) {
                    Files.copy(sourceWal, tmpWal);
                }
                try {
                    Database.verify(tmp);   // also folds a copied -wal into the copy
                } catch (StoreException e) {
                    // worded with the file the user chose, not the temporary copy
                    throw new StoreException(e.reason(), source, e.detail(), e.getCause());
                }
                sync(tmp);
                Backup saved = null;
                if (Files.exists(database) && Files.size(database) > 0) {
                    saved = copyFile(Reason.BEFORE_RESTORE);
                }
                deleteQuietly(database.resolveSibling(database.getFileName() + "-wal"));
                deleteQuietly(database.resolveSibling(database.getFileName() + "-shm"));
                AtomicFile.move(tmp, database);
                return saved;
            } catch (IOException e) {
                throw new StoreException(StoreException.Reason.CANNOT_OPEN, source, null, e);
            } finally {
                deleteQuietly(tmp);
                deleteQuietly(tmpWal);
                deleteQuietly(tmp.resolveSibling(tmp.getFileName() + "-shm"));
            }
        }
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover temporary file is harmless and is replaced next time
        }
    }
}
