package cn.yanggu.workbench.ui.projects;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.Zone;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Formats;
import cn.yanggu.workbench.ui.common.Labels;
import cn.yanggu.workbench.ui.common.Tables;
import cn.yanggu.workbench.ui.common.ViewHeader;
import cn.yanggu.workbench.ui.common.WorkbenchView;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

import java.util.List;

/** 重点项目: every project of 专栏1–9 and of the running text, with chain, 专栏 listings and stage. */
public final class ProjectsView implements WorkbenchView {
    /** One table row. */
    public record Row(Project project, String chain, String enterprise, String zone, String listings,
                      String stage, String kind) {
        String searchable() {
            return FilterModel.text(project.name(), chain, enterprise, zone, listings, stage, kind, project.source(),
                    project.note(), project.listings().stream().map(Project.Listing::nameAsListed).toList());
        }
    }

    private final I18n t;
    private final FilterModel<Row> model = new FilterModel<>(Row::searchable);
    private final ViewHeader header;
    private final BorderPane root = new BorderPane();

    public ProjectsView(I18n t) {
        this.t = t;
        header = new ViewHeader(t, t.get("nav.projects"), model);
        TableView<Row> table = Tables.table(t.get("common.loading"));
        table.setId("projects-table");
        table.getColumns().add(Tables.text(t.get("project.name"), r -> r.project().name(), 300));
        table.getColumns().add(Tables.text(t.get("project.chain"), Row::chain, 120));
        table.getColumns().add(Tables.text(t.get("project.listings"), Row::listings, 150));
        table.getColumns().add(Tables.text(t.get("project.stage"), Row::stage, 80));
        table.getColumns().add(Tables.text(t.get("project.enterprise"), Row::enterprise, 130));
        table.getColumns().add(Tables.text(t.get("project.zone"), Row::zone, 90));
        table.getColumns().add(Tables.number(t.get("project.investment"), r -> r.project().investmentWan(),
                Formats::number, null, 100));
        table.getColumns().add(Tables.text(t.get("project.kind"), Row::kind, 70));
        table.getColumns().add(Tables.text(t.get("common.source"), r -> r.project().source(), 150));
        table.getColumns().add(Tables.text(t.get("common.note"), r -> r.project().note(), 200));
        model.bind(table);
        root.getStyleClass().add("view");
        root.setTop(header);
        root.setCenter(table);
    }

    /** Rows for a plan, in the plan's order. */
    public static List<Row> rows(Plan plan, I18n t) {
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
    public Node node() {
        return root;
    }

    @Override
    public void show(Plan plan) {
        model.setAll(rows(plan, t));
    }

    @Override
    public void focusFilter() {
        header.filterField().requestFocus();
    }

    public FilterModel<Row> model() {
        return model;
    }
}
