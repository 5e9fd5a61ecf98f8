package cn.yanggu.workbench.ui.chains;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.ui.common.DetailPane;
import cn.yanggu.workbench.ui.common.FeatureView;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Formats;
import cn.yanggu.workbench.ui.common.Labels;
import cn.yanggu.workbench.ui.common.RecordForm;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.common.Tables;
import javafx.scene.control.TableView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 产业链: the six chains (master) and the selected chain's brand, links and enterprises (editable), with its
 * quantitative targets and projects.
 */
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

    private final RecordForm<Chain> form;

    private final ChainMapPane mapPane;
    private final javafx.scene.control.TabPane tabs;

    /** Whether 图谱 is shown: the header's 新增 and 删除 then act on the map's links, not on chains. */
    private boolean onMap() {
        return tabs.getSelectionModel().getSelectedIndex() == 1;
    }

    @Override
    protected void add() {
        if (onMap()) {
            mapPane.addNode();
        } else {
            super.add();
        }
    }

    @Override
    protected void delete() {
        if (onMap()) {
            mapPane.deleteNode();
        } else {
            super.delete();
        }
    }

    public ChainsView(I18n t, Session session, java.util.function.Supplier<cn.yanggu.workbench.app.charts.ChartFonts> fonts) {
        super(t, session, t.get("nav.chains"), Row::searchable);
        header.noun(t.get("noun.chains"));
        TableView<Row> table = Tables.table(t.get("common.loading"), "chains-table",
                Tables.text(t.get("chain.name"), r -> r.chain().name(), 150),
                Tables.text(t.get("chain.brand"), Row::brand, 120),
                Tables.number(t.get("chain.enterpriseCount"), r -> (double) r.enterpriseNames().size(),
                        Formats::number, null, 70),
                Tables.number(t.get("chain.projectCount"), r -> (double) r.projects().size(),
                        Formats::number, null, 70));
        model.bind(table);
        model.visible().addListener((javafx.collections.ListChangeListener<Row>) ch -> {
            if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
            }
        });
        form = new RecordForm<>(t, session, "chain-form", List.of(
                RecordForm.Field.of(t.get("chain.name"), Chain.NAME, RecordForm.Kind.REQUIRED_TEXT),
                RecordForm.Field.of(t.get("chain.aliasesField"), Chain.ALIASES, RecordForm.Kind.LINES),
                RecordForm.Field.of(t.get("chain.brand"), Chain.BRAND, RecordForm.Kind.TEXT),
                RecordForm.Field.of(t.get("chain.brandSource"), Chain.BRAND_SOURCE, RecordForm.Kind.TEXT),
                RecordForm.Field.of(t.get("chain.positioning"), Chain.POSITIONING, RecordForm.Kind.MULTILINE),
                RecordForm.Field.of(t.get("chain.section"), Chain.SECTION, RecordForm.Kind.REQUIRED_TEXT),
                RecordForm.Field.of(t.get("chain.columnField"), Chain.COLUMN, RecordForm.Kind.INTEGER),
                RecordForm.Field.custom(t.get("chain.linksField"), Chain.LINKS, ChainsView::linksText,
                        (c, text) -> withLinks(c, text, t.get("common.userEntered"))),
                members(Enums.EnterpriseRole.LEADING, "leading"),
                members(Enums.EnterpriseRole.BACKBONE, "backbone"),
                members(Enums.EnterpriseRole.OTHER, "other")));
        editable(form, Row::chain);
        mapPane = new ChainMapPane(t, session, fonts);
        javafx.scene.control.Tab list = new javafx.scene.control.Tab(t.get("chainmap.tab.list"),
                withDetail(table, "chain-detail", 0.4));
        list.setId("tab-chain-list");
        javafx.scene.control.Tab mapTab = new javafx.scene.control.Tab(t.get("chainmap.tab.map"), mapPane);
        mapTab.setId("tab-chain-map");
        tabs = new javafx.scene.control.TabPane(list, mapTab);
        tabs.setId("chain-tabs");
        tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
    }

    @Override
    public void show(Plan plan) {
        super.show(plan);
        mapPane.show(plan, cn.yanggu.workbench.app.Changed.EVERYTHING);
    }

    @Override
    public void show(Plan plan, cn.yanggu.workbench.app.Changed changed) {
        super.show(plan, changed);
        if (!changed.everything() && !shows(changed) && changed.touches(cn.yanggu.workbench.app.Changed.Part.CHAIN_MAP)) {
            mapPane.show(plan, changed);
        }
    }

    private RecordForm.Field<Chain> members(Enums.EnterpriseRole role, String key) {
        return RecordForm.Field.custom(Labels.role(t, role) + t.get("chain.onePerLine"), key,
                c -> membersText(c, role), (c, text) -> withMembers(c, role, text));
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

    @Override
    protected Chain newRecord(Plan plan, String code) {
        return new Chain("chain-" + code, unusedName(n -> t.get("chain.newName", n), plan.chains()), List.of(), null, null,
                null, t.get("common.userEntered"), null, List.of(), List.of());
    }

    @Override
    protected void describe(Row row, DetailPane detail) {
        detail.title(row.chain().name());
        detail.heading(t.get("chain.targets"));
        if (row.targets().isEmpty()) {
            detail.hint(t.get("chain.noTargets"));
        }
        for (Indicator ind : row.targets()) {
            String values = ind.values().stream()
                    .map(v -> t.get("indicator.valueAt", v.year(), Labels.comparator(v.comparator())
                            + Formats.number(v.value()) + " " + (ind.unit() == null ? "" : ind.unit())))
                    .reduce((a, b) -> a + "；" + b).orElse(t.get("common.unset"));
            detail.field(ind.name(), values + "  ·  " + ind.source());
        }
        detail.hint(t.get("chain.targetsHint"));
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
        detail.hint(projects.length() == 0 ? t.get("common.unset") : projects.toString());
    }

    /** Links as the form shows them: one per line, "分组 | 环节 | 说明". */
    static String linksText(Chain c) {
        List<String> lines = new ArrayList<>();
        for (Chain.Link l : c.links()) {
            StringBuilder b = new StringBuilder();
            if (l.group() != null) {
                b.append(l.group()).append(" | ");
            }
            b.append(l.name());
            if (l.detail() != null) {
                b.append(" | ").append(l.detail());
            }
            lines.add(b.toString());
        }
        return String.join("\n", lines);
    }

    static Chain withLinks(Chain c, String text, String userSource) {
        if (text.strip().equals(linksText(c).strip())) {
            return c;
        }
        List<Chain.Link> links = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            List<String> parts = Arrays.stream(line.split("[|｜]", -1)).map(String::strip).toList();
            String group = parts.size() >= 2 ? emptyToNull(parts.get(0)) : null;
            String name = parts.size() >= 2 ? parts.get(1) : parts.get(0);
            String detail = parts.size() >= 3 ? emptyToNull(String.join(" | ", parts.subList(2, parts.size())))
                    : null;
            String source = c.links().stream().filter(l -> Objects.equals(l.group(), group) && l.name().equals(name))
                    .map(Chain.Link::source).findFirst().orElse(userSource);
            links.add(new Chain.Link(group, name, detail, source));
        }
        return c.withLinks(links);
    }

    private String membersText(Chain c, Enums.EnterpriseRole role) {
        Plan plan = session.plan();
        Map<String, Enterprise> byCode = plan == null ? Map.of() : plan.enterprisesByCode();
        return String.join("\n", c.enterprises().stream().filter(m -> m.role() == role)
                .map(m -> byCode.containsKey(m.enterpriseCode()) ? byCode.get(m.enterpriseCode()).name()
                        : m.enterpriseCode()).toList());
    }

    private Chain withMembers(Chain c, Enums.EnterpriseRole role, String text) {
        if (text.strip().equals(membersText(c, role).strip())) {
            return c;
        }
        Plan plan = session.plan();
        List<Chain.Member> members = new ArrayList<>();
        for (Enums.EnterpriseRole r : Enums.EnterpriseRole.values()) {
            if (r != role) {
                c.enterprises().stream().filter(m -> m.role() == r).forEach(members::add);
                continue;
            }
            for (String line : text.split("\\R")) {
                String name = line.strip();
                if (name.isEmpty()) {
                    continue;
                }
                Enterprise e = plan.enterprises().stream().filter(x -> x.name().equals(name)
                        || x.aliases().contains(name)).findFirst().orElseThrow(() -> new RecordForm.FieldProblem(
                        new Problem("enterprises", Problem.Kind.UNKNOWN_REFERENCE, name)));
                String source = c.enterprises().stream().filter(m -> m.enterpriseCode().equals(e.code()))
                        .map(Chain.Member::source).findFirst().orElse(t.get("common.userEntered"));
                members.add(new Chain.Member(e.code(), role, source));
            }
        }
        return c.withEnterprises(members);
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
