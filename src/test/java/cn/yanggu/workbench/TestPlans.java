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
}
