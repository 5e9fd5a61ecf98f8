package cn.yanggu.workbench.app.grading;

import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.domain.EnterpriseYear;
import cn.yanggu.workbench.domain.Grading;
import cn.yanggu.workbench.domain.GradingMethod;
import cn.yanggu.workbench.domain.GradingProblem;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Quantity;
import cn.yanggu.workbench.store.Database;
import cn.yanggu.workbench.store.GradingRepository;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 亩产效益 use cases: enterprises' yearly figures (typed, pasted, imported from the xlsx template), the grading
 * methods per year, and the grading itself. Every write is validated first, then run through the {@link Editor} as
 * one command (one transaction with its audit-log entries, one step to undo); a refused write changes nothing.
 * Methods block: the UI calls them in the background.
 */
public final class GradingService {
    /** Audit-log entity names. */
    public static final String ENTITY_DATA = "enterprise-year";
    public static final String ENTITY_METHOD = "grading-method";

    private final Database db;
    private final Editor editor;
    private final Runnable beforeImport;

    /** {@code beforeImport} runs after an imported sheet was read and checked, before it is written (the backup). */
    public GradingService(Database db, Editor editor, Runnable beforeImport) {
        this.db = db;
        this.editor = editor;
        this.beforeImport = beforeImport;
    }

    /** One figure to set (null clears it) and where the user gave it, for messages. */
    public record CellEdit(String enterpriseCode, EnterpriseYear.Figure figure, Double value,
                           GradingRejected.Where where) {
    }

    /** Years that have any figures. */
    public List<Integer> years() {
        return db.read(GradingRepository::years);
    }

    public List<EnterpriseYear> data(int year) {
        return db.read(c -> GradingRepository.year(c, year));
    }

    /** One enterprise's figures, every year that has any, oldest first (企业's read-only summary). */
    public List<EnterpriseYear> figuresOf(String enterpriseCode) {
        return db.read(GradingRepository::all).stream()
                .filter(d -> d.enterpriseCode().equals(enterpriseCode) && !d.isEmpty()).toList();
    }

    public List<GradingMethod> methods() {
        return db.read(GradingRepository::methods);
    }

    /** The method that applies to {@code year}: the newest stored from that year or earlier, else the default. */
    public GradingMethod method(int year) {
        return GradingMethod.applicable(methods(), year);
    }

    /** The grading of {@code year} with the method that applies to it. */
    public Grading.Result grade(int year) {
        return Grading.grade(year, data(year), method(year));
    }

    /** Parses one typed or pasted figure: a number (full-width digits, separators and the column's unit allowed). */
    public static Optional<Double> parse(String text, EnterpriseYear.Figure figure, List<GradingProblem> problems) {
        Quantity.Parsed p = Quantity.parse(text, figure.unit());
        if (p.problem().isPresent()) {
            if (p.problem().get() == cn.yanggu.workbench.domain.Problem.Kind.UNIT_MISMATCH) {
                problems.add(new GradingProblem(GradingProblem.Kind.WRONG_UNIT, figure.key(), p.unitTyped(),
                        figure.unit()));
            } else {
                problems.add(new GradingProblem(GradingProblem.Kind.TEXT_NOT_NUMBER, figure.key(), text.strip()));
            }
            return Optional.empty();
        }
        if (p.value().isPresent()) {
            EnterpriseYear.check(figure, p.value().get()).ifPresent(problems::add);
        }
        return p.value();
    }

    /**
     * Reads a tab-separated block (as Excel and WPS copy it) onto the grid: block cell (r, c) falls on grid row
     * {@code startRow + r} (enterprise {@code rowCodes}) and figure {@code startFigure + c}. Blank cells leave the
     * grid as it is. Returns the edits, or throws with every bad cell's position.
     */
    public static List<CellEdit> pasteBlock(String text, List<String> rowCodes, List<String> rowNames, int startRow,
                                            int startFigure) {
        EnterpriseYear.Figure[] figures = EnterpriseYear.Figure.values();
        List<CellEdit> edits = new ArrayList<>();
        List<GradingRejected.Issue> issues = new ArrayList<>();
        for (cn.yanggu.workbench.app.PastedBlock.Cell cell : cn.yanggu.workbench.app.PastedBlock.cells(text)) {
            int row = startRow + cell.row();
            int f = startFigure + cell.column();
            if (row >= rowCodes.size() || f >= figures.length) {
                issues.add(new GradingRejected.Issue(GradingRejected.Where.pasted(cell.rowNumber(),
                        cell.columnNumber(), null, null), new GradingProblem(GradingProblem.Kind.OUTSIDE_GRID, null)));
                continue;
            }
            GradingRejected.Where where = GradingRejected.Where.pasted(cell.rowNumber(), cell.columnNumber(),
                    rowNames.get(row), figures[f].key());
            List<GradingProblem> problems = new ArrayList<>();
            Optional<Double> v = parse(cell.text(), figures[f], problems);
            problems.forEach(p -> issues.add(new GradingRejected.Issue(where, p)));
            if (problems.isEmpty()) {
                edits.add(new CellEdit(rowCodes.get(row), figures[f], v.orElse(null), where));
            }
        }
        if (!issues.isEmpty()) {
            throw new GradingRejected(issues);
        }
        return edits;
    }

    /** Sets figures of {@code year}, all or nothing, as one audited step. Returns how many figures changed. */
    public int set(int year, List<CellEdit> edits) {
        return set(year, edits, "update", null);
    }

    int set(int year, List<CellEdit> edits, String action, String origin) {
        List<GradingRejected.Issue> issues = new ArrayList<>();
        for (CellEdit e : edits) {
            EnterpriseYear.check(e.figure(), e.value())
                    .ifPresent(p -> issues.add(new GradingRejected.Issue(e.where(), p)));
        }
        lockProblem(year).ifPresent(p -> issues.add(new GradingRejected.Issue(null, p)));
        if (!issues.isEmpty()) {
            throw new GradingRejected(issues);
        }
        // the rows read and the command run as one: no other write comes in between
        synchronized (editor) {
            Map<String, EnterpriseYear> rows = new LinkedHashMap<>();
            Map<String, EnterpriseYear> before = new LinkedHashMap<>();
            for (CellEdit e : edits) {
                EnterpriseYear current = rows.get(e.enterpriseCode());
                if (current == null) {
                    current = db.read(c -> GradingRepository.get(c, e.enterpriseCode(), year))
                            .orElse(EnterpriseYear.empty(e.enterpriseCode(), year));
                    before.put(e.enterpriseCode(), current);
                }
                rows.put(e.enterpriseCode(), current.with(e.figure(), e.value()));
            }
            List<FiguresChange.Row> changed = new ArrayList<>();
            for (EnterpriseYear after : rows.values()) {
                EnterpriseYear old = before.get(after.enterpriseCode());
                if (!old.equals(after)) {
                    changed.add(new FiguresChange.Row(old, after));
                }
            }
            if (changed.isEmpty()) {
                return 0;
            }
            String label = origin == null ? editor.label("undo.gradingFigures", String.valueOf(year), edits.size())
                    : editor.label("undo.gradingImport", origin, String.valueOf(year));
            FiguresChange change = new FiguresChange(label, year, changed, action);
            editor.run(change, origin);
            return change.figuresChanged();
        }
    }

    /** Replaces whole rows of a year (an import): every figure of each row is set, blank ones cleared. */
    int replaceRows(int year, List<EnterpriseYear> rows, String origin) {
        List<CellEdit> edits = new ArrayList<>();
        for (EnterpriseYear r : rows) {
            for (EnterpriseYear.Figure f : EnterpriseYear.Figure.values()) {
                edits.add(new CellEdit(r.enterpriseCode(), f, r.get(f), null));
            }
        }
        return set(year, edits, "import", origin);
    }

    /** What an import did. */
    public record ImportResult(int year, int rows, int figuresChanged) {
    }

    /** Imports a filled template, all or nothing; throws with each bad cell's position. */
    public ImportResult importSheet(Path file, Plan plan) {
        EnterpriseSheet.Read read = EnterpriseSheet.read(file, plan);
        beforeImport.run();
        int changed = replaceRows(read.year(), read.rows(), file.getFileName().toString());
        return new ImportResult(read.year(), read.rows().size(), changed);
    }

    /** Writes the fill-in template for {@code year}: one row per enterprise, the stored figures filled in. */
    public void writeTemplate(Path file, int year, Plan plan, cn.yanggu.workbench.app.I18n t) {
        EnterpriseSheet.write(file, year, plan, data(year), t);
    }

    // ------------------------------------------------------------------ methods

    /** Stores a method (replacing one from the same year), after checking it; audited. */
    public void saveMethod(GradingMethod m) {
        List<GradingRejected.Issue> issues = new ArrayList<>();
        m.problems().forEach(p -> issues.add(new GradingRejected.Issue(null, p)));
        if (!issues.isEmpty()) {
            throw new GradingRejected(issues);
        }
        GradingMethod stored = new GradingMethod(m.fromYear(), m.weights(), m.normalisation(), m.cutoffMode(),
                m.cutoffs(), m.note(), false);
        // the method read and replaced as one
        synchronized (editor) {
            editor.run(new MethodChange(editor.label("undo.gradingMethod", String.valueOf(m.fromYear())), m.fromYear(),
                    stored(m.fromYear()).orElse(null), stored));
        }
    }

    /** Removes the method stored from {@code fromYear}; the years it covered fall back to an earlier one. */
    public void deleteMethod(int fromYear) {
        // the method read and removed as one
        synchronized (editor) {
            Optional<GradingMethod> old = stored(fromYear);
            if (old.isPresent()) {
                editor.run(new MethodChange(editor.label("undo.gradingMethod", String.valueOf(fromYear)), fromYear,
                        old.get(), null));
            }
        }
    }

    private Optional<GradingMethod> stored(int fromYear) {
        return methods().stream().filter(x -> x.fromYear() == fromYear).findFirst();
    }

    /** A method in one line, for the audit log: weights, normalisation, cut-offs. */
    public static String summary(GradingMethod m) {
        StringBuilder b = new StringBuilder();
        for (GradingMethod.Weight w : m.weights()) {
            b.append(w.indicator().key()).append('=').append(text(w.percent())).append("% ");
        }
        b.append(m.normalisation().name()).append(' ').append(m.cutoffMode().name()).append(' ');
        b.append(String.join("/", m.cutoffs().stream().map(GradingService::text).toList()));
        return b.toString();
    }

    private Optional<GradingProblem> lockProblem(int year) {
        return editor.locks().stream().anyMatch(l -> l.year() == year)
                ? Optional.of(new GradingProblem(GradingProblem.Kind.LOCKED_YEAR, "year", year))
                : Optional.empty();
    }

    static String text(Double v) {
        return v == null ? null : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
