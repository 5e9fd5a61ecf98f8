package cn.yanggu.workbench.domain;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What refers to a record, and how it is detached when the record is deleted; the plan as of a year. */
class DeletionTest {
    private final Zone zone = new Zone("z", "西区", Enums.ZoneKind.INDUSTRIAL, 1.0, null, null, null, null, "s", null);
    private final Enterprise firm = new Enterprise("e", "祥光铜业", List.of(), "s", null);
    private final Chain copper = new Chain("c", "铜", List.of(), null, null, null, "三", 1, List.of(),
            List.of(new Chain.Member("e", Enums.EnterpriseRole.LEADING, "s"),
                    new Chain.Member("other", Enums.EnterpriseRole.BACKBONE, "s")));
    private final Project project = new Project("p", "铜箔", "c", "z", "e", Enums.ProjectKind.PROJECT,
            Enums.ProjectStage.RESERVE, 1.0, null, null, List.of(), List.of(), "s", null);
    private final Indicator output = Indicator.CHAIN_CODE.with(Indicator.draft("i", "铜产值", "链", "s"), "c")
            .withValues(List.of(new YearValue(2023, Enums.ValueKind.ACTUAL, 1, null, null, "1", "s", null, null),
                    new YearValue(2024, Enums.ValueKind.ACTUAL, 2, null, null, "2", "s", null, null),
                    new YearValue(2025, Enums.ValueKind.TARGET, 3, null, null, "3", "s", null, null)));
    private final Plan plan = new Plan(new PlanInfo("规划", null, null, null, 2020, 2021, 2025, 2035, null, null,
            null, "s"), List.of(), List.of(zone), List.of(firm), List.of(copper), List.of(project), List.of(output),
            List.of(), List.of(), List.of(), List.of());

    @Test
    void anEnterpriseIsLeftByItsChainsAndProjects() {
        assertEquals(List.of(copper, project), plan.dependents(firm));
        Chain left = (Chain) Deletion.detached(copper, firm);
        assertEquals(List.of("other"), left.enterprises().stream().map(Chain.Member::enterpriseCode).toList());
        Project p = (Project) Deletion.detached(project, firm);
        assertNull(p.enterpriseCode());
        assertEquals(Project.ENTERPRISE_CODE.with(project, null), p, "nothing else changes");
    }

    @Test
    void aChainsProjectsAndIndicatorsKeepExistingWithoutIt() {
        assertEquals(List.of(project, output), plan.dependents(copper));
        assertEquals(Project.CHAIN_CODE.with(project, null), Deletion.detached(project, copper));
        assertEquals(Indicator.CHAIN_CODE.with(output, null), Deletion.detached(output, copper));
    }

    @Test
    void aZonesProjectsLoseTheirZone() {
        assertEquals(List.of(project), plan.dependents(zone));
        assertEquals(Project.ZONE_CODE.with(project, null), Deletion.detached(project, zone));
        assertEquals(List.of(), plan.dependents(project));
    }

    @Test
    void thePlanAsOfAYearLeavesOutLaterActualsOnly() {
        Indicator asOf = plan.asOf(2023).indicators().get(0);
        assertEquals(List.of(2023, 2025), asOf.values().stream().map(YearValue::year).toList());
    }

    @Test
    void aRecordIsFoundReplacedAndRemovedByKindAndCode() {
        assertEquals(project, plan.record(EntityKind.PROJECT, "p").orElseThrow());
        Plan renamed = plan.replacing(EntityKind.PROJECT, "p", Project.NAME.with(project, "铜箔二期"));
        assertEquals("铜箔二期", renamed.projects().get(0).name());
        assertEquals(List.of(), plan.replacing(EntityKind.PROJECT, "p", null).projects());
        assertEquals(List.of(zone, firm, copper, project, output), plan.records());
    }
}
