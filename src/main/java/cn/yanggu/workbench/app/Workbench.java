package cn.yanggu.workbench.app;

import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.store.Database;
import cn.yanggu.workbench.store.PlanRepository;
import cn.yanggu.workbench.domain.ServerAddress;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
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
    /** Jackson and its mapping (some 600 classes): made when a JSON file is first read or written, not on opening. */
    private PlanJson json;
    private final Backups backups;
    private Editor editor;
    private final List<Database.Watch> watches = new java.util.concurrent.CopyOnWriteArrayList<>();
    private cn.yanggu.workbench.app.reports.Narratives narratives;
    private cn.yanggu.workbench.app.grading.GradingService grading;
    private cn.yanggu.workbench.app.exchange.Exchange exchange;
    private cn.yanggu.workbench.app.chainmap.ChainMaps chainMaps;
    private cn.yanggu.workbench.app.leads.Leads leads;
    private Role role;

    private Workbench(Database db, Backups backups) {
        this.db = db;
        this.plans = new PlanRepository(db);
        this.backups = backups;
    }

    /** The user editing this database (the OS user name, as the audit log records it). */
    static String osUser() {
        String u = System.getProperty("user.name");
        return u == null || u.isBlank() ? "?" : u;
    }

    /**
     * Opens the database at {@code path}, creating, migrating and seeding it when new; its signing key for exchange
     * packages is kept in {@code keys/} of the user's data folder ({@link DataPaths}), never in the database.
     */
    public static Workbench open(Path path) {
        return open(path, DataPaths.system().dataDirectory().resolve("keys"));
    }

    /** {@link #open(Path)} with the signing keys kept in {@code keyFolder}. */
    public static Workbench open(Path path, Path keyFolder) {
        Backups backups = Backups.of(path);
        // an existing database of an older schema is copied before it is migrated
        // a damaged file is found by a check that reads every page: it runs beside the plan's loading, and the
        // workbench is handed out only once it has passed (nothing is written before)
        Database db = Database.openCheckingBeside(path,
                (opened, from) -> backups.write(opened, Backups.Reason.BEFORE_MIGRATION));
        return start(db, backups, keyFolder);
    }

    /**
     * Opens the database {@code spec} names: a server database ({@code postgresql://…}, see {@link ServerAddress})
     * or a file path.
     */
    public static Workbench open(String spec) {
        return ServerAddress.isServer(spec) ? open(ServerAddress.parse(spec)) : open(Path.of(spec));
    }

    /**
     * Opens the bureau's server database, creating its schema and seeding the plan when it is new. Its automatic
     * backups (SQLite snapshots) are kept in {@code servers/backups/} of the user's data folder.
     */
    public static Workbench open(ServerAddress server) {
        Path data = DataPaths.system().dataDirectory();
        return open(server, data.resolve("keys"), serverBackups(data, server));
    }

    /** Where the snapshots of {@code server} are kept: {@code servers/backups/HOST_PORT_DB_*.db} under {@code data}. */
    public static Path serverBackups(Path data, ServerAddress server) {
        String stem = (server.host() + "_" + server.port() + "_" + server.database()).replaceAll("[^\\p{L}\\p{N}._-]", "_");
        return data.resolve("servers").resolve(stem + ".db");
    }

    /** {@link #open(ServerAddress)} with the signing keys in {@code keyFolder} and backups named as {@code backupsAs}. */
    public static Workbench open(ServerAddress server, Path keyFolder, Path backupsAs) {
        Backups backups = Backups.of(backupsAs);
        Database db = Database.open(server, (opened, from) -> backups.write(opened, Backups.Reason.BEFORE_MIGRATION));
        return start(db, backups, keyFolder);
    }

    private static Workbench start(Database db, Backups backups, Path keyFolder) {
        Workbench wb = new Workbench(db, backups);
        try {
            if (wb.plans.isEmpty()) {
                wb.plans.insert(wb.readSeed());
            }
            wb.editor = new Editor(db, db.userName(osUser()), Clock.systemDefaultZone());
            wb.narratives = new cn.yanggu.workbench.app.reports.Narratives(db, wb.editor);
            wb.grading = new cn.yanggu.workbench.app.grading.GradingService(db, wb.editor, wb::backupBeforeImport);
            wb.exchange = new cn.yanggu.workbench.app.exchange.Exchange(db, wb.editor, wb::readSeed,
                    Clock.systemDefaultZone(), new cn.yanggu.workbench.app.exchange.OfficeKeys(keyFolder));
            wb.chainMaps = new cn.yanggu.workbench.app.chainmap.ChainMaps(db, wb.editor);
            wb.role = Role.of(db.grants());
            if (wb.role.mayEdit()) {
                // a 只读 user writes nothing, not even the map's first seeding (the next editor's start does it)
                wb.chainMaps.seedOnce();
            }
            wb.leads = new cn.yanggu.workbench.app.leads.Leads(db, wb.editor);
            db.checked();
            return wb;
        } catch (RuntimeException e) {
            try {
                db.checked();  // a damaged file is refused as such, even when reading it failed first
            } finally {
                db.close();
            }
            throw e;
        }
    }

    /**
     * Replaces the database at {@code database} (open nowhere: close its workbench first) with the backup
     * {@code from} after checking it, keeping a before-restore copy of the current file, and opens the result.
     */
    public static Workbench restore(Path database, Path from) {
        Backups.of(database).restore(from);
        return open(database);
    }

    /** The backups of this database. */
    public Backups backups() {
        return backups;
    }

    /** Writes a backup of this database now (e.g. {@link Backups.Reason#MANUAL}). */
    public Backups.Backup backup(Backups.Reason reason) {
        return backups.write(db, reason);
    }

    /**
     * The backup every import makes before it writes (JSON, spreadsheet, exchange package): call it after the
     * incoming file was read and before the import's transaction. Throws if the copy cannot be written, so that no
     * import runs without one.
     */
    public Backups.Backup backupBeforeImport() {
        return backup(Backups.Reason.BEFORE_IMPORT);
    }

    /** The curated plan shipped with the application. */
    public Plan readSeed() {
        try (InputStream in = Workbench.class.getResourceAsStream(SEED_RESOURCE)) {
            Objects.requireNonNull(in, "seed data missing from the application: " + SEED_RESOURCE);
            return json().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database file, or null for a server database ({@link #server()}). */
    public Path databasePath() {
        return db.path();
    }

    /** The database's name in exports: the file's name, or the server database as db@host:port. */
    public String databaseName() {
        return db.server() != null ? db.server().shortName() : db.path().getFileName().toString();
    }

    /** The digest of the database's content (store.ContentHash): equal for equal content on either engine. */
    public String contentHash() {
        return db.read(cn.yanggu.workbench.store.ContentHash::of);
    }

    /**
     * Calls {@code changed} on a background thread when another workbench has changed this server database (within
     * about a second); nothing for a file. Close the result to stop; closing the workbench stops it too.
     */
    public AutoCloseable watchOthers(Runnable changed) {
        Database.Watch w = db.watchOthers(changed, 300);
        watches.add(w);
        return w;
    }

    /** What the connected user may do, learnt once at open (a file: {@link Role#ADMIN}). */
    public Role role() {
        return role;
    }

    /** The server database this workbench has open, or null for a file. */
    public ServerAddress server() {
        return db.server();
    }

    public int schemaVersion() {
        return db.schemaVersion();
    }

    private synchronized PlanJson json() {
        if (json == null) {
            json = new PlanJson();
        }
        return json;
    }

    /**
     * The whole plan as stored now: the editor's, read once when the database was opened and kept up to date by
     * every write (all of them go through the editor), not read again.
     */
    public Plan loadPlan() {
        return editor.plan();
    }

    /** The open database (tests in this package). */
    Database database() {
        return db;
    }

    /** 招商项目库: the investment leads. */
    public cn.yanggu.workbench.app.leads.Leads leads() {
        return leads;
    }

    /** 产业链图谱: the chains' nodes, their enterprises and projects. */
    public cn.yanggu.workbench.app.chainmap.ChainMaps chainMaps() {
        return chainMaps;
    }

    /** Edits, undo and redo, locks and the audit log of this database. */
    public Editor editor() {
        return editor;
    }

    /** The narrative sections of the reports (存在问题, 下一步工作), per year and report kind. */
    public cn.yanggu.workbench.app.reports.Narratives narratives() {
        return narratives;
    }

    /** 亩产效益: enterprises' yearly figures, grading methods and gradings. */
    public cn.yanggu.workbench.app.grading.GradingService grading() {
        return grading;
    }

    /** Exchange packages between township offices and the bureau. */
    public cn.yanggu.workbench.app.exchange.Exchange exchange() {
        return exchange;
    }

    /**
     * Applies a file in the export format, all or nothing: the plan becomes the file's (the audit log and year locks
     * stay this database's own). A malformed file or any invalid record changes nothing.
     */
    public Editor.ImportResult importJson(Path in) throws IOException {
        Plan incoming;
        try (InputStream stream = Files.newInputStream(in)) {
            incoming = json().read(stream);
        }
        // 产业链图谱 beside the plan (files exported before it have none: the map is then kept as it is)
        byte[] raw = Files.readAllBytes(in);
        cn.yanggu.workbench.domain.ChainMap map = cn.yanggu.workbench.app.chainmap.ChainMaps.readExported(raw);
        List<cn.yanggu.workbench.domain.Lead> leadsIn = cn.yanggu.workbench.app.leads.Leads.assessed(
                cn.yanggu.workbench.app.leads.Leads.readExported(raw), incoming.thresholds());
        backupBeforeImport();
        // what was received becomes the base the next exchange package is compared against
        var base = exchange.receivedWhole(incoming, leadsIn, in.getFileName().toString());
        return editor.importPlan(incoming, new Beside(map, leadsIn), in.getFileName().toString(), c -> {
            base.apply(c);
            if (map != null) {
                // checked once the plan itself passed: its references are to the incoming plan
                cn.yanggu.workbench.app.chainmap.ChainMaps.check(map, incoming);
            }
            if (leadsIn != null) {
                // against the map as it now stands (the file's, or this database's when the file has none)
                cn.yanggu.workbench.app.leads.Leads.check(leadsIn, cn.yanggu.workbench.store.ChainMapRepository.load(c));
            }
            return null;
        });
    }

    /** Writes the whole plan as JSON to {@code out}; the file appears complete or not at all. */
    public void exportJson(Path out, String appVersion) throws IOException {
        var header = json().newHeader();
        header.put("application", "阳谷经济开发区规划工作台");
        header.put("version", appVersion);
        header.put("exportedAt", OffsetDateTime.now().withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        header.put("database", databaseName());
        header.put("databaseSchema", db.schemaVersion());
        Plan plan = loadPlan();
        byte[] bytes = leads.withExported(chainMaps.withExported(json().write(plan, header, editor.audit(),
                editor.locks(), editor.admissionChecks(), exchange.register()), plan));
        AtomicFile.write(out, bytes);
    }

    /** The spreadsheets this database's plan is written as: the whole plan, and the actuals template. */
    public cn.yanggu.workbench.app.excel.XlsxService xlsx() {
        return new cn.yanggu.workbench.app.excel.XlsxService(editor, databaseName(), leads::all,
                chainMaps::map);
    }

    /**
     * Applies a filled actuals template unless it has values to check: see
     * {@link #importActualsXlsx(Path, I18n, boolean)} with {@code acceptWarnings} false.
     */
    public cn.yanggu.workbench.app.excel.ActualsImport.Result importActualsXlsx(Path in, I18n t) throws IOException {
        return importActualsXlsx(in, t, false);
    }

    /**
     * Applies a filled actuals template, all or nothing: every cell is checked first
     * ({@link cn.yanggu.workbench.app.excel.XlsxRejected} lists each bad cell), then the values are written as one
     * edit (one undo step) audited with the origin {@code xlsx: <file name>}. A file with values 50 times or more
     * away from last year's is written only when {@code acceptWarnings}; otherwise
     * {@link cn.yanggu.workbench.app.excel.XlsxWarnings} lists them and nothing is written.
     */
    public cn.yanggu.workbench.app.excel.ActualsImport.Result importActualsXlsx(Path in, I18n t,
                                                                               boolean acceptWarnings)
            throws IOException {
        if (Files.size(in) > cn.yanggu.workbench.app.excel.ActualsImport.MAX_BYTES) {
            throw new cn.yanggu.workbench.app.excel.XlsxRejected(List.of(
                    new cn.yanggu.workbench.app.excel.XlsxRejected.CellProblem(in.getFileName().toString(),
                            t.get("excel.problemAt", in.getFileName(), t.get("excel.error.tooBig",
                                    cn.yanggu.workbench.app.excel.ActualsImport.MAX_BYTES / 1024 / 1024)))));
        }
        byte[] bytes = Files.readAllBytes(in);
        String name = in.getFileName().toString();
        var result = new cn.yanggu.workbench.app.excel.ActualsImport(t, java.time.LocalDate.now())
                .read(bytes, name, editor.plan(), editor.lockedYears());
        if (result.edit() != null && !result.warnings().isEmpty() && !acceptWarnings) {
            throw new cn.yanggu.workbench.app.excel.XlsxWarnings(result);
        }
        if (result.edit() != null) {
            backupBeforeImport();
            editor.apply(result.edit(), "xlsx: " + name);
        }
        return result;
    }

    /** Closes the database; when anything was written since it was opened, a backup is made first (on-exit). */
    @Override
    public void close() {
        watches.forEach(Database.Watch::close);
        try {
            if (db.commits() > 0) {
                backups.write(db, Backups.Reason.ON_EXIT);
            }
        } catch (RuntimeException e) {
            // the data itself is safe in the database; a missing exit copy must not stop the window closing
            System.err.println("on-exit backup failed: " + e.getMessage());
        } finally {
            db.close();
        }
    }
}
