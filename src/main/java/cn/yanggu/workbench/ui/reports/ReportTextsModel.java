package cn.yanggu.workbench.ui.reports;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.reports.Narratives;
import cn.yanggu.workbench.domain.Narrative;
import cn.yanggu.workbench.domain.ReportKind;
import cn.yanggu.workbench.ui.common.TaskRunner;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The report's own texts without the window: 存在问题 and 下一步工作 of the chosen year and kind, and the 落款 (issuing
 * unit). It holds what is typed and what is stored, says what is too long, discards typing (Esc/Ctrl+Z before it is
 * saved), and saves what changed in the background. The view binds its text areas to {@link #text}.
 */
public final class ReportTextsModel {
    private final I18n t;
    private final Map<String, StringProperty> texts = new LinkedHashMap<>();
    private final Map<String, String> saved = new LinkedHashMap<>();
    private final StringProperty issuer = new SimpleStringProperty(Narratives.DEFAULT_ISSUER);
    private String savedIssuer = Narratives.DEFAULT_ISSUER;
    private Map<String, Narrative> stored = Map.of();
    /** True while the connected user may not change the plan (只读): nothing is saved, the stored texts stand. */
    private java.util.function.BooleanSupplier readOnly = () -> false;

    public ReportTextsModel(I18n t) {
        this.t = t;
        for (String key : Narrative.SECTIONS) {
            texts.put(key, new SimpleStringProperty(""));
            saved.put(key, "");
        }
    }

    /**
     * For a user who only reads (see {@code RoleGate}): {@link #save} and {@link #saveIssuer} write nothing while
     * {@code when} holds; the report is generated from the stored texts.
     */
    public void readOnly(java.util.function.BooleanSupplier when) {
        this.readOnly = when;
    }

    /** The text of a section as typed ({@link Narrative#SECTIONS}). */
    public StringProperty text(String section) {
        return texts.get(section);
    }

    public StringProperty issuer() {
        return issuer;
    }

    public String savedIssuer() {
        return savedIssuer;
    }

    /**
     * Takes what is stored for a year and kind (the typed texts become the stored ones); the 落款 being typed stays when
     * {@code keepTypedIssuer}.
     */
    public void loaded(Map<String, Narrative> found, String issuerNow, boolean keepTypedIssuer) {
        stored = Map.copyOf(found);
        savedIssuer = issuerNow;
        if (!keepTypedIssuer) {
            issuer.set(issuerNow);
        }
        for (String key : Narrative.SECTIONS) {
            Narrative s = found.get(key);
            String text = s == null ? "" : s.text();
            saved.put(key, text);
            texts.get(key).set(text);
        }
    }

    /** Whether {@code found} and {@code issuerNow} are what this model already holds as stored. */
    public boolean isStored(Map<String, Narrative> found, String issuerNow) {
        return stored.equals(found) && savedIssuer.equals(issuerNow);
    }

    /** Who saved last and when, or that nothing is saved yet. */
    public String savedInfo() {
        Narrative last = stored.values().stream().max(java.util.Comparator.comparing(Narrative::updatedAt))
                .orElse(null);
        return last == null ? t.get("reports.neverSaved")
                : t.get("reports.savedBy", last.updatedAt().replace('T', ' '), last.updatedBy());
    }

    /** Why a section cannot be saved (too long), or empty. */
    public Optional<String> problem(String section) {
        String text = texts.get(section).get();
        int length = text == null ? 0 : text.strip().length();
        return length > Narrative.MAX_LENGTH ? Optional.of(t.get("reports.tooLong", Narrative.MAX_LENGTH, length))
                : Optional.empty();
    }

    public boolean valid() {
        return Narrative.SECTIONS.stream().allMatch(k -> problem(k).isEmpty());
    }

    /** The texts typed that differ from what is stored (stripped). */
    public Map<String, String> changed() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : Narrative.SECTIONS) {
            String now = texts.get(key).get() == null ? "" : texts.get(key).get().strip();
            if (!now.equals(saved.getOrDefault(key, ""))) {
                out.put(key, now);
            }
        }
        return out;
    }

    /** Drops what was typed into a section since it was stored (Esc, or Ctrl+Z before it is saved). */
    public void discard(String section) {
        texts.get(section).set(saved.getOrDefault(section, ""));
    }

    /** Drops what was typed into the 落款 since it was stored. */
    public void discardIssuer() {
        issuer.set(savedIssuer);
    }

    /**
     * Saves the changed sections of {@code year}/{@code kind} in the background (one audited step): {@code done} gets
     * true when something was written, false when nothing had changed; nothing is written while a text is too long.
     */
    public void save(TaskRunner runner, Narratives n, int year, ReportKind kind, Consumer<Boolean> done,
                     Consumer<Throwable> failed) {
        Map<String, String> changed = changed();
        if (n == null || !valid()) {
            return;
        }
        if (readOnly.getAsBoolean()) {
            Narrative.SECTIONS.forEach(this::discard);
            done.accept(false);
            return;
        }
        if (changed.isEmpty()) {
            done.accept(false);
            return;
        }
        runner.run("narratives-save", () -> {
            n.save(year, kind, changed);
            return n.load(year, kind);
        }, found -> {
            saved.putAll(changed);
            stored = Map.copyOf(found);
            done.accept(true);
        }, failed);
    }

    /** The 落款 to store: the typed one, or the default for a blank field; empty when it is the stored one. */
    public Optional<String> issuerToSave() {
        String typed = issuer.get() == null ? "" : issuer.get().strip();
        String value = typed.isEmpty() ? Narratives.DEFAULT_ISSUER : typed;
        return value.equals(savedIssuer) ? Optional.empty() : Optional.of(value);
    }

    /** Saves the 落款 in the background when it changed; a blank field restores the default. */
    public void saveIssuer(TaskRunner runner, Narratives n, Consumer<String> done, Consumer<Throwable> failed) {
        Optional<String> value = issuerToSave();
        if (n == null || value.isEmpty() || readOnly.getAsBoolean()) {
            issuer.set(savedIssuer);
            return;
        }
        runner.run("issuer-save", () -> {
            n.setIssuer(value.get());
            return n.issuer();
        }, now -> {
            savedIssuer = now;
            issuer.set(now);
            done.accept(now);
        }, failed);
    }
}
