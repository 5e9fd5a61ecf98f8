package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.store.Database;
import cn.yanggu.workbench.store.PlanRepository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * The application's use cases over one open database. A new database is migrated and seeded with the plan's
 * curated data in one transaction. Methods block: callers on the JavaFX thread run them in the background.
 */
public final class Workbench implements AutoCloseable {
    /** Classpath location of the curated seed (copied from {@code seeds/plan.json} at build time). */
    public static final String SEED_RESOURCE = "/seeds/plan.json";

    private final Database db;
    private final PlanRepository plans;
    private final PlanJson json = new PlanJson();

    private Workbench(Database db) {
        this.db = db;
        this.plans = new PlanRepository(db);
    }

    /** Opens the database at {@code path}, creating, migrating and seeding it when new. */
    public static Workbench open(Path path) {
        Database db = Database.open(path);
        Workbench wb = new Workbench(db);
        try {
            if (wb.plans.isEmpty()) {
                wb.plans.insert(wb.readSeed());
            }
            return wb;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The curated plan shipped with the application. */
    public Plan readSeed() {
        try (InputStream in = Workbench.class.getResourceAsStream(SEED_RESOURCE)) {
            Objects.requireNonNull(in, "seed data missing from the application: " + SEED_RESOURCE);
            return json.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path databasePath() {
        return db.path();
    }

    public int schemaVersion() {
        return db.schemaVersion();
    }

    /** The whole plan as stored now. */
    public Plan loadPlan() {
        return plans.load();
    }

    /** Writes the whole plan as JSON to {@code out}; the file appears complete or not at all. */
    public void exportJson(Path out, String appVersion) throws IOException {
        var header = json.newHeader();
        header.put("application", "阳谷经济开发区规划工作台");
        header.put("version", appVersion);
        header.put("exportedAt", OffsetDateTime.now().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        header.put("database", db.path().getFileName().toString());
        header.put("databaseSchema", db.schemaVersion());
        byte[] bytes = json.write(loadPlan(), header);
        writeAtomically(out, bytes);
    }

    /** Writes to a temporary file beside the target, then moves it into place. */
    static void writeAtomically(Path out, byte[] bytes) throws IOException {
        Path target = out.toAbsolutePath();
        Path dir = target.getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new java.nio.file.NoSuchFileException(dir.toString(), null, "folder does not exist");
        }
        // a sibling name, created with the user's normal permissions (createTempFile would make it private)
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
