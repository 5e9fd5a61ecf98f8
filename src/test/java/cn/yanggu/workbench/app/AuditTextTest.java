package cn.yanggu.workbench.app;

import cn.yanggu.workbench.TestPlans;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.YearValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The change log read by a planner: records by name, fields and values in the plan's words and units. */
class AuditTextTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    @TempDir
    Path dir;

    private static AuditText.Line line(List<AuditText.Line> lines, String record, String field) {
        return lines.stream().filter(l -> l.record().equals(record) && java.util.Objects.equals(l.field(), field))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + record + " · " + field + " in "
                        + lines));
    }

    @Test
    void aPlannerReadsNamesWordsAndUnitsNotCodes() {
        I18n t = I18n.forLanguage("zh");
        List<AuditEntry> log;
        Plan plan;
        try (Workbench wb = TestPlans.seeded(dir)) {
            Editor e = wb.editor();
            Plan p = e.plan();
            Indicator tax = TestPlans.byCode(p, "T01");
            List<YearValue> values = new ArrayList<>(tax.values());
            values.add(TestPlans.actual(2021, 4.9));
            e.apply(Edit.of("tax", Change.update(tax, Records.with(tax, "values", values))));
            Project p01 = p.projects().get(0);
            e.apply(Edit.of("p01", Change.update(p01, Records.with(Records.with(p01, "investmentWan", 35000.0),
                    "stage", Enums.ProjectStage.UNDER_CONSTRUCTION))));
            Chain copper = p.chain("copper").orElseThrow();
            e.apply(Edit.of("copper", Change.update(copper, Records.with(copper, "enterprises",
                    copper.enterprises().subList(0, 2)))));
            Enterprise added = new Enterprise("ent-b48dcf8a", "阳谷新材料", List.of(), "用户录入", null);
            e.apply(Edit.of("add", Change.create(added)));
            e.apply(Edit.of("delete", Change.delete(added)));
            log = e.audit();
            plan = e.plan();
        }
        AuditText.Names names = AuditText.Names.of(plan, log);
        List<AuditText.Line> lines = log.stream().map(a -> AuditText.line(t, a, names, SHANGHAI)).toList();

        AuditText.Line value = line(lines, "指标 亩均税收", "2021年实际值（年报）");
        assertEquals("", value.oldValue() == null ? "" : value.oldValue());
        assertEquals("4.9 万元/亩（统计年报, 2022-03-01）", value.newValue());
        assertEquals("修改", value.action());
        assertTrue(value.at().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), value.at());

        String project = "项目 北赛电工380公里以上高铁接触导线项目";
        assertEquals("35,000 万元", line(lines, project, "投资（万元）").newValue());
        assertEquals("在建", line(lines, project, "阶段").newValue());

        AuditText.Line members = line(lines, "产业链 铜及铜精深加工", t.get("excel.sheet.members"));
        assertEquals("祥光铜业（龙头）、北赛电工（其他）、迈舒传动（其他）、艾科特精工机械公司（其他）、乡山钎具（其他）",
                members.oldValue());
        assertEquals("祥光铜业（龙头）、北赛电工（其他）", members.newValue());

        // a deleted enterprise keeps the name the log gave it, never its code
        AuditText.Line deleted = lines.stream().filter(l -> l.action().equals("删除")).findFirst().orElseThrow();
        assertEquals("企业 阳谷新材料", deleted.record());
        assertTrue(lines.stream().noneMatch(l -> l.record().contains("ent-b48dcf8a")), lines.toString());
        assertEquals("ent-b48dcf8a", deleted.code(), "the code stays available for whoever needs it");
    }

    @Test
    void recordsOutsideThePlanAreNamedToo() {
        I18n t = I18n.forLanguage("zh");
        AuditText.Names none = AuditText.Names.none();
        assertEquals("2023年", AuditText.record(t, "year", "2023", none));
        assertEquals("报告文字（2025年中期评估）", AuditText.record(t, "narrative", "2025/midterm", none));
        assertEquals("亩产效益评价方法（从 2024 年起）", AuditText.record(t, "grading-method", "2024", none));
        assertEquals("2026-11-30 15:09", AuditText.time("2026-11-30T07:09:43Z", SHANGHAI));
    }
}
