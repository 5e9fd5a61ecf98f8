package cn.yanggu.workbench.app.exchange;

import cn.yanggu.workbench.app.AtomicFile;
import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.FileNames;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.PlanJson;
import cn.yanggu.workbench.app.Beside;
import cn.yanggu.workbench.app.leads.Leads;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.store.LeadRepository;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.domain.Zone;
import cn.yanggu.workbench.store.Database;
import cn.yanggu.workbench.store.ExchangeRepository;
import cn.yanggu.workbench.store.OfficeRegisterRepository;
import cn.yanggu.workbench.domain.OfficeRegistration;

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
    /** The setting holding this database's 本机名称. */
    public static final String ORIGIN_NAME = "origin.name";
    static final String DATABASE_ID = "database.id";
    /**
     * What a 本机名称 contains when it is the bureau's own (阳谷经济开发区管委会, …管理委员会, or one of its bureaus,
     * e.g. 规划建设局): the bureau signs its packages too, so a name alone does not make a township office (十五里园镇,
     * 博济桥街道办事处).
     */
    public static final List<String> BUREAU_MARKS = List.of("管委会", "管理委员会", "局");
    /** The file name ending the UI and the README use. */
    public static final String EXTENSION = ".ygpkg";

    private final Database db;
    private final Editor editor;
    private final Supplier<Plan> seed;
    private final Clock clock;
    /** Jackson's mapping, made when a package or base is first read or written (not when the database opens). */
    private PlanJson json;
    /** The package format (with its own Jackson mapping): made when a package is first read or written. */
    private PackageFile files;
    private final OfficeKeys keys;

    private synchronized PlanJson json() {
        if (json == null) {
            json = new PlanJson();
        }
        return json;
    }

    private synchronized PackageFile files() {
        if (files == null) {
            files = new PackageFile();
        }
        return files;
    }

    /** {@code keys}: where this database's signing key is kept (the user's data folder, never the database). */
    public Exchange(Database db, Editor editor, Supplier<Plan> seed, Clock clock, OfficeKeys keys) {
        this.db = db;
        this.editor = editor;
        this.seed = seed;
        this.clock = clock;
        this.keys = keys;
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

    /**
     * The dry run: what the package would do to this database now. {@code unregistered}: the package is signed
     * correctly by an office that is not in the register yet (only when the caller asked to see such a package, to
     * register it after comparing the fingerprint by phone: {@link #register}).
     */
    public record Preview(Path file, Manifest manifest, String sha256, List<ThreeWay.Item> items,
                          List<Warning> warnings, Plan ours, Plan theirs, Plan base, boolean unregistered,
                          List<Lead> oursLeads, List<Lead> theirsLeads, List<Lead> baseLeads) {
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
    public record Exported(Path file, int projects, int enterprises, int values, String baseRevision, int leads) {
    }

    // ------------------------------------------------------------------ settings

    /** The name this database signs its packages with (the office or PC), empty until the user sets it. */
    public Optional<String> originName() {
        return db.read(c -> ExchangeRepository.setting(c, ORIGIN_NAME));
    }

    /**
     * Whether this database is a township office's: it has a 本机名称 and it is not the bureau's (see
     * {@link #BUREAU_MARKS}). A database without one is the bureau's. An office receives the bureau's approved plan
     * versions and never makes or sends versions.
     */
    public boolean isOffice() {
        return officeName(editor).isPresent();
    }

    /** The township office whose database {@code editor} writes (its 本机名称), empty on the bureau's. */
    public static Optional<String> officeName(Editor editor) {
        return editor.setting(ORIGIN_NAME).filter(Exchange::isOfficeName);
    }

    /** Whether a package signed {@code originName} comes from a township office (not the bureau). */
    public static boolean isOfficeName(String originName) {
        return originName != null && !originName.isBlank() && BUREAU_MARKS.stream().noneMatch(originName::contains);
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

    private record BaseState(Plan plan, String revision, String takenAt, String source, List<Lead> leads) {
    }

    private BaseState baseState() {
        Optional<ExchangeRepository.SyncBase> stored = db.read(ExchangeRepository::syncBase);
        if (stored.isPresent()) {
            ExchangeRepository.SyncBase b = stored.get();
            try {
                List<Lead> leads = Leads.readExported(b.planJson());
                return new BaseState(json().read(new ByteArrayInputStream(b.planJson())),
                        revisionOf(b.planJson()), b.takenAt(), b.source(), leads == null ? List.of() : leads);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Plan s = seed.get();
        return new BaseState(s, revisionOf(bytes(s, List.of())), "-", "seed", List.of());
    }

    private static String revisionOf(byte[] planJson) {
        return PackageFile.sha256(planJson).substring(0, 16);
    }

    /** The plan and its leads as stored for the sync base (leads beside the plan, as in a JSON export). */
    private byte[] bytes(Plan p, List<Lead> leads) {
        try {
            return leads.isEmpty() ? json().write(p, null) : Leads.withLeads(json().write(p, null), leads);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Work for the import's transaction: the plan and leads received become the sync base (e.g. a JSON import;
     * {@code leads} null: the file had none).
     */
    public Database.SqlWork<Void> receivedWhole(Plan plan, List<Lead> leads, String source) {
        byte[] b = bytes(plan, leads == null ? List.of() : leads);
        String at = now();
        return c -> {
            ExchangeRepository.putSyncBase(c, new ExchangeRepository.SyncBase(at, source, b));
            return null;
        };
    }

    // ------------------------------------------------------------------ export

    // ------------------------------------------------------------------ keys and the register

    private String databaseId() {
        return editor.settingOnce(DATABASE_ID, () -> UUID.randomUUID().toString());
    }

    /** This database's signing key, made now when it has none yet (the first export makes it too). */
    public OfficeKeys.KeyInfo ownKey() {
        return keys.findOrCreate(databaseId());
    }

    /** This database's signing key when it was made already (read only: the 数据交换 view shows it). */
    public Optional<OfficeKeys.KeyInfo> ownKeyIfMade() {
        return db.read(c -> ExchangeRepository.setting(c, DATABASE_ID)).flatMap(keys::find);
    }

    /**
     * Seals this database's private key with {@code newPassphrase} (empty: no passphrase), opening it with
     * {@code passphrase} (null when it has none).
     *
     * @throws OfficeKeys.PassphraseNeeded when the current passphrase is missing or wrong
     */
    public void setPassphrase(char[] passphrase, char[] newPassphrase) {
        ownKey();
        keys.setPassphrase(databaseId(), passphrase, newPassphrase);
    }

    /** The offices whose packages this database accepts, by name. */
    public List<OfficeRegistration> register() {
        return db.read(OfficeRegisterRepository::all);
    }

    /**
     * Registers the office that signed {@code m} (after its fingerprint was compared by phone): one step for 撤销,
     * in the change log.
     *
     * @throws IllegalStateException when the office or its key is registered already
     */
    public void register(Manifest m) {
        for (OfficeRegistration r : register()) {
            if (r.office().equals(m.originName()) || r.publicKey().equals(m.publicKey())) {
                throw new IllegalStateException("registered already: " + r.office());
            }
        }
        editor.run(new OfficeRegistrationChange(editor.label("exchange.register.step", m.originName()), null,
                new OfficeRegistration(m.originName(), m.publicKey(), m.fingerprint(), null, null, null, null)));
    }

    /**
     * Replaces the registered key of the office that signed {@code m} by the key of {@code m} (a new PC), saying
     * why; never silent: one step for 撤销, in the change log with the old and new fingerprint and the reason.
     *
     * @throws cn.yanggu.workbench.app.EditRejected when {@code reason} is empty
     */
    public void replaceKey(Manifest m, String reason) {
        OfficeRegistration old = register().stream().filter(r -> r.office().equals(m.originName())).findFirst()
                .orElseThrow(() -> new IllegalStateException("not registered: " + m.originName()));
        register().stream().filter(r -> r.publicKey().equals(m.publicKey())).findFirst().ifPresent(r -> {
            throw PackageRefused.naming(PackageRefused.Reason.CLAIMS_OTHER_NAME, m.originName(),
                    List.of(m.originName(), r.office()));
        });
        editor.run(new OfficeRegistrationChange(editor.label("exchange.register.replaceStep", m.originName()), old,
                new OfficeRegistration(m.originName(), m.publicKey(), m.fingerprint(), null, null,
                        reason == null ? null : reason.strip(), old.lastPackageAt())));
    }

    /**
     * Reads a package and checks its signature, without asking the register: whose it says it is and which key
     * signed it (to register an office or replace its key).
     */
    public Manifest signer(Path in) {
        return files().read(in, Database.SCHEMA_VERSION).manifest();
    }

    /**
     * Where the signer of {@code m} stands with this database: its own package, a registered office with its key,
     * or not registered (returns false); a key differing from the registered one, or registered for another office
     * than the one the package names, is refused.
     */
    private boolean registered(Manifest m, String file) {
        if (ownKeyIfMade().map(k -> k.publicKey().equals(m.publicKey())).orElse(false)) {
            return true;
        }
        List<OfficeRegistration> all = register();
        Optional<OfficeRegistration> byKey = all.stream().filter(r -> r.publicKey().equals(m.publicKey()))
                .findFirst();
        if (byKey.isPresent() && !byKey.get().office().equals(m.originName())) {
            throw PackageRefused.naming(PackageRefused.Reason.CLAIMS_OTHER_NAME, file,
                    List.of(m.originName(), byKey.get().office()));
        }
        Optional<OfficeRegistration> byName = all.stream().filter(r -> r.office().equals(m.originName()))
                .findFirst();
        if (byName.isPresent() && !byName.get().publicKey().equals(m.publicKey())) {
            throw PackageRefused.naming(PackageRefused.Reason.KEY_MISMATCH, file, List.of(m.originName(),
                    byName.get().fingerprint(), m.fingerprint()));
        }
        return byName.isPresent();
    }

    /**
     * Writes a package of {@code selection} to {@code out}; the file appears complete or not at all.
     *
     * @throws NoOriginName when this database has no 本机名称 yet (a package is never signed by the OS user)
     */
    public Exported export(Path out, Selection selection, String appVersion) throws IOException {
        return export(out, selection, appVersion, null);
    }

    /**
     * {@link #export(Path, Selection, String)} signed with this database's key, opened with {@code passphrase}
     * (null when it has none); the key is made now when this is the first package.
     *
     * @throws OfficeKeys.PassphraseNeeded when the key is sealed and the passphrase is missing or wrong
     */
    public Exported export(Path out, Selection selection, String appVersion, char[] passphrase) throws IOException {
        String name = originName().filter(n -> !n.isBlank()).orElseThrow(NoOriginName::new);
        String id = databaseId();
        OfficeKeys.KeyInfo key = keys.findOrCreate(id);
        long revision = db.read(ExchangeRepository::revision);
        BaseState base = baseState();
        Plan ours = editor.plan();
        // the bureau's packages carry its approved plan versions (never drafts); an office's carry none
        Plan theirs = selection.cut(ours, base.plan()).withVersions(isOfficeName(name) ? List.of()
                : ours.versions().stream().filter(cn.yanggu.workbench.domain.PlanVersion::approved).toList());
        Plan sentBase = selection.cut(base.plan(), ours);
        List<Lead> theirsLeads = selection.cutLeads(db.read(LeadRepository::all));
        List<Lead> sentBaseLeads = selection.cutLeads(base.leads());
        Manifest m = new Manifest(Manifest.FORMAT_VERSION, name, id, now(), appVersion, db.schemaVersion(), revision,
                base.revision(), base.takenAt(), base.source(), selection, null, null, key.publicKey());
        byte[] bytes = files().write(m, theirs, theirsLeads, sentBase, sentBaseLeads,
                message -> keys.sign(id, passphrase, message));
        AtomicFile.write(out, bytes);
        int values = theirs.indicators().stream().mapToInt(i -> i.values().size()).sum();
        return new Exported(out, theirs.projects().size(), theirs.enterprises().size(), values, base.revision(),
                theirsLeads.size());
    }

    /** The office's name for a file: "十五里园镇-2026-11-30.ygpkg" ({@code origin} blank: "交换包-…"). */
    public static String defaultFileName(String origin, LocalDate day, String fallback) {
        return FileNames.safe(origin, fallback) + "-" + day + EXTENSION;
    }

    // ------------------------------------------------------------------ import

    /**
     * Reads, verifies and compares a package with this database; writes nothing. The package must be signed by an
     * office in the register with its registered key (or by this database).
     */
    public Preview preview(Path in) {
        return preview(in, false);
    }

    /**
     * {@link #preview(Path)}; with {@code showUnregistered} a correctly signed package of an office not in the
     * register is shown too ({@link Preview#unregistered()}), so that it can be registered first.
     */
    public Preview preview(Path in, boolean showUnregistered) {
        PackageFile.Contents p = files().read(in, Database.SCHEMA_VERSION);
        String name = String.valueOf(in.getFileName());
        boolean known = registered(p.manifest(), name);
        if (!known && !showUnregistered) {
            throw unregistered(p.manifest(), name);
        }
        Selection sel = p.manifest().selection();
        checkContent(p.theirs(), sel, Manifest.CONTENT_FILE, name);
        checkContent(p.base(), sel, Manifest.BASE_FILE, name);
        checkVersions(p.manifest(), p.theirs(), name);
        checkVersions(p.manifest(), p.base(), name);
        checkLeads(p.theirsLeads(), sel, Manifest.CONTENT_FILE, name);
        checkLeads(p.baseLeads(), sel, Manifest.BASE_FILE, name);
        Plan ours = editor.plan();
        List<Lead> oursLeads = db.read(LeadRepository::all);
        List<ThreeWay.Item> items = new ArrayList<>(ThreeWay.compare(p.base(), p.theirs(), ours, sel,
                editor.lockedYears()));
        items.addAll(ThreeWay.compareLeads(p.baseLeads(), p.theirsLeads(), oursLeads, items.size()));
        return new Preview(in, p.manifest(), p.sha256(), List.copyOf(items), warnings(p), ours, p.theirs(), p.base(),
                !known, oursLeads, p.theirsLeads(), p.baseLeads());
    }

    /**
     * Plan versions travel from the bureau only, and approved: a township office's package carrying versions, or a
     * package carrying a draft, is refused naming it.
     */
    private static void checkVersions(Manifest m, Plan plan, String file) {
        if (plan.versions().isEmpty()) {
            return;
        }
        String numbers = String.join("、", plan.versions().stream().map(v -> String.valueOf(v.number())).toList());
        if (isOfficeName(m.originName())) {
            throw PackageRefused.naming(PackageRefused.Reason.VERSIONS_FROM_OFFICE, file,
                    List.of(m.originName(), numbers));
        }
        plan.versions().stream().filter(v -> !v.approved()).findFirst().ifPresent(v -> {
            throw PackageRefused.naming(PackageRefused.Reason.DRAFT_VERSION, file, List.of(String.valueOf(v.number())));
        });
        duplicates(plan.versions().stream().map(v -> String.valueOf(v.number())).toList(), "versions",
                Manifest.CONTENT_FILE, file);
    }

    /**
     * The bureau's approved versions {@code p} would add to or change in this township office's database (empty on
     * the bureau's, which keeps its own): what the dry run and the result name.
     */
    public List<cn.yanggu.workbench.domain.PlanVersion> versionsTaken(Preview p) {
        if (p.theirs().versions().isEmpty() || !isOffice()) {
            return List.of();
        }
        return p.theirs().versions().stream().filter(v -> !p.ours().versions().contains(v)).toList();
    }

    /**
     * The plan versions after applying a package: on a township office the bureau's approved versions it brings are
     * added or replace the office's by number; null when nothing changes (or on the bureau, which keeps its own).
     */
    private List<cn.yanggu.workbench.domain.PlanVersion> versionsAfter(Plan ours, Plan theirs) {
        if (theirs.versions().isEmpty() || !isOffice()) {
            return null;
        }
        java.util.TreeMap<Integer, cn.yanggu.workbench.domain.PlanVersion> after = new java.util.TreeMap<>();
        ours.versions().forEach(v -> after.put(v.number(), v));
        theirs.versions().forEach(v -> after.put(v.number(), v));
        List<cn.yanggu.workbench.domain.PlanVersion> list = List.copyOf(after.values());
        return list.equals(ours.versions()) ? null : list;
    }

    /** Leads the manifest does not announce, or a lead twice, are refused like records. */
    private static void checkLeads(List<Lead> leads, Selection sel, String part, String file) {
        if (!sel.has(Selection.Kind.LEADS) && !leads.isEmpty()) {
            throw new PackageRefused(PackageRefused.Reason.BAD_CONTENT, file, part + " · leads");
        }
        duplicates(leads.stream().map(Lead::code).toList(), "leads", part, file);
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
        if (!editor.plan().equals(preview.ours()) || !db.read(LeadRepository::all).equals(preview.oursLeads())) {
            throw new StaleDryRun();
        }
        // the register may have changed since the dry run (a key replaced, an office registered): asked again
        if (!registered(preview.manifest(), String.valueOf(preview.file().getFileName()))) {
            throw unregistered(preview.manifest(), String.valueOf(preview.file().getFileName()));
        }
        List<Change> changes = ThreeWay.changes(preview.ours(), preview.items(), choices);
        listingSlotsFree(preview.ours(), changes);
        List<Lead> leadsAfter = Leads.assessed(ThreeWay.leadsAfter(preview.oursLeads(), preview.items(), choices),
                preview.ours().thresholds());
        // a lead the office found must fit this database's map (its link known here): otherwise nothing is written
        Leads.check(leadsAfter, db.read(cn.yanggu.workbench.store.ChainMapRepository::load));
        List<cn.yanggu.workbench.domain.PlanVersion> versionsAfter = versionsAfter(preview.ours(), preview.theirs());
        Beside beside = leadsAfter.equals(preview.oursLeads()) && versionsAfter == null ? Beside.NONE
                : new Beside(null, leadsAfter.equals(preview.oursLeads()) ? null : leadsAfter, versionsAfter);
        // the backup every import makes (Workbench.backupBeforeImport); it runs before anything is written
        beforeImport.run();
        Manifest m = preview.manifest();
        BaseState oldBase = baseState();
        Plan newBase = ThreeWay.advanceBase(oldBase.plan(), preview.theirs(), preview.base(), m.selection());
        // the sender's leads are all its leads: they are the new base's when the package carries leads
        byte[] baseBytes = bytes(newBase, m.selection().has(Selection.Kind.LEADS) ? preview.theirsLeads()
                : oldBase.leads());
        String at = now();
        String user = editor.userName();
        editor.importChanges(preview.origin(), changes, beside, preview.origin(), c -> {
            ExchangeRepository.putSyncBase(c, new ExchangeRepository.SyncBase(at, preview.origin(), baseBytes));
            ExchangeRepository.logApplied(c, new ExchangeRepository.Applied(m.originName(), m.originId(),
                    m.createdAt(), m.baseRevision(), preview.sha256(), at, user));
            OfficeRegisterRepository.lastPackage(c, m.originName(), m.createdAt());
            return null;
        });
        // a lead counts as a record: the office's new leads are 新增, the ones it deleted 删除
        Set<String> ourCodes = Leads.byCode(preview.oursLeads()).keySet();
        Set<String> afterCodes = Leads.byCode(leadsAfter).keySet();
        long leadsChanged = Beside.leadsChanged(preview.oursLeads(), leadsAfter);
        long created = changes.stream().filter(c -> c.before() == null).count()
                + afterCodes.stream().filter(c -> !ourCodes.contains(c)).count();
        long deleted = changes.stream().filter(c -> c.after() == null).count()
                + ourCodes.stream().filter(c -> !afterCodes.contains(c)).count();
        int records = changes.size() + (int) leadsChanged;
        long theirs = preview.items().stream().filter(ThreeWay.Item::needsChoice)
                .filter(i -> choices.get(i.id()) == ThreeWay.Choice.THEIRS).count();
        return new Result(records, created, records - created - deleted, deleted, theirs,
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

    private static PackageRefused unregistered(Manifest m, String file) {
        return PackageRefused.naming(PackageRefused.Reason.UNREGISTERED, file, List.of(m.originName(),
                m.fingerprint()));
    }

    private String now() {
        return OffsetDateTime.now(clock).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
