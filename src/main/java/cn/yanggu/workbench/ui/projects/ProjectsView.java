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
import javafx.scene.control.TableView;

import java.util.List;

/** 重点项目: every project of 专栏1–9 and of the running text, with chain, 专栏 listings and stage. */
public final class ProjectsView extends FeatureView<ProjectsView.Row> {
    /** One table row. */
    public record Row(Project project, String chain, String enterprise, String zone, String listings,
                      String stage, String kind) {
        String searchable() {
            return FilterModel.text(project.name(), chain, enterprise, zone, listings, stage, kind, project.source(),
                    project.note(), project.listings().stream().map(Project.Listing::nameAsListed).toList());
        }
    }


    public ProjectsView(I18n t) {
        super(t, t.get("nav.projects"), Row::searchable);
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
                .field(t.get("project.chain"), row.chain())
                .field(t.get("project.kind"), row.kind())
                .field(t.get("project.stage"), row.stage())
                .field(t.get("project.enterprise"), row.enterprise())
                .field(t.get("project.zone"), row.zone())
                .field(t.get("project.investment"), p.investmentWan() == null ? t.get("common.unset")
                        : Formats.number(p.investmentWan()))
                .field(t.get("project.years"), p.startYear() == null && p.finishYear() == null ? t.get("common.unset")
                        : (p.startYear() == null ? "?" : p.startYear()) + " – "
                        + (p.finishYear() == null ? "?" : p.finishYear()))
                .field(t.get("project.listings"), listed.toString())
                .field(t.get("project.mentions"), mentions.toString())
                .field(t.get("common.source"), p.source())
                .field(t.get("common.note"), p.note());
    }

}
