package cn.yanggu.workbench.app.reports;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Growth;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.MonitoringItem;
import cn.yanggu.workbench.domain.Narrative;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.ReportKind;
import cn.yanggu.workbench.domain.Statement;
import cn.yanggu.workbench.domain.YearValue;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Builds a report from the plan for a year and a kind: 一、总体情况 (generated), 二、主要指标完成情况 (the indicator
 * table, status counts and the lagging indicators), 三、重大项目与重点任务进展 (projects by chain and stage), 四、存在问题
 * and 五、下一步工作 (the narrative the users wrote), with figures. Statuses are judged on the actuals up to the report
 * year only, against the 2025 targets.
 *
 * <p>Years: every kind is for a year of the plan period (2021–2025). The mid-term evaluation is meant for the middle
 * year (2023) and the final evaluation for the last (2025); another year is allowed, with a warning in the view and a
 * note in the document saying so.
 */
public final class ReportBuilder {
    private final I18n t;
    private final double tolerance;
    private final LocalDate today;

    public ReportBuilder(I18n t, double tolerance, LocalDate today) {
        this.t = t;
        this.tolerance = tolerance;
        this.today = today;
    }

    /** Why a year cannot have a report, or empty when it can. */
    public Optional<String> refusal(Plan plan, int year) {
        int from = plan.info().periodStart();
        int to = plan.info().periodEnd();
        if (year < from || year > to) {
            return Optional.of(t.get("report.error.year", year, from, to));
        }
        return Optional.empty();
    }

    /** The plan with the actuals after {@code year} left out, so that everything is judged as of that year. */
    public static Plan asOf(Plan plan, int year) {
        List<Indicator> indicators = plan.indicators().stream().map(i -> new Indicator(i.code(), i.name(),
                i.category(), i.unit(), i.direction(), i.attribute(), i.growthKind(), i.statedRate(), i.table(),
                i.row(), i.chainCode(), i.source(), i.note(), i.values().stream()
                .filter(v -> v.kind() != Enums.ValueKind.ACTUAL || v.year() <= year).toList())).toList();
        return new Plan(plan.info(), plan.statements(), plan.zones(), plan.enterprises(), plan.chains(),
                plan.projects(), indicators, plan.thresholds(), plan.efficiencyClasses(), plan.monitoring(),
                plan.notes());
    }

    /** Indicators with a target for the end of the period, in the plan's order (表2-1 first). */
    public static List<Indicator> withTarget(Plan plan) {
        int end = plan.info().periodEnd();
        return plan.indicators().stream().filter(i -> i.target(end).isPresent()).toList();
    }

    /**
     * Builds the report. {@code narratives} are the stored sections for this year and kind.
     *
     * @throws IllegalArgumentException when {@link #refusal} has a reason
     */
    public Report build(Plan fullPlan, int year, ReportKind kind, Map<String, Narrative> narratives) {
        refusal(fullPlan, year).ifPresent(r -> {
            throw new IllegalArgumentException(r);
        });
        Plan plan = asOf(fullPlan, year);
        int base = plan.info().baseYear();
        int end = plan.info().periodEnd();
        int elapsed = year - base;
        int span = end - base;
        double timeProgress = elapsed / (double) span;
        List<Report.Block> blocks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        String kindTitle = switch (kind) {
            case ANNUAL -> t.get("report.doc.titleAnnual", year);
            case MIDTERM -> t.get("report.doc.titleMidterm");
            case FINAL -> t.get("report.doc.titleFinal");
        };
        List<String> titleLines = List.of(plan.info().title(), kindTitle);
        String subtitle = t.get("report.doc.subtitle", year, today.toString());
        int intended = kind.intendedYear(plan.info().periodStart(), end).orElse(year);
        if (intended != year) {
            warnings.add(t.get(kind == ReportKind.MIDTERM ? "report.warn.midtermYear" : "report.warn.finalYear",
                    intended, year));
        }

        // assessments as of the year
        List<Indicator> targeted = withTarget(plan);
        Map<String, Assessment> assess = new LinkedHashMap<>();
        Map<Assessment.Status, Integer> counts = new EnumMap<>(Assessment.Status.class);
        for (Assessment.Status s : Assessment.Status.values()) {
            counts.put(s, 0);
        }
        for (Indicator ind : targeted) {
            Assessment a = Assessment.of(ind, end, tolerance);
            assess.put(ind.code(), a);
            counts.merge(a.status(), 1, Integer::sum);
        }
        int withData = targeted.size() - counts.get(Assessment.Status.NO_DATA);

        // 一、总体情况
        blocks.add(new Report.Heading(1, t.get("report.doc.h1Overall")));
        String cycle = plan.monitoring().stream().filter(m -> m.code().equals(kind.wire())).findFirst()
                .map(MonitoringItem::source).orElse("");
        blocks.add(body(t.get("report.doc.intro", plan.info().title(), plan.info().documentNumber(),
                plan.info().periodStart(), end, base, plan.info().visionYear(), cycle, year, kindWord(kind))));
        if (intended != year) {
            blocks.add(note(t.get(kind == ReportKind.MIDTERM ? "report.doc.midtermYearNote"
                    : "report.doc.finalYearNote", intended, year)));
        }
        String time = t.get("report.doc.time", year, elapsed, span, percent(timeProgress));
        if (kind == ReportKind.MIDTERM) {
            time += t.get("report.doc.timeMidterm");
        } else if (kind == ReportKind.FINAL) {
            time += t.get("report.doc.timeFinal");
        }
        blocks.add(body(time));
        blocks.add(body(countsSentence(kind, targeted.size(), withData, counts)));
        List<String> keyValues = new ArrayList<>();
        for (Indicator ind : targeted) {
            Assessment a = assess.get(ind.code());
            a.latest().ifPresent(l -> keyValues.add(t.get("report.doc.keyValue", ind.name(), l.year(),
                    number(l.value()) + unit(ind), vintage(l.vintage()),
                    a.target().map(tg -> sign(tg) + number(tg.value()) + unit(ind)).orElse("—"),
                    statusWord(kind, a.status()))));
        }
        if (keyValues.isEmpty()) {
            blocks.add(body(t.get("report.doc.noActuals", year)));
        } else {
            blocks.add(body(t.get("report.doc.keyValues", year) + String.join("；", keyValues) + "。"));
        }
        plan.statements().stream().filter(s -> "vision".equals(s.kind())).findFirst().map(Statement::text)
                .ifPresent(v -> blocks.add(body(t.get("report.doc.vision", plan.info().visionYear(), v))));

        // 二、主要指标完成情况
        blocks.add(new Report.Heading(1, t.get("report.doc.h1Indicators")));
        blocks.add(new Report.Heading(2, t.get("report.doc.h2Table")));
        blocks.add(body(t.get(kind == ReportKind.FINAL ? "report.doc.tableIntroFinal" : "report.doc.tableIntro",
                targeted.size(), year, end, percent(tolerance))));
        List<Report.IndicatorRow> rows = new ArrayList<>();
        int n = 0;
        boolean anyComputed = false;
        for (Indicator ind : targeted) {
            Assessment a = assess.get(ind.code());
            String rate;
            if (ind.statedRate() != null) {
                rate = (ind.growthKind() == Enums.GrowthKind.CUMULATIVE ? t.get("report.doc.cumulative") : "")
                        + new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ROOT))
                        .format(ind.statedRate()) + "%";
            } else if (a.plannedRate().isPresent()) {
                rate = percent(a.plannedRate().getAsDouble()) + "*";
                anyComputed = true;
            } else {
                rate = "—";
            }
            String current = a.latest().map(l -> number(l.value()) + (l.year() == year
                    ? "（" + vintage(l.vintage()) + "）" : "（" + t.get("report.doc.yearVintage", l.year(),
                    vintage(l.vintage())) + "）")).orElse("—");
            String progress = a.valueProgress().isPresent() ? percent(a.valueProgress().getAsDouble()) : "—";
            rows.add(new Report.IndicatorRow(ind.code(), String.valueOf(++n), ind.name() + unitInBrackets(ind),
                    a.base().map(b -> number(b.value())).orElse("—"),
                    a.target().map(tg -> sign(tg) + number(tg.value())).orElse("—"), rate, attribute(ind),
                    current, progress, finalOrStatus(kind, a, year), a.status()));
        }
        List<List<String>> cells = rows.stream().map(Report.IndicatorRow::cells).toList();
        blocks.add(new Report.Table("indicators", t.get("report.doc.tableCaption", 1, year), header(base, end),
                cells, new int[] {520, 1340, 1160, 1160, 760, 740, 1150, 880, 1135}));
        StringBuilder tableNote = new StringBuilder(t.get("report.doc.tableNote", base, end));
        if (anyComputed) {
            tableNote.append(t.get("report.doc.tableNoteComputed"));
        }
        if (kind == ReportKind.MIDTERM) {
            tableNote.append(t.get("report.doc.tableNoteMidterm", percent(timeProgress)));
        }
        blocks.add(note(tableNote.toString()));

        blocks.add(new Report.Heading(2, t.get("report.doc.h2Counts")));
        blocks.add(body(countsSentence(kind, targeted.size(), withData, counts)));
        if (kind == ReportKind.MIDTERM) {
            long faster = assess.values().stream().filter(a -> a.valueProgress().isPresent()
                    && a.valueProgress().getAsDouble() >= timeProgress).count();
            blocks.add(body(t.get("report.doc.midtermPace", percent(timeProgress), faster, withData)));
        }

        blocks.add(new Report.Heading(2, t.get(kind == ReportKind.FINAL ? "report.doc.h2NotAchieved"
                : "report.doc.h2Lagging")));
        List<String> lagging = new ArrayList<>();
        for (Indicator ind : targeted) {
            Assessment a = assess.get(ind.code());
            boolean listed = kind == ReportKind.FINAL
                    ? a.status() != Assessment.Status.ACHIEVED && a.status() != Assessment.Status.NO_DATA
                    : a.status() == Assessment.Status.BEHIND || a.status() == Assessment.Status.FAR_BEHIND;
            if (listed) {
                lagging.add(laggingSentence(ind, a, kind, end));
            }
        }
        if (lagging.isEmpty()) {
            blocks.add(body(t.get(kind == ReportKind.FINAL ? "report.doc.noneNotAchieved" : "report.doc.noneLagging",
                    year)));
        } else {
            blocks.add(body(t.get(kind == ReportKind.FINAL ? "report.doc.notAchievedIntro"
                    : "report.doc.laggingIntro", lagging.size())));
            for (int i = 0; i < lagging.size(); i++) {
                blocks.add(body((i + 1) + "．" + lagging.get(i)));
            }
        }
        List<Report.Figure> figures = new ArrayList<>();
        List<Indicator> drawn = targeted.stream().filter(i -> {
            Assessment.Status s = assess.get(i.code()).status();
            return s == Assessment.Status.BEHIND || s == Assessment.Status.FAR_BEHIND;
        }).limit(2).toList();
        if (drawn.isEmpty()) {
            drawn = targeted.stream().filter(i -> assess.get(i.code()).latest().isPresent()).limit(2).toList();
        }
        if (drawn.isEmpty()) {
            drawn = targeted.stream().filter(Indicator::inMainTable).limit(1).toList();
        }
        for (Indicator ind : drawn) {
            Report.Figure f = new Report.Figure("indicator-" + ind.code(),
                    t.get("report.doc.figTrajectory", figures.size() + 1, ind.name()));
            figures.add(f);
            blocks.add(f);
        }

        // 三、重大项目与重点任务进展
        blocks.add(new Report.Heading(1, t.get("report.doc.h1Projects")));
        blocks.add(new Report.Heading(2, t.get("report.doc.h2Pipeline")));
        projects(plan, blocks);
        Report.Figure pipeline = new Report.Figure("pipeline-count",
                t.get("report.doc.figPipeline", figures.size() + 1));
        figures.add(pipeline);
        blocks.add(pipeline);
        blocks.add(new Report.Heading(2, t.get("report.doc.h2Chains")));
        chainLists(plan, blocks);
        if (plan.indicators().stream().anyMatch(i -> i.chainCode() != null && i.target(end).isPresent())) {
            blocks.add(body(t.get("report.doc.chainTargets")));
            Report.Figure chainTargets = new Report.Figure("chain-targets",
                    t.get("report.doc.figChainTargets", figures.size() + 1));
            figures.add(chainTargets);
            blocks.add(chainTargets);
        }
        List<String> stats = plan.monitoring().stream().filter(m -> "statistic".equals(m.kind()))
                .map(MonitoringItem::name).toList();
        if (!stats.isEmpty()) {
            blocks.add(new Report.Heading(2, t.get("report.doc.h2Statistics")));
            blocks.add(body(t.get("report.doc.statistics", String.join("、", stats))));
        }

        // 四、存在问题 五、下一步工作
        List<String> empty = new ArrayList<>();
        narrative(blocks, t.get("report.doc.h1Problems"), narratives.get(Narrative.PROBLEMS), Narrative.PROBLEMS,
                empty);
        narrative(blocks, t.get("report.doc.h1NextSteps"), narratives.get(Narrative.NEXT_STEPS),
                Narrative.NEXT_STEPS, empty);
        if (!empty.isEmpty()) {
            warnings.add(t.get("report.warn.empty"));
        }
        String fileName = t.get("report.fileName", plan.info().title(), kindTitle.replace(" ", ""));
        return new Report(kind, year, fileName, titleLines, subtitle, blocks, rows, counts, lagging, warnings, empty,
                plan);
    }

    private List<String> header(int base, int end) {
        return List.of(t.get("report.doc.colNo"), t.get("report.doc.colIndicator"),
                t.get("report.doc.colBase", base), t.get("report.doc.colTarget", end), t.get("report.doc.colRate"),
                t.get("report.doc.colAttribute"), t.get("report.doc.colCurrent"), t.get("report.doc.colProgress"),
                t.get("report.doc.colStatus"));
    }

    private void narrative(List<Report.Block> blocks, String heading, Narrative n, String key, List<String> empty) {
        blocks.add(new Report.Heading(1, heading));
        if (n == null || n.text().isBlank()) {
            empty.add(key);
            blocks.add(new Report.Paragraph(t.get("report.doc.notWritten"), Report.Paragraph.Style.PLACEHOLDER));
            return;
        }
        for (String line : n.text().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String s = line.strip();
            // a line the user wrote as a heading ("（一）…") is set as 二级标题
            if (s.matches("^[（(][一二三四五六七八九十]+[）)].{0,40}$") && !s.endsWith("。")) {
                blocks.add(new Report.Heading(2, s.replace('(', '（').replace(')', '）')));
            } else {
                blocks.add(body(s));
            }
        }
    }

    private String countsSentence(ReportKind kind, int total, int withData, Map<Assessment.Status, Integer> c) {
        if (kind == ReportKind.FINAL) {
            int achieved = c.get(Assessment.Status.ACHIEVED);
            return t.get("report.doc.countsFinal", total, withData, achieved, withData - achieved,
                    c.get(Assessment.Status.NO_DATA));
        }
        return t.get("report.doc.counts", total, withData, c.get(Assessment.Status.ACHIEVED),
                c.get(Assessment.Status.AHEAD), c.get(Assessment.Status.ON_TRACK), c.get(Assessment.Status.BEHIND),
                c.get(Assessment.Status.FAR_BEHIND), c.get(Assessment.Status.NO_DATA));
    }

    private String laggingSentence(Indicator ind, Assessment a, ReportKind kind, int end) {
        YearValue l = a.latest().orElseThrow();
        StringBuilder b = new StringBuilder(t.get("report.doc.laggingValue", ind.name(), l.year(),
                number(l.value()) + unit(ind), vintage(l.vintage()), statusWord(kind, a.status())));
        if (kind != ReportKind.FINAL && a.plannedAtLatest().isPresent()) {
            b.append(t.get("report.doc.laggingPath", number(round(a.plannedAtLatest().getAsDouble())) + unit(ind)));
        }
        if (a.status() == Assessment.Status.FAR_BEHIND) {
            b.append(t.get("report.doc.laggingAway", a.base().map(v -> number(v.value()) + unit(ind)).orElse("—")));
        }
        a.target().ifPresent(tg -> {
            double gap = tg.value() - l.value();
            b.append(t.get("report.doc.laggingGap", end, sign(tg) + number(tg.value()) + unit(ind),
                    number(round(Math.abs(gap))) + unit(ind)));
        });
        OptionalDouble required = a.requiredRate();
        if (kind != ReportKind.FINAL && required.isPresent()) {
            b.append(t.get("report.doc.laggingRequired", end, percent(required.getAsDouble())));
            if (ind.statedRate() != null) {
                b.append(t.get("report.doc.laggingStated", new DecimalFormat("0.0",
                        DecimalFormatSymbols.getInstance(Locale.ROOT)).format(ind.statedRate()) + "%"));
            } else if (a.plannedRate().isPresent()) {
                b.append(t.get("report.doc.laggingPlanned", percent(a.plannedRate().getAsDouble())));
            }
        }
        if (a.bindingWarning()) {
            b.append(t.get("report.doc.binding"));
        }
        return b.append("。").toString();
    }

    private void projects(Plan plan, List<Report.Block> blocks) {
        List<Project> all = plan.projects();
        long unset = all.stream().filter(p -> p.stage() == null).count();
        long invested = all.stream().filter(p -> p.investmentWan() != null).count();
        blocks.add(body(t.get("report.doc.projectsIntro", all.size(), plan.chains().size(), unset, invested)));
        List<String> header = new ArrayList<>(List.of(t.get("report.doc.colChain"), t.get("report.doc.colCount")));
        for (Enums.ProjectStage s : Enums.ProjectStage.values()) {
            header.add(stageWord(s));
        }
        header.add(t.get("common.unset"));
        header.add(t.get("report.doc.colInvestment"));
        List<List<String>> rows = new ArrayList<>();
        List<String> groups = new ArrayList<>(plan.chains().stream().map(Chain::code).toList());
        groups.add(null);
        for (String code : groups) {
            List<Project> ps = all.stream().filter(p -> code == null
                    ? p.chainCode() == null || plan.chain(p.chainCode()).isEmpty()
                    : code.equals(p.chainCode())).toList();
            if (ps.isEmpty()) {
                continue;
            }
            String name = code == null ? t.get("project.crossCutting") : plan.chain(code).get().name();
            rows.add(stageRow(name, ps));
        }
        rows.add(stageRow(t.get("report.doc.total"), all));
        blocks.add(new Report.Table("projects", t.get("report.doc.projectsCaption", 2), header, rows,
                new int[] {2000, 800, 800, 800, 800, 800, 1000, 1845}));
    }

    private List<String> stageRow(String name, List<Project> ps) {
        List<String> row = new ArrayList<>(List.of(name, String.valueOf(ps.size())));
        for (Enums.ProjectStage s : Enums.ProjectStage.values()) {
            row.add(String.valueOf(ps.stream().filter(p -> p.stage() == s).count()));
        }
        row.add(String.valueOf(ps.stream().filter(p -> p.stage() == null).count()));
        List<Project> known = ps.stream().filter(p -> p.investmentWan() != null).toList();
        row.add(known.isEmpty() ? t.get("common.unset") : number(round(known.stream()
                .mapToDouble(Project::investmentWan).sum() / 10000.0)) + (known.size() < ps.size()
                ? t.get("report.doc.knownOf", known.size()) : ""));
        return row;
    }

    private void chainLists(Plan plan, List<Report.Block> blocks) {
        int i = 0;
        List<String> groups = new ArrayList<>(plan.chains().stream().map(Chain::code).toList());
        groups.add(null);
        for (String code : groups) {
            List<Project> ps = plan.projects().stream().filter(p -> code == null
                    ? p.chainCode() == null || plan.chain(p.chainCode()).isEmpty()
                    : code.equals(p.chainCode())).toList();
            if (ps.isEmpty()) {
                continue;
            }
            String name = code == null ? t.get("project.crossCutting") : plan.chain(code).map(c -> c.brand() == null
                    ? c.name() : c.name() + "（" + c.brand() + "）").orElse(code);
            List<String> items = new ArrayList<>();
            for (Project p : ps) {
                String stage = p.stage() == null ? t.get("common.unset") : stageWord(p.stage());
                String inv = p.investmentWan() == null ? "" : "，" + t.get("report.doc.investmentOf",
                        number(round(p.investmentWan() / 10000.0)));
                items.add(p.name() + "（" + stage + inv + "）");
            }
            blocks.add(body(t.get("report.doc.chainProjects", ++i, name, ps.size(), String.join("；", items))));
        }
    }

    // ------------------------------------------------------------------ words

    private Report.Paragraph body(String text) {
        return new Report.Paragraph(text, Report.Paragraph.Style.BODY);
    }

    private Report.Paragraph note(String text) {
        return new Report.Paragraph(text, Report.Paragraph.Style.NOTE);
    }

    private String kindWord(ReportKind k) {
        return switch (k) {
            case ANNUAL -> t.get("report.kind.annual");
            case MIDTERM -> t.get("report.kind.midterm");
            case FINAL -> t.get("report.kind.final");
        };
    }

    /** As {@link #statusWord}, but a target not met on data older than the report year is 暂未实现, not 未实现. */
    private String finalOrStatus(ReportKind kind, Assessment a, int year) {
        if (kind == ReportKind.FINAL && a.status() != Assessment.Status.ACHIEVED
                && a.status() != Assessment.Status.NO_DATA && a.latest().map(l -> l.year() < year).orElse(false)) {
            return t.get("report.doc.notYetAchieved");
        }
        return statusWord(kind, a.status());
    }

    /** The status column's word: the evaluation vocabulary, or for the final report achieved / not achieved. */
    public String statusWord(ReportKind kind, Assessment.Status s) {
        if (kind == ReportKind.FINAL && s != Assessment.Status.NO_DATA) {
            return s == Assessment.Status.ACHIEVED ? t.get("report.doc.achieved") : t.get("report.doc.notAchieved");
        }
        return cn.yanggu.workbench.app.Words.status(t, s);
    }

    private String stageWord(Enums.ProjectStage s) {
        return cn.yanggu.workbench.app.Words.stage(t, s);
    }

    private String vintage(Enums.Vintage v) {
        return v == null ? t.get("report.doc.vintageUnknown") : cn.yanggu.workbench.app.Words.vintage(t, v);
    }

    private String attribute(Indicator ind) {
        if (ind.attribute() == null) {
            return t.get("common.unset");
        }
        return ind.attribute() == Enums.Attribute.BINDING ? t.get("attribute.binding") : t.get("attribute.expected");
    }

    private static String unit(Indicator ind) {
        return ind.unit() == null ? "" : ind.unit();
    }

    private static String unitInBrackets(Indicator ind) {
        return ind.unit() == null ? "" : "（" + ind.unit() + "）";
    }

    private static String sign(YearValue v) {
        return v.comparator() == null || v.comparator() == Enums.Comparator.EQ ? "" : v.comparator().sign();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static String number(double v) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }

    static String percent(double fraction) {
        return Growth.percent(fraction, 1).toPlainString() + "%";
    }
}
