package cn.yanggu.workbench.app.exchange;

import cn.yanggu.workbench.app.AtomicFile;
import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.FileNames;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.PlanJson;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.domain.Zone;
import cn.yanggu.workbench.store.Database;
import cn.yanggu.workbench.store.ExchangeRepository;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Exchange packages between township offices and the bureau: export a selection with its base into one verified
 * file; import it with a dry run (the three-way comparison) and then apply it all or nothing with the user's choices,
 * recorded in the audit log with the package's origin.
 */
public final class Exchange {
    static final String ORIGIN_NAME = "origin.name";
    static final String DATABASE_ID = "database.id";
    /** The file name ending the UI and the README use. */
    public static final String EXTENSION = ".ygpkg";

    private final Database db;
    private final Editor editor;
    private final Supplier<Plan> seed;
    private final Clock clock;
    private final PlanJson json = new PlanJson();
    private final PackageFile files = new PackageFile();

    public Exchange(Database db, Editor editor, Supplier<Plan> seed, Clock clock) {
        this.db = db;
        this.editor = editor;
        this.seed = seed;
        this.clock = clock;
    }

    /** A warning about a package that can still be applied. */
    public record Warning(Kind kind, String detail) {
        /** What is odd about it. */
        public enum Kind {
            /** The very same package was applied before (detail: when). */
            ALREADY_APPLIED,
            /** A newer package from the same office was applied before (detail: its time). */
            OLDER_THAN_LAST,
            /** The package was made by this database. */
            OWN_PACKAGE
        }
    }

    /** The dry run: what the package would do to this database now. */
    public record Preview(Path file, Manifest manifest, String sha256, List<ThreeWay.Item> items,
                          List<Warning> warnings, Plan ours, Plan theirs, Plan base) {
        public long count(ThreeWay.Kind kind) {
            return items.stream().filter(i -> i.kind() == kind).count();
        }

        public long choicesNeeded() {
            return items.stream().filter(ThreeWay.Item::needsChoice).count();
        }

        /** "package: 十五里园镇 2026-11-28T10:00:00+08:00": the audit log's origin of this package's changes. */
        public String origin() {
            return "package: " + manifest.originName() + " " + manifest.createdAt();
        }
    }

    /** What an applied package did. */
    public record Result(int records, long created, long updated, long deleted, long conflictsTheirs,
                         long conflictsOurs, long locked) {
    }

    /** What an export wrote. */
    public record Exported(Path file, int projects, int enterprises, int values, String baseRevision) {
    }

    // ------------------------------------------------------------------ settings

    /** The name this database signs its packages with (the office or PC), empty until the user sets it. */
    public Optional<String> originName() {
        return db.read(c -> ExchangeRepository.setting(c, ORIGIN_NAME));
    }

    public void setOriginName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("origin name is empty");
        }
        // the office's signature on its packages: kept through the editor, not a change of the plan to undo
        editor.keepSetting(ORIGIN_NAME, name.strip());
    }

    /** The zone code for a name the user typed: a code, a full name or a unique part of one (东部). */
    public static String resolveZone(Plan plan, String typed) {
        String s = typed.strip();
        for (Zone z : plan.zones()) {
            if (z.code().equalsIgnoreCase(s) || z.name().equals(s)) {
                return z.code();
            }
        }
        List<Zone> matches = plan.zones().stream().filter(z -> z.name().contains(s)).toList();
        if (matches.size() == 1) {
            return matches.get(0).code();
        }
        throw new IllegalArgumentException(String.join("、", plan.zones().stream().map(Zone::name).toList()));
    }

    /** This database's revision: the number of its newest audit entry (every change is one). */
    public long revision() {
        return db.read(ExchangeRepository::revision);
    }

    /** The plan as last received from the other side (the curated seed until something was received). */
    public Plan syncBase() {
        return baseState().plan();
    }

    private record BaseState(Plan plan, String revision, String takenAt, String source) {
    }

    private BaseState baseState() {
        Optional<ExchangeRepository.SyncBase> stored = db.read(ExchangeRepository::syncBase);
        if (stored.isPresent()) {
            ExchangeRepository.SyncBase b = stored.get();
            try {
                return new BaseState(json.read(new ByteArrayInputStream(b.planJson())),
                        revisionOf(b.planJson()), b.takenAt(), b.source());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Plan s = seed.get();
        return new BaseState(s, revisionOf(bytes(s)), "-", "seed");
    }

    private static String revisionOf(byte[] planJson) {
        return PackageFile.sha256(planJson).substring(0, 16);
    }

    private byte[] bytes(Plan p) {
        try {
            return json.write(p, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Work for the import's transaction: the plan received becomes the sync base (e.g. a JSON import). */
    public Database.SqlWork<Void> receivedWhole(Plan plan, String source) {
        byte[] b = bytes(plan);
        String at = now();
        return c -> {
            ExchangeRepository.putSyncBase(c, new ExchangeRepository.SyncBase(at, source, b));
            return null;
        };
    }

    // ------------------------------------------------------------------ export

    /**
     * Writes a package of {@code selection} to {@code out}; the file appears complete or not at all.
     *
     * @throws NoOriginName when this database has no 本机名称 yet (a package is never signed by the OS user)
     */
    public Exported export(Path out, Selection selection, String appVersion) throws IOException {
        String name = originName().filter(n -> !n.isBlank()).orElseThrow(NoOriginName::new);
        String id = editor.settingOnce(DATABASE_ID, () -> UUID.randomUUID().toString());
        long revision = db.read(ExchangeRepository::revision);
        BaseState base = baseState();
        Plan ours = editor.plan();
        Plan theirs = selection.cut(ours, base.plan());
        Plan sentBase = selection.cut(base.plan(), ours);
        Manifest m = new Manifest(Manifest.FORMAT_VERSION, name, id, now(), appVersion, db.schemaVersion(), revision,
                base.revision(), base.takenAt(), base.source(), selection, null, null);
        byte[] bytes = files.write(m, theirs, sentBase);
        AtomicFile.write(out, bytes);
        int values = theirs.indicators().stream().mapToInt(i -> i.values().size()).sum();
        return new Exported(out, theirs.projects().size(), theirs.enterprises().size(), values, base.revision());
    }

    /** The office's name for a file: "十五里园镇-2026-11-30.ygpkg" ({@code origin} blank: "交换包-…"). */
    public static String defaultFileName(String origin, LocalDate day, String fallback) {
        return FileNames.safe(origin, fallback) + "-" + day + EXTENSION;
    }

    // ------------------------------------------------------------------ import

    /** Reads, verifies and compares a package with this database; writes nothing. */
    public Preview preview(Path in) {
        PackageFile.Contents p = files.read(in, Database.SCHEMA_VERSION);
        String name = String.valueOf(in.getFileName());
        Selection sel = p.manifest().selection();
        checkContent(p.theirs(), sel, Manifest.CONTENT_FILE, name);
        checkContent(p.base(), sel, Manifest.BASE_FILE, name);
        Plan ours = editor.plan();
        List<ThreeWay.Item> items = ThreeWay.compare(p.base(), p.theirs(), ours, sel, editor.lockedYears());
        return new Preview(in, p.manifest(), p.sha256(), items, warnings(p), ours, p.theirs(), p.base());
    }

    /** Content the manifest does not announce, or a record twice, is refused: it would be applied half-understood. */
    private static void checkContent(Plan plan, Selection sel, String part, String file) {
        if (!plan.zones().isEmpty() || !plan.chains().isEmpty() || !plan.thresholds().isEmpty()) {
            throw new PackageRefused(PackageRefused.Reason.BAD_CONTENT, file, part + " · zones/chains/thresholds");
        }
        if (!sel.has(Selection.Kind.PROJECTS) && !plan.projects().isEmpty()) {
            throw new PackageRefused(PackageRefused.Reason.BAD_CONTENT, file, part + " · projects");
        }
        if (!sel.has(Selection.Kind.ENTERPRISES) && !plan.enterprises().isEmpty()) {
            throw new PackageRefused(PackageRefused.Reason.BAD_CONTENT, file, part + " · enterprises");
        }
        if (!sel.has(Selection.Kind.VALUES) && !plan.indicators().isEmpty()) {
            throw new PackageRefused(PackageRefused.Reason.BAD_CONTENT, file, part + " · indicators");
        }
        duplicates(plan.projects().stream().map(Project::code).toList(), "projects", part, file);
        duplicates(plan.enterprises().stream().map(e -> e.code()).toList(), "enterprises", part, file);
        duplicates(plan.indicators().stream().map(Indicator::code).toList(), "indicators", part, file);
        for (int i = 0; i < plan.indicators().size(); i++) {
            Indicator ind = plan.indicators().get(i);
            Set<String> cells = new HashSet<>();
            for (int k = 0; k < ind.values().size(); k++) {
                YearValue v = ind.values().get(k);
                String where = part + " · indicators[" + i + "].values[" + k + "]";
                if (!sel.inYears(v.year())) {
                    throw new PackageRefused(PackageRefused.Reason.BAD_CONTENT, file, where + ".year " + v.year());
                }
                if (!cells.add(ThreeWay.valueKey(v))) {
                    throw new PackageRefused(PackageRefused.Reason.BAD_CONTENT, file, where + " ×2");
                }
            }
        }
    }

    private static void duplicates(List<String> codes, String list, String part, String file) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!seen.add(codes.get(i))) {
                throw new PackageRefused(PackageRefused.Reason.BAD_CONTENT, file,
                        part + " · " + list + "[" + i + "].code " + codes.get(i) + " ×2");
            }
        }
    }

    private List<Warning> warnings(PackageFile.Contents p) {
        List<Warning> out = new ArrayList<>();
        Manifest m = p.manifest();
        String own = db.read(c -> ExchangeRepository.setting(c, DATABASE_ID)).orElse(null);
        if (m.originId().equals(own)) {
            out.add(new Warning(Warning.Kind.OWN_PACKAGE, m.originName()));
        }
        List<ExchangeRepository.Applied> applied = db.read(ExchangeRepository::applied);
        applied.stream().filter(a -> a.sha256().equals(p.sha256())).findFirst()
                .ifPresent(a -> out.add(new Warning(Warning.Kind.ALREADY_APPLIED, a.appliedAt())));
        applied.stream().filter(a -> a.originId().equals(m.originId()))
                .map(ExchangeRepository.Applied::createdAt).max(String::compareTo)
                .filter(last -> last.compareTo(m.createdAt()) > 0)
                .ifPresent(last -> out.add(new Warning(Warning.Kind.OLDER_THAN_LAST, last)));
        return out;
    }

    /**
     * Applies a previewed package with the user's choices, all or nothing, in one transaction with its audit entries,
     * the new sync base and the package log. {@code beforeImport} runs first (the backup before an import).
     *
     * @throws StaleDryRun when this database changed after the dry run (run it again)
     * @throws cn.yanggu.workbench.app.EditRejected when the result would be invalid (nothing is written)
     */
    public Result apply(Preview preview, Map<Integer, ThreeWay.Choice> choices, Runnable beforeImport) {
        if (!editor.plan().equals(preview.ours())) {
            throw new StaleDryRun();
        }
        List<Change> changes = ThreeWay.changes(preview.ours(), preview.items(), choices);
        listingSlotsFree(preview.ours(), changes);
        // the backup every import makes (Workbench.backupBeforeImport); it runs before anything is written
        beforeImport.run();
        Manifest m = preview.manifest();
        Plan newBase = ThreeWay.advanceBase(syncBase(), preview.theirs(), preview.base(), m.selection());
        byte[] baseBytes = bytes(newBase);
        String at = now();
        String user = editor.userName();
        editor.importChanges(preview.origin(), changes, preview.origin(), c -> {
            ExchangeRepository.putSyncBase(c, new ExchangeRepository.SyncBase(at, preview.origin(), baseBytes));
            ExchangeRepository.logApplied(c, new ExchangeRepository.Applied(m.originName(), m.originId(),
                    m.createdAt(), m.baseRevision(), preview.sha256(), at, user));
            return null;
        });
        long created = changes.stream().filter(c -> c.before() == null).count();
        long deleted = changes.stream().filter(c -> c.after() == null).count();
        long theirs = preview.items().stream().filter(ThreeWay.Item::needsChoice)
                .filter(i -> choices.get(i.id()) == ThreeWay.Choice.THEIRS).count();
        return new Result(changes.size(), created, changes.size() - created - deleted, deleted, theirs,
                preview.choicesNeeded() - theirs, preview.count(ThreeWay.Kind.LOCKED));
    }

    /**
     * A 专栏 entry (column, group, number) belongs to one project; the validation of a single record cannot see that,
     * the database would refuse it half-way, so it is checked here first.
     */
    private static void listingSlotsFree(Plan ours, List<Change> changes) {
        Plan next = ours;
        for (Change c : changes) {
            next = cn.yanggu.workbench.app.Plans.apply(next, c);
        }
        List<EditRejected.Located> problems = new ArrayList<>();
        for (Map.Entry<String, Problem> clash : cn.yanggu.workbench.domain.Validation.listingClashes(next)) {
            problems.add(new EditRejected.Located(cn.yanggu.workbench.domain.EntityKind.PROJECT, clash.getKey(), null,
                    clash.getValue()));
        }
        if (!problems.isEmpty()) {
            throw new EditRejected(problems);
        }
    }

    /** A package is exported before this database has a 本机名称 to sign it with. */
    public static final class NoOriginName extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public NoOriginName() {
            super("no origin name set: say which office exports the package");
        }
    }

    /** The database changed between the dry run and applying it. */
    public static final class StaleDryRun extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StaleDryRun() {
            super("the database changed after the dry run");
        }
    }

    private String now() {
        return OffsetDateTime.now(clock).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
