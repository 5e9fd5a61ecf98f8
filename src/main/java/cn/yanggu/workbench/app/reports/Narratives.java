package cn.yanggu.workbench.app.reports;

import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Narrative;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.ReportKind;
import cn.yanggu.workbench.domain.Validation;
import cn.yanggu.workbench.store.AuditRepository;
import cn.yanggu.workbench.store.Database;
import cn.yanggu.workbench.store.NarrativeRepository;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The narrative sections users write for a report (存在问题, 下一步工作): read per year and kind, and saved together in
 * one transaction with an audit entry per changed section (entity {@code narrative}, code {@code 2023/midterm}).
 */
public final class Narratives {
    /** The audit log's entity word for a narrative section. */
    public static final String ENTITY = "narrative";

    private final Database db;
    private final String user;
    private final Clock clock;

    public Narratives(Database db, String user, Clock clock) {
        this.db = db;
        this.user = user;
        this.clock = clock;
    }

    /** The texts stored for a year and kind, by section key (missing sections are absent). */
    public Map<String, Narrative> load(int year, ReportKind kind) {
        return db.read(c -> NarrativeRepository.find(c, year, kind));
    }

    /**
     * Saves the given sections' texts (leading and trailing blanks removed; an empty text clears the section), all
     * or nothing. Sections whose text did not change are not written. Returns the number of sections changed.
     *
     * @throws EditRejected when the year is out of range, a section is unknown or a text is too long
     */
    public int save(int year, ReportKind kind, Map<String, String> texts) {
        Objects.requireNonNull(kind, "kind");
        String code = year + "/" + kind.wire();
        List<Problem> problems = new ArrayList<>();
        Validation.year(problems, "year", year);
        Map<String, String> clean = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : texts.entrySet()) {
            String text = e.getValue() == null ? "" : e.getValue().strip();
            if (!Narrative.SECTIONS.contains(e.getKey())) {
                problems.add(new Problem(e.getKey(), Problem.Kind.UNKNOWN_REFERENCE, e.getKey()));
            } else if (text.length() > Narrative.MAX_LENGTH) {
                problems.add(new Problem(e.getKey(), Problem.Kind.TOO_LONG, Narrative.MAX_LENGTH));
            }
            clean.put(e.getKey(), text);
        }
        if (!problems.isEmpty()) {
            throw new EditRejected(problems.stream().map(p -> new EditRejected.Located(null, code, null, p)).toList());
        }
        String at = OffsetDateTime.now(clock).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return db.inTransaction(c -> {
            Map<String, Narrative> before = NarrativeRepository.find(c, year, kind);
            long batch = -1;
            int changed = 0;
            for (Map.Entry<String, String> e : clean.entrySet()) {
                Narrative old = before.get(e.getKey());
                String oldText = old == null ? "" : old.text();
                if (oldText.equals(e.getValue())) {
                    continue;
                }
                if (batch < 0) {
                    batch = AuditRepository.nextBatch(c);
                }
                NarrativeRepository.put(c, new Narrative(year, kind, e.getKey(), e.getValue(), at, user));
                String action = old == null ? "create" : e.getValue().isEmpty() ? "delete" : "update";
                AuditRepository.append(c, new AuditEntry(0, batch, at, user, action, ENTITY, code, e.getKey(),
                        old == null ? null : oldText, e.getValue().isEmpty() ? null : e.getValue(), null));
                changed++;
            }
            return changed;
        });
    }

    // ------------------------------------------------------------------ issuing unit

    /** The issuing unit (落款) when none is set: the zone's administrative committee. */
    public static final String DEFAULT_ISSUER = "阳谷经济开发区管理委员会";

    /** The setting key of the issuing unit (kept in the database's key/value settings). */
    static final String ISSUER = "report.issuer";

    /** The unit that signs the reports and the meeting deck (落款), {@link #DEFAULT_ISSUER} until one is set. */
    public String issuer() {
        return db.read(c -> cn.yanggu.workbench.store.ExchangeRepository.setting(c, ISSUER)).orElse(DEFAULT_ISSUER);
    }

    /**
     * Sets the issuing unit (blank restores the default), recorded in the change log in the same transaction.
     *
     * @throws EditRejected when the name is too long
     */
    public void setIssuer(String name) {
        String clean = name == null || name.isBlank() ? DEFAULT_ISSUER : name.strip();
        if (clean.length() > 60) {
            throw new EditRejected(List.of(new EditRejected.Located(null, ISSUER, null,
                    new Problem("issuer", Problem.Kind.TOO_LONG, 60))));
        }
        String at = OffsetDateTime.now(clock).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        db.inTransaction(c -> {
            String old = cn.yanggu.workbench.store.ExchangeRepository.setting(c, ISSUER).orElse(DEFAULT_ISSUER);
            if (old.equals(clean)) {
                return null;
            }
            cn.yanggu.workbench.store.ExchangeRepository.putSetting(c, ISSUER, clean);
            AuditRepository.append(c, new AuditEntry(0, AuditRepository.nextBatch(c), at, user, "update", "setting",
                    ISSUER, "issuer", old, clean, null));
            return null;
        });
    }
}
