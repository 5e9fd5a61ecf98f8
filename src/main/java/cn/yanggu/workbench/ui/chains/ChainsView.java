package cn.yanggu.workbench.ui.chains;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.ui.common.DetailPane;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Formats;
import cn.yanggu.workbench.ui.common.Labels;
import cn.yanggu.workbench.ui.common.Tables;
import cn.yanggu.workbench.ui.common.FeatureView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 产业链: the six chains (master) and the selected chain's brand, links, enterprises, targets and projects. */
public final class ChainsView extends FeatureView<ChainsView.Row> {
    /** One chain row, with what the detail pane shows. */
    public record Row(Chain chain, List<String> enterpriseNames, List<Indicator> targets, List<Project> projects,
                      String brand) {
        String searchable() {
            return FilterModel.text(chain.name(), chain.aliases(), brand, chain.positioning(), enterpriseNames,
                    chain.links().stream().map(Chain.Link::name).toList(),
                    projects.stream().map(Project::name).toList(), targets.stream().map(Indicator::name).toList());
        }
    }

    private final TableView<Row> table;
    private final DetailPane detail;

    public ChainsView(I18n t) {
        super(t, t.get("nav.chains"), Row::searchable);
        table = Tables.table(t.get("common.loading"));
        table.setId("chains-table");
        table.getColumns().add(Tables.text(t.get("chain.name"), r -> r.chain().name(), 150));
        table.getColumns().add(Tables.text(t.get("chain.brand"), Row::brand, 120));
        table.getColumns().add(Tables.number(t.get("chain.enterpriseCount"), r -> (double) r.enterpriseNames().size(),
                Formats::number, null, 70));
        table.getColumns().add(Tables.number(t.get("chain.projectCount"), r -> (double) r.projects().size(),
                Formats::number, null, 70));
        model.bind(table);
        detail = new DetailPane("chain-detail", t.get("chain.selectHint"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> showDetail(row));
        model.visible().addListener((javafx.collections.ListChangeListener<Row>) ch -> {
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });

        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.42);
        root.setCenter(split);
    }

    @Override
    protected List<Row> rows(Plan plan) {
        Map<String, Enterprise> enterprises = plan.enterprisesByCode();
        return plan.chains().stream().map(c -> new Row(c,
                c.enterprises().stream().map(m -> enterprises.containsKey(m.enterpriseCode())
                        ? enterprises.get(m.enterpriseCode()).name() : m.enterpriseCode()).toList(),
                plan.indicatorsOfChain(c.code()), plan.projectsOfChain(c.code()),
                c.brand() == null ? t.get("common.unset") : c.brand())).toList();
    }

    private void showDetail(Row row) {
        if (row == null) {
            detail.clear();
            return;
        }
        Chain c = row.chain();
        detail.title(c.name());
        if (!c.aliases().isEmpty()) {
            detail.hint(t.get("chain.aliases", String.join("、", c.aliases())));
        }
        detail.field(t.get("chain.brand"), row.brand() + (c.brandSource() == null ? "" : "  ·  " + c.brandSource()));
        detail.field(t.get("chain.positioning"), c.positioning());
        detail.field(t.get("chain.section"), c.section() + (c.column() == null ? ""
                : "  ·  " + t.get("chain.column", c.column())));

        Map<String, StringBuilder> groups = new LinkedHashMap<>();
        for (Chain.Link l : c.links()) {
            String g = l.group() == null ? t.get("chain.links") : l.group();
            StringBuilder b = groups.computeIfAbsent(g, k -> new StringBuilder());
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append("• ").append(l.name());
            if (l.detail() != null) {
                b.append("：").append(l.detail());
            }
        }
        detail.heading(t.get("chain.links"));
        if (groups.isEmpty()) {
            detail.hint(t.get("common.unset"));
        }
        groups.forEach((g, text) -> detail.field(g, text.toString()));

        detail.heading(t.get("chain.enterprises"));
        Map<Enums.EnterpriseRole, StringBuilder> byRole = new LinkedHashMap<>();
        for (int i = 0; i < c.enterprises().size(); i++) {
            StringBuilder b = byRole.computeIfAbsent(c.enterprises().get(i).role(), k -> new StringBuilder());
            if (b.length() > 0) {
                b.append("、");
            }
            b.append(row.enterpriseNames().get(i));
        }
        byRole.forEach((role, text) -> detail.field(Labels.role(t, role), text.toString()));

        detail.heading(t.get("chain.targets"));
        if (row.targets().isEmpty()) {
            detail.hint(t.get("chain.noTargets"));
        }
        for (Indicator ind : row.targets()) {
            String values = ind.values().stream()
                    .map(v -> t.get("indicator.valueAt", v.year(),
                            Labels.comparator(v.comparator()) + Formats.number(v.value()) + " " + (ind.unit() == null ? "" : ind.unit())))
                    .reduce((a, b) -> a + "；" + b).orElse(t.get("common.unset"));
            detail.field(ind.name(), values + "  ·  " + ind.source());
        }

        detail.heading(t.get("chain.projects", row.projects().size()));
        StringBuilder projects = new StringBuilder();
        for (Project p : row.projects()) {
            if (projects.length() > 0) {
                projects.append('\n');
            }
            projects.append("• ").append(p.name());
            if (!p.listings().isEmpty()) {
                projects.append("（").append(Labels.listings(t, p.listings())).append("）");
            }
        }
        detail.field("", projects.length() == 0 ? t.get("common.unset") : projects.toString());
    }

    @Override
    public void show(Plan plan) {
        super.show(plan);
        table.getSelectionModel().selectFirst();
    }

}
