package cn.yanggu.workbench.app.reports;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Judgements;
import cn.yanggu.workbench.app.versions.VersionText;
import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.domain.AdjustmentSuggestion;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Figures;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.domain.MonitoringItem;
import cn.yanggu.workbench.domain.Narrative;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.ReportKind;
import cn.yanggu.workbench.domain.Statement;
import cn.yanggu.workbench.domain.YearValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds a report from the plan for a year and a kind, worded as the bureau writes: 一、总体情况, 二、主要指标完成情况
 * (the indicator table, status counts, change on the year before, lagging indicators; for the mid-term evaluation
 * also targets at risk, chain targets and proposed adjustments), 三、重大项目与重点任务进展, 四、存在问题 and 五、下一步工作
 * (the users' text), figures, and the 落款. Every judgement is {@link Judgements}'s, as of the report year: only
 * actuals up to it count, and when they end earlier the report says so and calls nothing 未实现 for want of data.
 *
 * <p>The plan names the three kinds but no years: that the mid-term evaluation is for 2023 and the final one for 2025
 * is the bureau's arrangement ({@link ReportKind#intendedYear}), and the document says so.
 */
public final class ReportBuilder {
    private final I18n t;
    private final Judgements words;
    private final double tolerance;
    private final LocalDate today;
    private final List<Lead> leads;
    private final ChainMap map;

    public ReportBuilder(I18n t, double tolerance, LocalDate today) {
        this(t, tolerance, today, List.of(), new ChainMap(List.of()));
    }

    private ReportBuilder(I18n t, double tolerance, LocalDate today, List<Lead> leads, ChainMap map) {
        this.t = t;
        this.words = new Judgements(t);
        this.tolerance = tolerance;
        this.today = today;
        this.leads = List.copyOf(leads);
        this.map = map;
    }

    /** The same builder with the 招商项目库 ({@code leads}, their links in {@code map}) for section 三. */
    public ReportBuilder withLeads(List<Lead> leads, ChainMap map) {
        return new ReportBuilder(t, tolerance, today, leads, map);
    }

    /** Why a year cannot have a report, or empty when it can. */
    public Optional<String> refusal(Plan plan, int year) {
        int from = plan.info().periodStart();
        int to = cn.yanggu.workbench.domain.Successors.lastEnd(plan);
        if (year < from || year > to) {
            return Optional.of(t.get("report.error.year", year, from, to));
        }
        return Optional.empty();
    }

    /** The plan with the actuals after {@code year} left out, so that everything is judged as of that year. */
    public static Plan asOf(Plan plan, int year) {
        return plan.asOf(year);
    }

    /** Builds the report signed by the default issuing unit. */
    public Report build(Plan fullPlan, int year, ReportKind kind, Map<String, Narrative> narratives) {
        return build(fullPlan, year, kind, narratives, Narratives.DEFAULT_ISSUER);
    }

    /**
     * Builds the report. {@code narratives} are the stored sections for this year and kind; {@code issuer} signs it.
     *
     * @throws IllegalArgumentException when {@link #refusal} has a reason
     */
    public Report build(Plan fullPlan, int year, ReportKind kind, Map<String, Narrative> narratives, String issuer) {
        refusal(fullPlan, year).ifPresent(r -> {
            throw new IllegalArgumentException(r);
        });
        Plan plan = asOf(fullPlan, year);
        // the period the year is in: the plan's own, or an approved successor's (2026–2030 from its 2025 base)
        cn.yanggu.workbench.domain.Successors.Period period = Judgements.period(plan, year);
        int base = period.baseYear();
        int start = period.start();
        int end = period.end();
        int elapsed = year - base;
        int span = end - base;
        double timeProgress = elapsed / (double) span;
        OptionalInt dataYear = Judgements.dataYear(plan, year);
        List<Report.Block> blocks = new ArrayList<>();
        List<String> warnings = new ArrayList<>();

        String kindTitle = switch (kind) {
            case ANNUAL -> t.get("report.doc.titleAnnual", year);
            case MIDTERM -> t.get("report.doc.titleMidterm");
            case FINAL -> t.get("report.doc.titleFinal");
        };
        List<String> titleLines = List.of(plan.info().title(), kindTitle);
        String subtitle = dataYear.isPresent() ? t.get("report.doc.subtitle", year, dataYear.getAsInt())
                : t.get("report.doc.subtitleNoData", year);
        int intended = kind.intendedYear(start, end).orElse(year);
        if (intended != year) {
            warnings.add(t.get(kind == ReportKind.MIDTERM ? "report.warn.midtermYear" : "report.warn.finalYear",
                    intended, year));
        }
        boolean stale = dataYear.isPresent() && dataYear.getAsInt() < year;
        if (stale) {
            warnings.add(t.get("report.warn.stale", year, dataYear.getAsInt()));
        }

        // the judgements as of the year
        List<Assessment> all = Judgements.assess(plan, year, tolerance);
        Map<String, Assessment> assess = new LinkedHashMap<>();
        Map<Assessment.Status, Integer> counts = new EnumMap<>(Assessment.Status.class);
        for (Assessment.Status s : Assessment.Status.values()) {
            counts.put(s, 0);
        }
        for (Assessment a : all) {
            assess.put(a.indicator().code(), a);
            counts.merge(a.status(), 1, Integer::sum);
        }
        List<Indicator> judged = all.stream().map(Assessment::indicator).toList();

        // 一、总体情况
        blocks.add(new Report.Heading(1, t.get("report.doc.h1Overall")));
        String cycle = plan.monitoring().stream().filter(m -> m.code().equals(kind.wire())).findFirst()
                .map(MonitoringItem::source).orElse("");
        VersionText versionText = new VersionText(t);
        String document = period.successor().map(v -> t.get("report.doc.successorDocument",
                plan.info().documentNumber(), versionText.name(v), versionText.document(v)))
                .orElse(plan.info().documentNumber());
        blocks.add(body(t.get("report.doc.intro", plan.info().title(), document, start, end, base, plan.info().visionYear(), cycle, year, kindWord(kind))));
        if (kind != ReportKind.ANNUAL) {
            int mid = ReportKind.MIDTERM.intendedYear(start, end).orElse(year);
            int fin = ReportKind.FINAL.intendedYear(start, end).orElse(end);
            String arrangement = t.get("report.doc.arrangement", mid, fin);
            if (intended != year) {
                arrangement = t.get(kind == ReportKind.MIDTERM ? "report.doc.midtermYearNote"
                        : "report.doc.finalYearNote", intended, year);
            }
            blocks.add(body(arrangement));
        }
        String time = t.get("report.doc.time", year, elapsed, span, Judgements.percent(timeProgress));
        if (kind == ReportKind.MIDTERM) {
            time += t.get("report.doc.timeMidterm");
        } else if (kind == ReportKind.FINAL) {
            time += t.get("report.doc.timeFinal");
        }
        if (stale) {
            time += t.get("report.doc.staleNote", year, dataYear.getAsInt());
        }
        blocks.add(body(time));
        String counted = countsSentence(kind, all, year, end);
        blocks.add(body(counted));
        List<String> keyValues = new ArrayList<>();
        for (Assessment a : all) {
            Indicator ind = a.indicator();
            a.latest().ifPresent(l -> keyValues.add(a.target().isPresent()
                    ? t.get("report.doc.keyValue", ind.name(), l.year(), words.value(ind, l.value()),
                    words.vintage(l.vintage()), a.target().get().year(), words.target(ind, a.target().get()),
                    statusWord(kind, a))
                    : t.get("report.doc.keyValueDirection", ind.name(), l.year(), words.value(ind, l.value()),
                    words.vintage(l.vintage()), directionWord(ind), statusWord(kind, a))));
        }
        if (!keyValues.isEmpty()) {
            blocks.add(body(t.get("report.doc.keyValues") + String.join(semi(), keyValues) + stop()));
        }
        plan.statements().stream().filter(s -> "vision".equals(s.kind())).findFirst().map(Statement::text)
                .ifPresent(v -> blocks.add(body(t.get("report.doc.vision", plan.info().visionYear(), v))));

        // 二、主要指标完成情况
        blocks.add(new Report.Heading(1, t.get("report.doc.h1Indicators")));
        blocks.add(new Report.Heading(2, t.get("report.doc.h2Table")));
        blocks.add(body(kind == ReportKind.FINAL
                ? t.get("report.doc.tableIntroFinal", judged.size(), year, end)
                : t.get("report.doc.tableIntro", judged.size(), year, end, Judgements.percent(tolerance))));
        // which version of the plan the targets are from: always said in the final report, and whenever an
        // approved adjustment applies to the year; each adjusted target is named with the original beside it
        List<String> adjustedTargets = new ArrayList<>();
        for (Assessment a : all) {
            Indicator ind = a.indicator();
            a.target().ifPresent(tg -> Judgements.originalTarget(plan, ind, tg).ifPresent(o ->
                    adjustedTargets.add(t.get("report.doc.adjustedTarget", ind.name(), tg.year(),
                            words.target(ind, o), words.target(ind, tg)))));
        }
        if (kind == ReportKind.FINAL || !adjustedTargets.isEmpty() || period.successor().isPresent()) {
            blocks.add(body(versionText.judgedAgainst(plan, year) + (adjustedTargets.isEmpty() ? stop()
                    : t.get("report.doc.adjustedTargets", String.join(semi(), adjustedTargets)))));
        }
        List<Report.IndicatorRow> rows = new ArrayList<>();
        int n = 0;
        boolean anyComputed = false;
        for (Assessment a : all) {
            Indicator ind = a.indicator();
            String rate;
            if (a.basis() == Assessment.Basis.DIRECTION) {
                rate = "—";
            } else if (ind.statedRate() != null) {
                rate = (a.additive() ? t.get("report.doc.cumulative") : "") + Figures.format(ind.statedRate(), 1)
                        + "%";
            } else if (a.plannedRate().isPresent() && !a.additive()) {
                rate = Judgements.percent(a.plannedRate().getAsDouble()) + "*";
                anyComputed = true;
            } else {
                rate = "—";
            }
            String current = a.latest().map(l -> Figures.recorded(ind, l.value()) + "（" + (l.year() == year
                    ? words.vintage(l.vintage()) : t.get("report.doc.yearVintage", l.year(),
                    words.vintage(l.vintage()))) + "）").orElse("—");
            String progress = a.valueProgress().isPresent() ? Judgements.percent(a.valueProgress().getAsDouble())
                    : "—";
            String unit = Judgements.unit(ind);
            rows.add(new Report.IndicatorRow(ind.code(), String.valueOf(++n), ind.name()
                    + (unit.isEmpty() ? "" : "（" + unit + "）"),
                    a.base().map(b -> Figures.recorded(ind, b.value())).orElse("—"),
                    a.target().map(tg -> Judgements.sign(tg) + Figures.recorded(ind, tg.value())
                                    + Judgements.originalTarget(plan, ind, tg)
                                    .map(o -> t.get("report.doc.originalTarget", Judgements.sign(o)
                                            + Figures.recorded(ind, o.value()))).orElse(""))
                            .orElse(a.basis() == Assessment.Basis.DIRECTION ? directionWord(ind) : "—"),
                    rate, attribute(ind), current, progress, statusWord(kind, a), a.status()));
        }
        List<List<String>> cells = rows.stream().map(Report.IndicatorRow::cells).toList();
        blocks.add(new Report.Table("indicators", t.get("report.doc.tableCaption", 1, year), header(base, end),
                cells, new int[] {520, 1340, 1160, 1160, 760, 740, 1150, 880, 1135}));
        StringBuilder tableNote = new StringBuilder(t.get("report.doc.tableNote", base));
        if (anyComputed) {
            tableNote.append(t.get("report.doc.tableNoteComputed"));
        }
        if (kind == ReportKind.MIDTERM) {
            tableNote.append(t.get("report.doc.tableNoteMidterm", Judgements.percent(timeProgress)));
        }
        blocks.add(note(tableNote.toString()));

        blocks.add(new Report.Heading(2, t.get("report.doc.h2Counts")));
        blocks.add(body(counted));
        if (kind == ReportKind.MIDTERM) {
            List<Assessment> paced = all.stream().filter(a -> a.valueProgress().isPresent()).toList();
            long faster = paced.stream().filter(a -> a.valueProgress().getAsDouble() >= timeProgress).count();
            blocks.add(body(t.get("report.doc.midtermPace", Judgements.percent(timeProgress), faster,
                    paced.size())));
            groupPace(paced, timeProgress).ifPresent(s -> blocks.add(body(s)));
        }

        // 比上年
        blocks.add(new Report.Heading(2, t.get("report.doc.h2Change")));
        blocks.add(body(changeSentence(all, dataYear.orElse(year))));

        // lagging / not achieved
        List<String> lagging = new ArrayList<>();
        blocks.add(new Report.Heading(2, t.get(kind == ReportKind.FINAL ? "report.doc.h2NotAchieved"
                : "report.doc.h2Lagging")));
        List<Assessment> drawn;
        if (kind == ReportKind.FINAL) {
            List<Assessment> targets = all.stream().filter(a -> a.basis() != Assessment.Basis.DIRECTION).toList();
            List<Assessment> notAchieved = targets.stream()
                    .filter(a -> a.verdict() == Assessment.Verdict.NOT_ACHIEVED).toList();
            List<Assessment> notYet = targets.stream().filter(a -> a.verdict() == Assessment.Verdict.NOT_YET)
                    .toList();
            List<Assessment> early = targets.stream()
                    .filter(a -> a.verdict() == Assessment.Verdict.ACHIEVED_EARLIER).toList();
            List<Assessment> missed = all.stream().filter(a -> a.status() == Assessment.Status.DIRECTION_MISSED)
                    .toList();
            if (!notAchieved.isEmpty()) {
                blocks.add(body(t.get("report.doc.notAchievedIntro", notAchieved.size(), year)));
                numbered(blocks, notAchieved, kind, lagging);
            }
            if (!notYet.isEmpty()) {
                blocks.add(body(t.get("report.doc.notYetIntro", notYet.size(), year,
                        dataYear.orElse(year))));
                numbered(blocks, notYet, kind, lagging);
            }
            if (!missed.isEmpty()) {
                blocks.add(body(t.get("report.doc.directionMissedIntro", missed.size())));
                numbered(blocks, missed, kind, lagging);
            }
            if (!early.isEmpty()) {
                blocks.add(body(t.get("report.doc.achievedEarlierIntro", early.size(), year,
                        String.join(enumeration(), early.stream().map(a -> a.indicator().name()).toList()))));
            }
            if (notAchieved.isEmpty() && notYet.isEmpty() && missed.isEmpty()) {
                blocks.add(body(t.get("report.doc.noneNotAchieved", year)));
            }
            // drawn: the targets missed, and those not yet reached that are behind their path
            drawn = new ArrayList<>(notAchieved);
            notYet.stream().filter(a -> a.status().lagging()).forEach(drawn::add);
        } else {
            List<Assessment> behind = all.stream().filter(a -> a.status().lagging()).toList();
            if (behind.isEmpty()) {
                blocks.add(body(t.get("report.doc.noneLagging", year)));
            } else {
                blocks.add(body(t.get("report.doc.laggingIntro", behind.size())));
                numbered(blocks, behind, kind, lagging);
            }
            drawn = behind;
        }
        if (kind == ReportKind.MIDTERM) {
            midterm(plan, all, blocks, dataYear.orElse(year), end);
        }
        List<Report.Figure> figures = new ArrayList<>();
        List<Indicator> toDraw = drawn.stream().map(Assessment::indicator)
                .filter(i -> i.target(end).isPresent()).toList();
        if (toDraw.isEmpty()) {
            toDraw = all.stream().filter(a -> a.latest().isPresent() && a.target().isPresent())
                    .map(Assessment::indicator).limit(2).toList();
        }
        if (toDraw.isEmpty()) {
            toDraw = judged.stream().filter(Indicator::inMainTable).limit(1).toList();
        }
        for (Indicator ind : toDraw) {
            Report.Figure f = new Report.Figure("indicator-" + ind.code(),
                    t.get("report.doc.figTrajectory", figures.size() + 1, ind.name()));
            figures.add(f);
            blocks.add(f);
        }

        // 三、重大项目与重点任务进展
        blocks.add(new Report.Heading(1, t.get("report.doc.h1Projects")));
        blocks.add(new Report.Heading(2, t.get("report.doc.h2Pipeline")));
        // the key projects in force for the year: those approved versions added, not those they dropped
        for (cn.yanggu.workbench.domain.PlanVersion v : cn.yanggu.workbench.domain.PlanVersions.approved(
                plan.versions())) {
            if (v.fromYear() <= year && !v.projects().isEmpty()) {
                List<String> changes = v.projects().stream().map(c -> versionText.project(plan, c)).toList();
                blocks.add(body(t.get("report.doc.projectsByVersion", versionText.name(v), versionText.document(v),
                        v.fromYear(), String.join(comma(), changes))));
            }
        }
        if (projects(plan.withProjectsInForce(year), blocks)) {
            Report.Figure pipeline = new Report.Figure("pipeline-count",
                    t.get("report.doc.figPipeline", figures.size() + 1));
            figures.add(pipeline);
            blocks.add(pipeline);
        }
        blocks.add(new Report.Heading(2, t.get("report.doc.h2Chains")));
        chainLists(plan.withProjectsInForce(year), blocks);
        boolean chainActuals = plan.indicators().stream().anyMatch(i -> i.chainCode() != null
                && i.target(end).isPresent() && Assessment.latestActual(i, year).isPresent());
        if (chainActuals) {
            blocks.add(body(t.get("report.doc.chainTargets")));
            Report.Figure chainTargets = new Report.Figure("chain-targets",
                    t.get("report.doc.figChainTargets", figures.size() + 1));
            figures.add(chainTargets);
            blocks.add(chainTargets);
        }
        leads(plan, year, blocks);
        List<String> stats = plan.monitoring().stream().filter(m -> "statistic".equals(m.kind()))
                .map(MonitoringItem::name).toList();
        if (!stats.isEmpty()) {
            blocks.add(new Report.Heading(2, t.get("report.doc.h2Statistics", nextNumeral(blocks))));
            blocks.add(body(t.get("report.doc.statistics", String.join(enumeration(), stats))));
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
        blocks.add(new Report.Signature(issuer == null || issuer.isBlank() ? Narratives.DEFAULT_ISSUER : issuer,
                chineseDate(today)));
        String fileName = t.get("report.fileName", plan.info().title(), kindTitle.replace(" ", ""));
        return new Report(kind, year, fileName, titleLines, subtitle, blocks, rows, counts, lagging, warnings, empty,
                plan);
    }

    /** 成文日期 as the bureau writes it: 2026年11月30日. */
    public String chineseDate(LocalDate d) {
        return t.get("report.doc.date", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
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

    // ------------------------------------------------------------------ sentences

    /** "纳入评估的指标共N项…：提前实现2项、滞后1项…" — zero counts left out; the final report counts verdicts. */
    private String countsSentence(ReportKind kind, List<Assessment> all, int year, int end) {
        long withTarget = all.stream().filter(a -> a.target().isPresent()).count();
        long direction = all.size() - withTarget;
        long withData = all.stream().filter(a -> a.latest().isPresent()).count();
        if (withData == 0) {
            return t.get("report.doc.countsNone", all.size(), year);
        }
        List<String> parts = new ArrayList<>();
        if (kind == ReportKind.FINAL) {
            Map<Assessment.Verdict, Integer> v = new EnumMap<>(Assessment.Verdict.class);
            Map<Assessment.Status, Integer> d = new EnumMap<>(Assessment.Status.class);
            all.forEach(a -> {
                if (a.basis() == Assessment.Basis.DIRECTION) {
                    d.merge(a.status(), 1, Integer::sum);
                } else {
                    v.merge(a.verdict(), 1, Integer::sum);
                }
            });
            for (Assessment.Verdict x : Assessment.Verdict.values()) {
                if (x != Assessment.Verdict.NO_DATA && v.getOrDefault(x, 0) > 0) {
                    parts.add(t.get("report.doc.countItem", Words.verdict(t, x), v.get(x)));
                }
            }
            for (Assessment.Status x : List.of(Assessment.Status.DIRECTION_MET, Assessment.Status.DIRECTION_MISSED)) {
                if (d.getOrDefault(x, 0) > 0) {
                    parts.add(t.get("report.doc.countItem", Words.status(t, x), d.get(x)));
                }
            }
        } else {
            Map<Assessment.Status, Integer> c = new EnumMap<>(Assessment.Status.class);
            all.forEach(a -> c.merge(a.status(), 1, Integer::sum));
            for (Assessment.Status s : Assessment.Status.values()) {
                if (s != Assessment.Status.NO_DATA && c.getOrDefault(s, 0) > 0) {
                    parts.add(t.get("report.doc.countItem", Words.status(t, s), c.get(s)));
                }
            }
        }
        long noData = all.size() - withData;
        String list = String.join(comma(), parts) + (noData > 0 ? semi() + t.get("report.doc.countNoData", noData) : "");
        return t.get("report.doc.counts", all.size(), withTarget, direction, withData, list, end);
    }

    /** The mid-term's average value progress per indicator group against time progress. */
    private Optional<String> groupPace(List<Assessment> paced, double timeProgress) {
        Map<String, List<Assessment>> groups = new LinkedHashMap<>();
        paced.forEach(a -> groups.computeIfAbsent(a.indicator().category(), k -> new ArrayList<>()).add(a));
        if (groups.isEmpty()) {
            return Optional.empty();
        }
        List<String> items = new ArrayList<>();
        groups.forEach((group, list) -> {
            double avg = list.stream().mapToDouble(a -> Math.min(1.5, a.valueProgress().getAsDouble())).average()
                    .orElse(0);
            double diff = (avg - timeProgress) * 100;
            String versus = Math.abs(diff) < 0.05 ? t.get("report.doc.paceEqual")
                    : t.get(diff > 0 ? "report.doc.paceAbove" : "report.doc.paceBelow", Figures.format(Math.abs(diff),
                    1));
            items.add(t.get("report.doc.groupPaceItem", group, list.size(), Judgements.percent(avg), versus));
        });
        return Optional.of(t.get("report.doc.groupPace", String.join(semi(), items)));
    }

    /** 比上年: every indicator with actuals for the year and the year before, the largest rise and fall named. */
    private String changeSentence(List<Assessment> all, int year) {
        List<Assessment> both = all.stream().filter(a -> a.latest().map(l -> l.year() == year).orElse(false)
                && a.previous().isPresent()).toList();
        if (both.isEmpty()) {
            return t.get("report.doc.changeNone", year, year - 1);
        }
        List<String> items = both.stream().map(a -> t.get("report.doc.changeItem", a.indicator().name(),
                words.changeFromPrevious(a))).toList();
        StringBuilder b = new StringBuilder(t.get("report.doc.changeIntro", year, year - 1, both.size(),
                String.join(semi(), items)));
        Comparator<Assessment> byChange = Comparator.comparingDouble(this::relativeChange);
        Optional<Assessment> up = both.stream().filter(a -> a.changeFromPrevious().getAsDouble() > 0).max(byChange);
        Optional<Assessment> down = both.stream().filter(a -> a.changeFromPrevious().getAsDouble() < 0)
                .min(byChange);
        if (up.isPresent() && down.isPresent()) {
            b.append(t.get("report.doc.changeLargest", up.get().indicator().name(), down.get().indicator().name()));
        } else if (up.isPresent()) {
            b.append(t.get("report.doc.changeLargestUp", up.get().indicator().name()));
        } else if (down.isPresent()) {
            b.append(t.get("report.doc.changeLargestDown", down.get().indicator().name()));
        }
        return b.toString();
    }

    /** The change used to rank rises and falls: relative, or in points for a percentage. */
    private double relativeChange(Assessment a) {
        if ("%".equals(a.indicator().unit())) {
            return a.changeFromPrevious().getAsDouble() / 100.0;
        }
        return a.relativeChangeFromPrevious().orElse(Math.signum(a.changeFromPrevious().getAsDouble()));
    }

    private void numbered(List<Report.Block> blocks, List<Assessment> list, ReportKind kind, List<String> out) {
        for (Assessment a : list) {
            String s = laggingSentence(a, kind);
            out.add(s);
            blocks.add(body(out.size() + "．" + s));
        }
    }

    private String laggingSentence(Assessment a, ReportKind kind) {
        Indicator ind = a.indicator();
        YearValue l = a.latest().orElseThrow();
        StringBuilder b = new StringBuilder(t.get("report.doc.laggingValue", ind.name(), l.year(),
                words.value(ind, l.value()), words.vintage(l.vintage()), statusWord(kind, a)));
        if (a.basis() == Assessment.Basis.DIRECTION) {
            String change = words.changeFromPrevious(a);
            b.append(t.get("report.doc.laggingDirection", change.isEmpty() ? words.status(a) : change,
                    directionWord(ind)));
            if (a.bindingWarning()) {
                b.append(t.get("report.doc.binding"));
            }
            return b.append(stop()).toString();
        }
        if (kind != ReportKind.FINAL && a.plannedAtLatest().isPresent() && a.status() == Assessment.Status.BEHIND) {
            b.append(t.get("report.doc.laggingPath", words.computed(ind, a.plannedAtLatest().getAsDouble())));
        }
        if (a.status() == Assessment.Status.FAR_BEHIND && a.start().isPresent()) {
            YearValue s = a.start().get();
            b.append(t.get("report.doc.laggingAway", a.basis() == Assessment.Basis.PATH
                    ? t.get("report.doc.laggingStart", words.value(ind, s.value()))
                    : t.get("report.doc.laggingFirst", s.year(), words.value(ind, s.value()))));
        }
        a.target().ifPresent(tg -> {
            b.append(a.atBound() ? t.get("report.doc.laggingAtBound", tg.year(), words.target(ind, tg))
                    : t.get("report.doc.laggingGap", tg.year(), words.target(ind, tg), words.gap(a)));
        });
        String required = words.required(a);
        if (kind != ReportKind.FINAL && !required.isEmpty()) {
            b.append(t.get("report.doc.laggingRequired", required));
            if (ind.statedRate() != null && !a.additive()) {
                b.append(t.get("report.doc.laggingStated", words.planRate(a)));
            } else if (!words.planRate(a).isEmpty()) {
                b.append(t.get("report.doc.laggingPlanned", words.planRate(a)));
            }
        }
        if (a.bindingWarning()) {
            b.append(t.get("report.doc.binding"));
        }
        return b.append(stop()).toString();
    }

    /** The mid-term's evaluation: targets at risk, chain by chain, and proposed adjustments with their figures. */
    private void midterm(Plan plan, List<Assessment> all, List<Report.Block> blocks, int dataYear, int end) {
        String factor = Figures.format(Assessment.AT_RISK_FACTOR, 1);
        blocks.add(new Report.Heading(2, t.get("report.doc.h2Risk")));
        List<Assessment> risk = all.stream().filter(Assessment::atRisk).toList();
        if (risk.isEmpty()) {
            blocks.add(body(t.get("report.doc.riskNone", dataYear, factor)));
        } else {
            blocks.add(body(t.get("report.doc.riskIntro", factor, risk.size())));
            int i = 0;
            for (Assessment a : risk) {
                YearValue l = a.latest().orElseThrow();
                String plan2 = words.planRate(a);
                String times = plan2.isEmpty() || a.requiredRate().isEmpty() ? "—"
                        : Figures.format(a.requiredRate().getAsDouble() / planRateFraction(a), 1);
                blocks.add(body(++i + "．" + t.get("report.doc.riskItem", a.indicator().name(), l.year(),
                        words.value(a.indicator(), l.value()), words.required(a), plan2, times) + stop()));
            }
        }

        blocks.add(new Report.Heading(2, t.get("report.doc.h2Chains2")));
        List<String> without = new ArrayList<>();
        for (Chain c : plan.chains()) {
            List<Assessment> ofChain = all.stream().filter(a -> c.code().equals(a.indicator().chainCode())).toList();
            if (ofChain.isEmpty()) {
                without.add(c.name());
                continue;
            }
            List<String> items = new ArrayList<>();
            for (Assessment a : ofChain) {
                Indicator ind = a.indicator();
                YearValue tg = a.target().orElse(null);
                if (a.latest().isEmpty() || tg == null) {
                    items.add(t.get("report.doc.chainPaceNoData", ind.name(), tg == null ? directionWord(ind)
                            : words.target(ind, tg)));
                    continue;
                }
                YearValue l = a.latest().get();
                items.add(t.get("report.doc.chainPaceItem", ind.name(), l.year(), words.value(ind, l.value()),
                        words.target(ind, tg), tg.value() == 0 ? "—" : Judgements.percent(l.value() / tg.value()),
                        words.status(a)));
            }
            blocks.add(body(t.get("report.doc.chainPace", c.name(), String.join(semi(), items))));
        }
        if (!without.isEmpty()) {
            blocks.add(body(t.get("report.doc.chainsWithoutTargets", String.join(enumeration(), without))));
        }

        blocks.add(new Report.Heading(2, t.get("report.doc.h2Adjust")));
        List<String> proposals = new ArrayList<>();
        for (AdjustmentSuggestion s : AdjustmentSuggestion.of(all, end)) {
            proposals.add(proposal(t, words, s));
        }
        if (proposals.isEmpty()) {
            blocks.add(body(t.get("report.doc.adjustNone", dataYear)));
        } else {
            blocks.add(body(t.get("report.doc.adjustIntro")));
            for (int i = 0; i < proposals.size(); i++) {
                blocks.add(body((i + 1) + "．" + proposals.get(i)));
            }
        }
    }

    /** A 调整建议 in words, with the figures behind it (the mid-term report's item and a draft version's basis). */
    public static String proposal(I18n t, Judgements words, AdjustmentSuggestion s) {
        Assessment a = s.assessment();
        Indicator ind = a.indicator();
        YearValue l = a.latest().orElseThrow();
        YearValue tg = a.target().orElseThrow();
        return switch (s.kind()) {
            case RAISE -> t.get("report.doc.adjustUp", ind.name(), l.year(), words.value(ind, l.value()),
                    words.target(ind, tg));
            case LOWER -> t.get("report.doc.adjustDown", ind.name(), a.start().orElseThrow().year(),
                    a.additive() ? words.computed(ind, a.observedRate().getAsDouble())
                            : Judgements.percent(a.observedRate().getAsDouble()),
                    words.computed(ind, s.proposed().getAsDouble()), words.target(ind, tg), words.required(a));
            case LOWER_NO_PACE -> t.get("report.doc.adjustDownNoPace", ind.name(), l.year(),
                    words.value(ind, l.value()), words.required(a));
        };
    }

    private static double planRateFraction(Assessment a) {
        Indicator ind = a.indicator();
        if (ind.statedRate() != null && !a.additive()) {
            return ind.statedRate() / 100.0;
        }
        return a.plannedRate().orElse(Double.NaN);
    }

    /** Projects: one sentence on what the plan leaves open; table 2 only when stages or investments are known. */
    private boolean projects(Plan plan, List<Report.Block> blocks) {
        List<Project> all = plan.projects();
        long inChain = all.stream().filter(p -> p.chainCode() != null && plan.chain(p.chainCode()).isPresent())
                .count();
        blocks.add(body(t.get("report.doc.projectsIntro", all.size(), inChain, plan.chains().size(),
                all.size() - inChain)));
        long staged = all.stream().filter(p -> p.stage() != null).count();
        List<Project> invested = all.stream().filter(p -> p.investmentWan() != null).toList();
        if (staged == 0 && invested.isEmpty()) {
            blocks.add(body(t.get("report.doc.projectsUnset")));
            return false;
        }
        blocks.add(body(t.get("report.doc.projectsKnown", staged, invested.size(), Figures.format(invested.stream()
                .mapToDouble(Project::investmentWan).sum() / 10000.0, 2))));
        List<String> header = new ArrayList<>(List.of(t.get("report.doc.colChain"), t.get("report.doc.colCount")));
        for (Enums.ProjectStage s : Enums.ProjectStage.values()) {
            header.add(Words.stage(t, s));
        }
        header.add(t.get("report.doc.colStageUnknown"));
        header.add(t.get("report.doc.colInvestment"));
        List<List<String>> rows = new ArrayList<>();
        for (String code : groups(plan)) {
            List<Project> ps = ofGroup(plan, code);
            if (!ps.isEmpty()) {
                rows.add(stageRow(groupName(plan, code, false), ps));
            }
        }
        rows.add(stageRow(t.get("report.doc.total"), all));
        blocks.add(new Report.Table("projects", t.get("report.doc.projectsCaption", 2), header, rows,
                new int[] {2000, 800, 800, 800, 800, 800, 1000, 1845}));
        return true;
    }

    /** Stages a report counts for the year: a lead that reached one of them in the year is progress of the year. */
    private static final List<Lead.Stage> COUNTED = List.of(Lead.Stage.SIGNED, Lead.Stage.LANDED, Lead.Stage.STARTED,
            Lead.Stage.PRODUCING);

    /**
     * （三）招商引资进展: the leads that were signed, landed, started and produced in the year, by chain (only when the
     * 招商项目库 has leads; the plan names none).
     */
    private void leads(Plan plan, int year, List<Report.Block> blocks) {
        if (leads.isEmpty()) {
            return;
        }
        Map<String, int[]> byChain = new LinkedHashMap<>();
        plan.chains().forEach(c -> byChain.put(c.code(), new int[COUNTED.size()]));
        int[] total = new int[COUNTED.size()];
        for (Lead l : leads) {
            String chain = map.node(l.nodeCode()).map(ChainMap.Node::chainCode).orElse(null);
            for (int i = 0; i < COUNTED.size(); i++) {
                LocalDate d = l.stageDates().get(COUNTED.get(i));
                if (d != null && d.getYear() == year) {
                    total[i]++;
                    byChain.computeIfAbsent(chain, k -> new int[COUNTED.size()])[i]++;
                }
            }
        }
        blocks.add(new Report.Heading(2, t.get("report.doc.h2Leads", nextNumeral(blocks))));
        blocks.add(body(t.get("report.doc.leads", year, leads.size(), total[0], total[1], total[2], total[3])));
        List<String> header = new ArrayList<>(List.of(t.get("report.doc.colChain")));
        COUNTED.forEach(st -> header.add(Words.of(t, st)));
        List<List<String>> rows = new ArrayList<>();
        byChain.forEach((code, n) -> {
            if (java.util.Arrays.stream(n).sum() > 0) {
                List<String> row = new ArrayList<>(List.of(code == null ? t.get("report.doc.leadsNoChain")
                        : plan.chain(code).map(Chain::name).orElse(code)));
                java.util.Arrays.stream(n).forEach(x -> row.add(String.valueOf(x)));
                rows.add(row);
            }
        });
        if (rows.isEmpty()) {
            return;
        }
        List<String> sum = new ArrayList<>(List.of(t.get("report.doc.total")));
        java.util.Arrays.stream(total).forEach(x -> sum.add(String.valueOf(x)));
        rows.add(sum);
        int number = (int) blocks.stream().filter(b -> b instanceof Report.Table).count() + 1;
        blocks.add(new Report.Table("leads", t.get("report.doc.leadsCaption", number, year), header, rows,
                new int[] {2845, 1250, 1250, 1250, 1250}));
    }

    /** The numeral of the next second-level heading of the current section (（三）, or (3) in English). */
    private String nextNumeral(List<Report.Block> blocks) {
        int n = 1;
        for (int i = blocks.size() - 1; i >= 0; i--) {
            if (blocks.get(i) instanceof Report.Heading h) {
                if (h.level() == 1) {
                    break;
                }
                n++;
            }
        }
        String[] numerals = t.get("report.doc.numerals").split(",");
        return n <= numerals.length ? numerals[n - 1] : String.valueOf(n);
    }

    private List<String> groups(Plan plan) {
        List<String> groups = new ArrayList<>(plan.chains().stream().map(Chain::code).toList());
        groups.add(null);
        return groups;
    }

    private static List<Project> ofGroup(Plan plan, String code) {
        return plan.projects().stream().filter(p -> code == null
                ? p.chainCode() == null || plan.chain(p.chainCode()).isEmpty()
                : code.equals(p.chainCode())).toList();
    }

    private String groupName(Plan plan, String code, boolean withBrand) {
        if (code == null) {
            return t.get("report.doc.noChain");
        }
        return plan.chain(code).map(c -> withBrand && c.brand() != null ? c.name() + "（" + c.brand() + "）"
                : c.name()).orElse(code);
    }

    private List<String> stageRow(String name, List<Project> ps) {
        List<String> row = new ArrayList<>(List.of(name, String.valueOf(ps.size())));
        for (Enums.ProjectStage s : Enums.ProjectStage.values()) {
            row.add(String.valueOf(ps.stream().filter(p -> p.stage() == s).count()));
        }
        row.add(String.valueOf(ps.stream().filter(p -> p.stage() == null).count()));
        List<Project> known = ps.stream().filter(p -> p.investmentWan() != null).toList();
        row.add(known.isEmpty() ? "—" : Figures.format(known.stream().mapToDouble(Project::investmentWan).sum()
                / 10000.0, 2) + (known.size() < ps.size() ? t.get("report.doc.knownOf", known.size()) : ""));
        return row;
    }

    /** Each chain's projects by name, with stage and investment only where known. */
    private void chainLists(Plan plan, List<Report.Block> blocks) {
        int i = 0;
        for (String code : groups(plan)) {
            List<Project> ps = ofGroup(plan, code);
            if (ps.isEmpty()) {
                continue;
            }
            List<String> items = new ArrayList<>();
            for (Project p : ps) {
                List<String> known = new ArrayList<>();
                if (p.stage() != null) {
                    known.add(Words.stage(t, p.stage()));
                }
                if (p.investmentWan() != null) {
                    known.add(t.get("report.doc.investmentOf", Figures.format(p.investmentWan() / 10000.0, 2)));
                }
                items.add(p.name() + (known.isEmpty() ? "" : "（" + String.join(comma(), known) + "）"));
            }
            blocks.add(body(t.get("report.doc.chainProjects", ++i, groupName(plan, code, true), ps.size(),
                    String.join(semi(), items))));
        }
    }

    // ------------------------------------------------------------------ words

    /** The marks between the items of a list, in the report's language (；，、。 in Chinese). */
    private String semi() {
        return t.get("report.doc.markSemicolon");
    }

    private String comma() {
        return t.get("report.doc.markComma");
    }

    private String enumeration() {
        return t.get("report.doc.markEnumeration");
    }

    private String stop() {
        return t.get("report.doc.markStop");
    }

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

    private String directionWord(Indicator ind) {
        return t.get(ind.direction() == Enums.Direction.LOWER ? "judgement.requirementLower"
                : "judgement.requirementHigher");
    }

    /**
     * The status column's word: the evaluation vocabulary, or for the final report the verdict (已实现 / 未实现 only on
     * the year's data, else 暂未实现 or 已提前实现).
     */
    public String statusWord(ReportKind kind, Assessment a) {
        if (kind == ReportKind.FINAL && a.status().judged() && a.basis() != Assessment.Basis.DIRECTION) {
            return Words.verdict(t, a.verdict());
        }
        return Words.status(t, a.status());
    }

    private String attribute(Indicator ind) {
        if (ind.attribute() == null) {
            return t.get("common.unset");
        }
        return ind.attribute() == Enums.Attribute.BINDING ? t.get("attribute.binding") : t.get("attribute.expected");
    }
}
