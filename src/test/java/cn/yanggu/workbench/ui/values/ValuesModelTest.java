package cn.yanggu.workbench.ui.values;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Plans;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.ui.common.Dialogs;
import cn.yanggu.workbench.ui.common.ScriptedDialogs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 年度数据 without a window: what typing, Enter/Tab/arrows, a paste and the 实际值-only layout do, as the planner sees it
 * in the grid (the plain JUnit runs without the JavaFX toolkit).
 */
class ValuesModelTest {
    private static final Plan plan = TestPlans.seedPlan();
    private final I18n t = I18n.forLanguage("zh");
    private ValuesModel model;

    @BeforeEach
    void open() {
        model = new ValuesModel(t, LocalDate.of(2024, 6, 1));
        model.show(plan, Set.of(2022));
    }

    private int row(String name, boolean actual) {
        List<ValuesModel.Row> rows = model.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).indicator().name().equals(name) && rows.get(i).actual() == actual) {
                return i;
            }
        }
        throw new AssertionError(name);
    }

    /** The plan after the outcome's step. */
    private static Plan after(ValuesModel.Outcome o) {
        Edit edit = assertInstanceOf(ValuesModel.Write.class, o).edit(plan);
        Plan p = plan;
        for (Change c : edit.changes()) {
            p = Plans.apply(p, c);
        }
        return p;
    }

    private static Optional<Double> actual(Plan p, String name, int year) {
        return TestPlans.indicator(p, name).value(Enums.ValueKind.ACTUAL, year).map(YearValue::value);
    }

    private static List<YearValue> planValues(Plan p) {
        List<YearValue> out = new ArrayList<>();
        for (Indicator i : p.indicators()) {
            i.values().stream().filter(v -> v.kind() != Enums.ValueKind.ACTUAL).forEach(out::add);
        }
        return out;
    }

    @Test
    void theActualsOnlyLayoutHasOneRowPerIndicatorAndNoPlanRows() {
        assertEquals(2 * plan.indicators().size(), model.rows().size());
        model.setLayout(ValuesModel.Layout.ACTUALS_ONLY);
        assertEquals(plan.indicators().size(), model.rows().size());
        assertTrue(model.rows().stream().allMatch(ValuesModel.Row::actual));
        assertEquals("亩均投资", model.rows().get(1).indicator().name());
    }

    @Test
    void typingSavesTheCellWithTheChosenVintageAndEnterGoesToTheNextIndicatorsActuals() {
        model.vintage().set(Enums.Vintage.PRELIMINARY);
        model.select(row("亩均税收", true), 2024);
        Plan p = after(model.type("6.1", ValuesModel.Move.DOWN));
        YearValue v = TestPlans.indicator(p, "亩均税收").value(Enums.ValueKind.ACTUAL, 2024).orElseThrow();
        assertEquals(6.1, v.value());
        assertEquals(Enums.Vintage.PRELIMINARY, v.vintage());
        assertEquals(t.get("values.defaultSource"), v.source());
        assertEquals(new ValuesModel.Cursor(row("亩均投资", true), 2024), model.cursor().get(),
                "Enter skips 亩均投资's 规划值 row");
    }

    @Test
    void tabMovesRightAndEnterAfterARowOfTabsGoesBackToTheYearItBeganIn() {
        model.select(row("亩均税收", true), 2023);
        model.type("5.2", ValuesModel.Move.RIGHT);
        model.type("5.3", ValuesModel.Move.RIGHT);
        assertEquals(new ValuesModel.Cursor(row("亩均税收", true), 2025), model.cursor().get());
        model.type("5.4", ValuesModel.Move.DOWN);
        assertEquals(new ValuesModel.Cursor(row("亩均投资", true), 2023), model.cursor().get());
        model.move(ValuesModel.Move.UP);
        assertEquals(new ValuesModel.Cursor(row("亩均税收", true), 2023), model.cursor().get());
        model.select(row("亩均税收", true), 2021);
        model.move(ValuesModel.Move.LEFT);
        model.move(ValuesModel.Move.LEFT);
        assertEquals(2020, model.cursor().get().year(), "the cursor stops at the first year");
    }

    @Test
    void aRefusedCellKeepsTheCursorAndSaysWhichIndicatorAndYear() {
        model.select(row("亩均税收", true), 2024);
        ValuesModel.Outcome o = model.type("abc", ValuesModel.Move.DOWN);
        String msg = assertInstanceOf(ValuesModel.Refused.class, o).message(t);
        assertTrue(msg.contains("亩均税收") && msg.contains("2024"), msg);
        assertEquals(new ValuesModel.Cursor(row("亩均税收", true), 2024), model.cursor().get());
    }

    @Test
    void aLockedYearIsRefusedWithTheReason() {
        model.select(row("亩均税收", true), 2022);
        String msg = assertInstanceOf(ValuesModel.Refused.class, model.type("5", ValuesModel.Move.DOWN)).message(t);
        assertTrue(msg.contains("2022"), msg);
    }

    @Test
    void aValueInAnotherUnitIsConverted() {
        model.select(row("进出口总额", true), 2024);
        Plan p = after(model.type("170亿元", ValuesModel.Move.DOWN));
        assertEquals(Optional.of(1_700_000.0), actual(p, "进出口总额", 2024));
    }

    @Test
    void aColumnOfActualsPastedInTheActualsLayoutFillsOneYearOfFiveIndicatorsAndNoPlanValue() {
        model.setLayout(ValuesModel.Layout.ACTUALS_ONLY);
        model.select(0, 2024);
        Plan p = after(model.paste("5.3\n24.5\n3300\n1650000\n33\n"));
        assertEquals(Optional.of(5.3), actual(p, "亩均税收", 2024));
        assertEquals(Optional.of(24.5), actual(p, "亩均投资", 2024));
        assertEquals(Optional.of(3300.0), actual(p, "实际利用外资", 2024));
        assertEquals(Optional.of(1_650_000.0), actual(p, "进出口总额", 2024));
        assertEquals(Optional.of(33.0), actual(p, "高新技术企业数量", 2024));
        assertEquals(planValues(plan), planValues(p), "no 规划值 changed");
    }

    @Test
    void fiveYearsPastedOnOneIndicatorsRowFillItsActuals() {
        model.setLayout(ValuesModel.Layout.ACTUALS_ONLY);
        model.select(row("亩均投资", true), 2023);
        Plan p = after(model.paste("23.8\t25\t26.5\t28\t30\n"));
        for (int y = 2023; y <= 2027; y++) {
            assertTrue(actual(p, "亩均投资", y).isPresent(), "亩均投资 " + y);
        }
        assertEquals(Optional.of(30.0), actual(p, "亩均投资", 2027));
        assertEquals(planValues(plan), planValues(p));
    }

    @Test
    void aBlockBegunOnAnActualRowSkipsThePlanRowsBetween() {
        model.select(row("亩均税收", true), 2024);
        Plan p = after(model.paste("5.3\t5.4\n24.5\t26\n"));
        assertEquals(Optional.of(24.5), actual(p, "亩均投资", 2024));
        assertEquals(planValues(plan), planValues(p), "亩均投资's targets stay as they were");
    }

    @Test
    void aPasteThatWouldChangePlanValuesAsksFirstAndWritesOnlyWhenConfirmed() {
        int planRow = row("亩均投资", false);
        List<ValuesModel.Write> written = new ArrayList<>();
        ScriptedDialogs no = new ScriptedDialogs().answer(false);
        model.pasteAsking("30\n", model.rows(), planRow, 2025, no, written::add, r -> { }, () -> { });
        assertTrue(written.isEmpty(), "取消 writes nothing");
        assertEquals(1, no.shown().size());
        assertEquals(Dialogs.Kind.CONFIRM, no.shown().get(0).kind());
        assertTrue(no.shown().get(0).lines().get(0).contains("亩均投资"), no.shown().get(0).lines().toString());

        ScriptedDialogs yes = new ScriptedDialogs().answer(true);
        model.pasteAsking("30\n", model.rows(), planRow, 2025, yes, written::add, r -> { }, () -> { });
        assertEquals(1, written.size());
        Plan p = after(written.get(0));
        assertEquals(Optional.of(30.0), TestPlans.indicator(p, "亩均投资").value(Enums.ValueKind.TARGET, 2025)
                .map(YearValue::value));
    }

    @Test
    void aBadNumberInABlockRefusesTheWholeBlockNamingIndicatorAndYear() {
        model.setLayout(ValuesModel.Layout.ACTUALS_ONLY);
        model.select(0, 2024);
        List<ValuesModel.Refused> refused = new ArrayList<>();
        List<ValuesModel.Write> written = new ArrayList<>();
        model.pasteAsking("5.3\n2x.5\n", model.rows(), 0, 2024, new ScriptedDialogs(), written::add, refused::add,
                () -> { });
        assertTrue(written.isEmpty());
        String msg = refused.get(0).message(t);
        assertTrue(msg.contains("亩均投资") && msg.contains("2024") && msg.contains("第 2 行第 1 列"), msg);
        assertTrue(msg.contains("亩均投资 2024 年实际值"), msg);
    }

    @Test
    void aRefusedPastedCellSaysWhetherItIsThePlanOrTheActualRow() {
        int planRow = row("亩均投资", false);
        String plan = assertInstanceOf(ValuesModel.Refused.class, model.paste("garbage\n", model.rows(), planRow,
                2021)).message(t);
        assertTrue(plan.contains("亩均投资 2021 年规划值") && !plan.contains("实际值"), plan);
        String actual = assertInstanceOf(ValuesModel.Refused.class, model.paste("garbage\n", model.rows(),
                row("亩均投资", true), 2021)).message(t);
        assertTrue(actual.contains("亩均投资 2021 年实际值") && !actual.contains("规划值"), actual);
        model.select(row("亩均投资", false), 2021);
        String typed = assertInstanceOf(ValuesModel.Refused.class, model.type("abc", ValuesModel.Move.DOWN))
                .message(t);
        assertTrue(typed.contains("亩均投资 2021 年规划值"), typed);
    }

    @Test
    void aBlockReachingPastTheGridIsRefused() {
        model.select(row("亩均税收", true), 2035);
        String msg = assertInstanceOf(ValuesModel.Refused.class, model.paste("1\t2\n")).message(t);
        assertTrue(msg.contains("第 1 行第 2 列"), msg);
    }

    @Test
    void anUnchangedCellMakesNoStep() {
        model.select(row("亩均税收", true), 2024);
        Plan p = after(model.type("6.1", ValuesModel.Move.STAY));
        ValuesModel again = new ValuesModel(t, LocalDate.of(2024, 6, 1));
        again.show(p, Set.of());
        again.vintage().set(Enums.Vintage.FINAL);
        again.select(row("亩均税收", true), 2024);
        assertNull(assertInstanceOf(ValuesModel.Write.class, again.type("6.1", ValuesModel.Move.STAY)).edit(p));
    }
    @Test
    void aTargetAVersionInForceChangesIsMarkedWithTheVersionAndBothFigures() {
        cn.yanggu.workbench.domain.PlanVersion adjusted = new cn.yanggu.workbench.domain.PlanVersion(2,
                "2023年中期评估调整", cn.yanggu.workbench.domain.PlanVersion.Status.APPROVED, 2023, 1, "难以实现",
                "阳政字〔2023〕15号", "2023-09-20", null, null, List.of(new cn.yanggu.workbench.domain.PlanVersion
                .TargetChange("T01", 2025, 6.1, Enums.Comparator.EQ, null)));
        cn.yanggu.workbench.domain.PlanVersion draft = new cn.yanggu.workbench.domain.PlanVersion(3, "草案",
                cn.yanggu.workbench.domain.PlanVersion.Status.DRAFT, 2024, 2, null, null, null, null, null,
                List.of(new cn.yanggu.workbench.domain.PlanVersion.TargetChange("T02", 2025, 25, Enums.Comparator.EQ,
                        null)));
        model.show(plan.withVersions(List.of(adjusted, draft)), Set.of());
        ValuesModel.Row tax = model.rows().get(row("亩均税收", false));
        assertEquals("调整版本2（阳政字〔2023〕15号）：2025年目标 6.1万元/亩（原规划 7.3万元/亩）", model.adjustment(tax, 2025));
        assertEquals("7.3", model.text(tax, 2025), "the cell keeps the plan's own figure");
        assertNull(model.adjustment(tax, 2024));
        assertNull(model.adjustment(model.rows().get(row("亩均税收", true)), 2025), "not on 实际值");
        assertNull(model.adjustment(model.rows().get(row("亩均投资", false)), 2025), "a draft marks nothing");
    }
}
