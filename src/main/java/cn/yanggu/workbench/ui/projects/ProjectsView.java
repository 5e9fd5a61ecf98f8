package cn.yanggu.workbench.ui.projects;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.Zone;
import cn.yanggu.workbench.ui.common.DetailPane;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Formats;
import cn.yanggu.workbench.ui.common.Labels;
import cn.yanggu.workbench.ui.common.Tables;
import cn.yanggu.workbench.ui.common.FeatureView;
import cn.yanggu.workbench.ui.common.RecordForm;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.domain.Enums;
import javafx.scene.control.TableView;

import java.util.List;

/** 重点项目: every project of 专栏1–9 and of the running text, with chain, 专栏 listings and stage. */
public final class ProjectsView extends FeatureView<ProjectsView.Row> {
    /** One table row. */
    public record Row(Project project, String chain, String enterprise, String zone, String listings,
                      String stage, String kind) {
        public String searchable() {
            return FilterModel.text(project.name(), chain, enterprise, zone, listings, stage, kind, project.source(),
                    project.note(), project.listings().stream().map(Project.Listing::nameAsListed).toList());
        }
    }


    private final RecordForm<Project> form;

    public ProjectsView(I18n t, Session session) {
        super(t, session, t.get("nav.projects"), Row::searchable);
        form = new RecordForm<>(t, session, "project-form", List.of(
                RecordForm.Field.of(t.get("project.name"), "name", RecordForm.Kind.REQUIRED_TEXT),
                RecordForm.Field.choice(t.get("project.chain"), "chainCode", List.of()),
                RecordForm.Field.choice(t.get("project.stage"), "stage", stages(t)),
                RecordForm.Field.number(t.get("project.investmentField"), "investmentWan", "万元"),
                RecordForm.Field.of(t.get("project.startYear"), "startYear", RecordForm.Kind.INTEGER),
                RecordForm.Field.of(t.get("project.finishYear"), "finishYear", RecordForm.Kind.INTEGER),
                RecordForm.Field.choice(t.get("project.zone"), "zoneCode", List.of()),
                RecordForm.Field.choice(t.get("project.enterprise"), "enterpriseCode", List.of()),
                RecordForm.Field.choice(t.get("project.kind"), "kind", List.of(
                        new RecordForm.Choice("project", t.get("projectKind.project")),
                        new RecordForm.Choice("platform", t.get("projectKind.platform")))),
                RecordForm.Field.of(t.get("common.source"), "source", RecordForm.Kind.REQUIRED_TEXT),
                RecordForm.Field.of(t.get("common.note"), "note", RecordForm.Kind.MULTILINE)));
        editable(form, Row::project);
        addCreateAndDelete();
        TableView<Row> table = Tables.table(t.get("common.loading"));
        table.setId("projects-table");
        table.getColumns().add(Tables.text(t.get("project.name"), r -> r.project().name(), 300));
        table.getColumns().add(Tables.text(t.get("project.chain"), Row::chain, 120));
        table.getColumns().add(Tables.text(t.get("project.listings"), Row::listings, 150));
        table.getColumns().add(Tables.text(t.get("project.stage"), Row::stage, 80));
        table.getColumns().add(Tables.text(t.get("project.enterprise"), Row::enterprise, 130));
        table.getColumns().add(Tables.text(t.get("project.zone"), Row::zone, 90));
        table.getColumns().add(Tables.number(t.get("project.investment"), r -> r.project().investmentWan(),
                v -> v == null ? t.get("common.unset") : Formats.number(v), null, 100));
        table.getColumns().add(Tables.text(t.get("project.kind"), Row::kind, 70));
        table.getColumns().add(Tables.text(t.get("common.source"), r -> r.project().source(), 150));
        table.getColumns().add(Tables.text(t.get("common.note"), r -> r.project().note(), 200));
        model.bind(table);
        root.setCenter(withDetail(table, "project-detail", 0.72));
    }

    /** Rows for a plan, in the plan's order. */
    @Override
    protected List<Row> rows(Plan plan) {
        return rowsOf(plan, t);
    }

    /** The rows of a plan (also used by the large-plan benchmark). */
    public static List<Row> rowsOf(Plan plan, I18n t) {
        var enterprises = plan.enterprisesByCode();
        return plan.projects().stream().map(p -> new Row(p,
                p.chainCode() == null ? t.get("project.crossCutting")
                        : plan.chain(p.chainCode()).map(Chain::name).orElse(p.chainCode()),
                p.enterpriseCode() == null ? "" : java.util.Optional.ofNullable(enterprises.get(p.enterpriseCode()))
                        .map(Enterprise::name).orElse(p.enterpriseCode()),
                p.zoneCode() == null ? t.get("common.unset")
                        : plan.zone(p.zoneCode()).map(Zone::name).orElse(p.zoneCode()),
                p.listings().isEmpty() ? t.get("project.textOnly") : Labels.listings(t, p.listings()),
                Labels.stage(t, p.stage()), Labels.kind(t, p.kind()))).toList();
    }

    @Override
    protected void describe(Row row, DetailPane detail) {
        Project p = row.project();
        StringBuilder listed = new StringBuilder();
        for (Project.Listing l : p.listings()) {
            listed.append(listed.length() == 0 ? "" : "\n").append(t.get("project.listing", l.column(), l.number()))
                    .append(l.group() == null ? "" : " " + l.group()).append("：").append(l.nameAsListed());
        }
        StringBuilder mentions = new StringBuilder();
        for (Project.Mention m : p.mentions()) {
            mentions.append(mentions.length() == 0 ? "" : "\n").append(m.section()).append("：").append(m.text());
        }
        detail.title(p.name())
                .field(t.get("project.listings"), listed.toString())
                .field(t.get("project.mentions"), mentions.toString());
    }

    @Override
    protected Object newRecord(Plan plan, String code) {
        return new Project("project-" + code, t.get("project.newName", plan.projects().size() + 1), null, null, null,
                Enums.ProjectKind.PROJECT, Enums.ProjectStage.RESERVE, null, null, null, List.of(), List.of(),
                t.get("common.userEntered"), null);
    }

    @Override
    public void show(Plan plan) {
        form.setChoices("chainCode", withNone(plan.chains().stream()
                .map(c -> new RecordForm.Choice(c.code(), c.name())).toList()));
        form.setChoices("zoneCode", withNone(plan.zones().stream()
                .map(z -> new RecordForm.Choice(z.code(), z.name())).toList()));
        form.setChoices("enterpriseCode", withNone(plan.enterprises().stream()
                .map(e -> new RecordForm.Choice(e.code(), e.name())).toList()));
        super.show(plan);
    }

    private List<RecordForm.Choice> withNone(List<RecordForm.Choice> choices) {
        List<RecordForm.Choice> out = new java.util.ArrayList<>();
        out.add(new RecordForm.Choice(null, t.get("common.unset")));
        out.addAll(choices);
        return out;
    }

    private static List<RecordForm.Choice> stages(I18n t) {
        List<RecordForm.Choice> out = new java.util.ArrayList<>();
        out.add(new RecordForm.Choice(null, t.get("common.unset")));
        for (Enums.ProjectStage s : Enums.ProjectStage.values()) {
            out.add(new RecordForm.Choice(Enums.wire(s), Labels.stage(t, s)));
        }
        return out;
    }

}
