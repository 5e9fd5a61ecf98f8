package cn.yanggu.workbench;

import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.Records;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.YearValue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared fixtures: the shipped seed plan and a fresh seeded database. */
public final class TestPlans {
    private TestPlans() {
    }

    /** Opens (creating and seeding) a database in {@code dir}. */
    public static Workbench seeded(Path dir) {
        return Workbench.open(dir.resolve("workbench.db"));
    }

    /** The seed plan as a fresh database holds it (for view-model tests that only read it). */
    public static Plan seedPlan() {
        try {
            Path dir = java.nio.file.Files.createTempDirectory("seed-plan");
            try (Workbench wb = seeded(dir)) {
                return wb.loadPlan();
            } finally {
                try (var files = java.nio.file.Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static Indicator indicator(Plan plan, String name) {
        return plan.indicators().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + name));
    }

    /**
     * Three years of actuals (2021–2023) shaped like a real final-evaluation season, by indicator code: behind
     * (T01 亩均税收), on track (T02, T04, T06, T09), a fall on the year before (T03 实际利用外资 2,810 → 2,450 in 2022),
     * met early (T05 31 个 ≥ 30), far behind and in percent (T08 产业集聚度 falling from its 80 % base), no 2020 base
     * (G01 规上工业企业 108 家 in 2023, 快报; G13 全年空气优良率; the copper chain's G10), direction only (G04
     * 单位增加值能耗 down in 2023, up in 2022; G06 化学需氧量 up in 2023), a strict target met by its bound (G14 &gt;85 with
     * 85), a constant series (G18 100, 100, 100) and a cumulative statistic (G20 基础设施投资（累计）).
     */
    public static final Map<String, double[]> ACTUALS = actuals();

    private static Map<String, double[]> actuals() {
        Map<String, double[]> m = new LinkedHashMap<>();
        // {2021, 2022, 2023}; NaN = no value
        m.put("T01", new double[] {5.0, 5.1, 5.2});
        m.put("T02", new double[] {19.0, 21.5, 23.8});
        m.put("T03", new double[] {2810, 2450, 3100});
        m.put("T04", new double[] {1450000, 1520000, 1580000});
        m.put("T05", new double[] {22, 26, 31});
        m.put("T06", new double[] {180, 205, 231});
        m.put("T07", new double[] {188, 196, 205});
        m.put("T08", new double[] {81, 79.5, 78});
        m.put("T09", new double[] {66, 70, 74});
        m.put("G01", new double[] {96, 101, 108});
        m.put("G02", new double[] {530, 580, 620});
        m.put("G04", new double[] {0.50, 0.51, 0.48});
        m.put("G06", new double[] {820, 790, 800});
        m.put("G10", new double[] {38, 40, 42});
        m.put("G13", new double[] {58.2, 60.1, 61.5});
        m.put("G14", new double[] {Double.NaN, 84, 85});
        m.put("G18", new double[] {100, 100, 100});
        m.put("G20", new double[] {12, 14.5, 17});
        return m;
    }

    /** A seeded database with {@link #ACTUALS} entered as one edit: 2021–2022 年报, 2023 快报; G04 also 0.52 in 2020. */
    public static Workbench withActuals(Path dir) {
        Workbench wb = seeded(dir);
        Plan plan = wb.editor().plan();
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, double[]> e : ACTUALS.entrySet()) {
            Indicator ind = plan.indicators().stream().filter(i -> i.code().equals(e.getKey())).findFirst()
                    .orElseThrow();
            List<YearValue> values = new ArrayList<>(ind.values());
            if (e.getKey().equals("G04")) {
                values.add(actual(2020, 0.52, Enums.Vintage.FINAL));
            }
            for (int i = 0; i < 3; i++) {
                if (!Double.isNaN(e.getValue()[i])) {
                    values.add(actual(2021 + i, e.getValue()[i],
                            i == 2 ? Enums.Vintage.PRELIMINARY : Enums.Vintage.FINAL));
                }
            }
            changes.add(Change.update(ind, Records.with(ind, "values", values)));
        }
        wb.editor().apply(Edit.of("actuals 2021–2023", changes.toArray(Change[]::new)));
        return wb;
    }

    private static YearValue actual(int year, double v, Enums.Vintage vintage) {
        return new YearValue(year, Enums.ValueKind.ACTUAL, v, Enums.Comparator.EQ, vintage, null, "统计局",
                (year + 1) + "-03-01", null);
    }

    public static Indicator byCode(Plan plan, String code) {
        return plan.indicators().stream().filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + code));
    }

    /**
     * Three years of actuals (2021 and 2022 年报, 2023 快报) as a bureau would have them after the mid-term: every
     * kind of indicator — on a path (T01 behind, T09 moving away), with no 2020 base (规上工业企业 G01), direction-only
     * (单位增加值能耗 G04), cumulative (基础设施投资 G20), a constant series (食品、药品安全率 G18: 100, 100, 100), a strict
     * target met only by equality (工业粉尘排放达标率 G14: ">85", 85 in 2023), one actual and a base (亩均投资 T02: 2023
     * only), a 2035 chain target worked out as 45 × √2 (高纯阴极铜 G10) — and 进出口总额 in 万元 (158 亿元).
     */
    public static final Map<String, double[]> CHART_ACTUALS = java.util.Collections.unmodifiableMap(chartActuals());

    private static Map<String, double[]> chartActuals() {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("T01", new double[] {5.0, 5.2, 5.5});
        m.put("T02", new double[] {Double.NaN, Double.NaN, 28});
        m.put("T03", new double[] {2900, 3300, 3600});
        m.put("T04", new double[] {1_450_000, 1_520_000, 1_580_000});
        m.put("T05", new double[] {21, 23, 26});
        m.put("T06", new double[] {170, 190, 205});
        m.put("T07", new double[] {190, 205, 215});
        m.put("T08", new double[] {81, 82.5, 83});
        m.put("T09", new double[] {64, 62, 60});
        m.put("G01", new double[] {98, 104, 108});
        m.put("G02", new double[] {520, 575, 630});
        m.put("G03", new double[] {6.5, 6.9, 7.2});
        m.put("G04", new double[] {0.61, 0.58, 0.55});
        m.put("G10", new double[] {30, 33, 36});
        m.put("G11", new double[] {60, 75, 88});
        m.put("G12", new double[] {240, 270, 300});
        m.put("G13", new double[] {58, 61, 63});
        m.put("G14", new double[] {83, 84, 85});
        m.put("G18", new double[] {100, 100, 100});
        m.put("G20", new double[] {13, 16.5, 20});
        return m;
    }

    /**
     * 2024 (年报) and 2025 (快报) actuals carrying {@link #CHART_ACTUALS} to the period's end: the data the final
     * evaluation and the 2026–2030 successor start from (made-up figures in the plan's units, continuing each
     * indicator's course: 亩均税收 short of its 7.3, 高新技术企业 past its 30, 十强产业投资占比 still falling).
     */
    public static final Map<String, double[]> LATE_ACTUALS = java.util.Collections.unmodifiableMap(lateActuals());

    private static Map<String, double[]> lateActuals() {
        Map<String, double[]> m = new LinkedHashMap<>();
        m.put("T01", new double[] {5.9, 6.3});
        m.put("T02", new double[] {28.5, 29.5});
        m.put("T03", new double[] {3900, 4300});
        m.put("T04", new double[] {1_630_000, 1_690_000});
        m.put("T05", new double[] {28, 31});
        m.put("T06", new double[] {225, 250});
        m.put("T07", new double[] {230, 248});
        m.put("T08", new double[] {84, 85.5});
        m.put("T09", new double[] {59, 58});
        m.put("G01", new double[] {112, 118});
        m.put("G02", new double[] {690, 742});
        m.put("G03", new double[] {7.6, 8.1});
        m.put("G04", new double[] {0.53, 0.51});
        m.put("G10", new double[] {40, 44});
        m.put("G11", new double[] {96, 108});
        m.put("G12", new double[] {325, 352});
        m.put("G13", new double[] {64, 66});
        m.put("G14", new double[] {86, 87});
        m.put("G18", new double[] {100, 100});
        m.put("G20", new double[] {23.5, 27});
        return m;
    }

    /** Enters {@link #LATE_ACTUALS} (2024 年报, 2025 快报) into an open database, one edit per indicator. */
    public static void enterLateActuals(Workbench wb) {
        for (Indicator ind : wb.editor().plan().indicators()) {
            double[] v = LATE_ACTUALS.get(ind.code());
            if (v == null) {
                continue;
            }
            List<YearValue> values = new ArrayList<>(ind.values());
            values.add(new YearValue(2024, Enums.ValueKind.ACTUAL, v[0], Enums.Comparator.EQ, Enums.Vintage.FINAL,
                    null, "统计年报", "2025-03-01", null));
            values.add(new YearValue(2025, Enums.ValueKind.ACTUAL, v[1], Enums.Comparator.EQ,
                    Enums.Vintage.PRELIMINARY, null, "统计快报", "2026-01-20", null));
            wb.editor().apply(Edit.of("actuals", Change.update(ind, Records.with(ind, "values", values))));
        }
    }

    /** 高纯阴极铜年产量's 2035 target as a worksheet would have worked it out: 45 × √2 = 63.6396… 万吨. */
    public static final double COPPER_2035 = 45 * Math.sqrt(2);

    /** {@code plan} with {@link #CHART_ACTUALS} (and the 2035 copper target) added. */
    public static Plan withActuals(Plan plan) {
        List<Indicator> out = new ArrayList<>();
        for (Indicator ind : plan.indicators()) {
            out.add(withActuals(ind));
        }
        return Records.with(plan, "indicators", out);
    }

    /** Enters {@link #CHART_ACTUALS} (and the 2035 copper target) into an open database, one edit per indicator. */
    public static void enterActuals(Workbench wb) {
        for (Indicator ind : wb.editor().plan().indicators()) {
            Indicator after = withActuals(ind);
            if (after != ind) {
                wb.editor().apply(Edit.of("actuals", Change.update(ind, after)));
            }
        }
    }

    private static Indicator withActuals(Indicator ind) {
        double[] v = CHART_ACTUALS.get(ind.code());
        if (v == null) {
            return ind;
        }
        List<YearValue> values = new ArrayList<>(ind.values());
        for (int i = 0; i < v.length; i++) {
            if (!Double.isNaN(v[i])) {
                values.add(actual(2021 + i, v[i]));
            }
        }
        if (ind.code().equals("G10")) {
            values.add(new YearValue(2035, Enums.ValueKind.TARGET, COPPER_2035, Enums.Comparator.EQ, null, null,
                    "县工信局测算", null, null));
        }
        return Records.with(ind, "values", values);
    }

    /** An actual: 年报 up to 2022, 快报 for 2023. */
    public static YearValue actual(int year, double value) {
        boolean fin = year <= 2022;
        return new YearValue(year, Enums.ValueKind.ACTUAL, value, Enums.Comparator.EQ,
                fin ? Enums.Vintage.FINAL : Enums.Vintage.PRELIMINARY, null, fin ? "统计年报" : "统计快报",
                (year + 1) + "-03-01", null);
    }
}
