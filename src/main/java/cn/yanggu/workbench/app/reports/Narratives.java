package cn.yanggu.workbench.app.reports;

import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.SettingChange;
import cn.yanggu.workbench.domain.Narrative;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.ReportKind;
import cn.yanggu.workbench.domain.Validation;
import cn.yanggu.workbench.store.Database;
import cn.yanggu.workbench.store.NarrativeRepository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The narrative sections users write for a report (存在问题, 下一步工作): read per year and kind, and saved together in
 * one step through the {@link Editor} (one transaction with an audit entry per changed section: entity
 * {@code narrative}, code {@code 2023/midterm}; one step to undo).
 */
public final class Narratives {
    /** The audit log's entity word for a narrative section. */
    public static final String ENTITY = "narrative";

    private final Database db;
    private final Editor editor;

    public Narratives(Database db, Editor editor) {
        this.db = db;
        this.editor = editor;
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
        // the texts read and replaced as one
        synchronized (editor) {
            Map<String, Narrative> before = load(year, kind);
            List<NarrativeChange.Section> sections = new ArrayList<>();
            for (Map.Entry<String, String> e : clean.entrySet()) {
                Narrative old = before.get(e.getKey());
                String oldText = old == null ? "" : old.text();
                if (!oldText.equals(e.getValue())) {
                    sections.add(new NarrativeChange.Section(e.getKey(), old, e.getValue().isEmpty() ? null
                            : new Narrative(year, kind, e.getKey(), e.getValue(), null, null)));
                }
            }
            if (!sections.isEmpty()) {
                editor.run(new NarrativeChange(editor.label("undo.narrative", String.valueOf(year)), year, kind,
                        sections));
            }
            return sections.size();
        }
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
        // the unit read and replaced as one
        synchronized (editor) {
            Optional<String> old = db.read(c -> cn.yanggu.workbench.store.ExchangeRepository.setting(c, ISSUER));
            if (!old.orElse(DEFAULT_ISSUER).equals(clean)) {
                editor.run(new SettingChange(editor.label("undo.issuer"), ISSUER, "issuer", old.orElse(null), clean,
                        DEFAULT_ISSUER));
            }
        }
    }
}
