package cn.yanggu.workbench.ui.enterprises;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.grading.EnterpriseSheet;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.EnterpriseYear;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.ui.common.DetailPane;
import cn.yanggu.workbench.ui.common.FeatureView;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Formats;
import cn.yanggu.workbench.ui.common.Labels;
import cn.yanggu.workbench.ui.common.RecordForm;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.common.Tables;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.function.Consumer;

/** 企业: every enterprise the plan names, the chains it belongs to and its projects. */
public final class EnterprisesView extends FeatureView<EnterprisesView.Row> {
    /** One enterprise row. */
    public record Row(Enterprise enterprise, String chains, long projects) {
        String searchable() {
            return FilterModel.text(enterprise.name(), enterprise.aliases(), chains, enterprise.source(),
                    enterprise.note());
        }
    }

    private final RecordForm<Enterprise> form;

    /** Opens 亩产效益 on an enterprise's figures (given by its name); passed from the window. */
    private final Consumer<String> openGrading;

    public EnterprisesView(I18n t, Session session, Consumer<String> openGrading) {
        super(t, session, t.get("nav.enterprises"), Row::searchable);
        this.openGrading = openGrading;
        header.noun(t.get("noun.enterprises"));
        TableView<Row> table = Tables.table(t.get("common.loading"), "enterprises-table",
                Tables.text(t.get("enterprise.name"), r -> r.enterprise().name(), 160),
                Tables.text(t.get("enterprise.aliases"),
                        r -> String.join("、", r.enterprise().aliases()), 160),
                Tables.text(t.get("enterprise.chains"), Row::chains, 200),
                Tables.number(t.get("chain.projectCount"), r -> (double) r.projects(),
                        Formats::number, null, 70),
                Tables.text(t.get("common.source"), r -> r.enterprise().source(), 150),
                Tables.text(t.get("common.note"), r -> r.enterprise().note(), 220));
        model.bind(table);
        form = new RecordForm<>(t, session, "enterprise-form", List.of(
                RecordForm.Field.of(t.get("enterprise.name"), Enterprise.NAME, RecordForm.Kind.REQUIRED_TEXT),
                RecordForm.Field.of(t.get("enterprise.aliasesField"), Enterprise.ALIASES, RecordForm.Kind.LINES),
                RecordForm.Field.source(t, Enterprise.SOURCE),
                RecordForm.Field.note(t, Enterprise.NOTE)));
        editable(form, Row::enterprise);
        root.setCenter(withDetail(table, "enterprise-detail", 0.66));
    }

    @Override
    protected List<Row> rows(Plan plan) {
        return plan.enterprises().stream().map(e -> new Row(e,
                String.join("、", plan.chains().stream().filter(c -> c.enterprises().stream()
                        .anyMatch(m -> m.enterpriseCode().equals(e.code())))
                        .map(c -> c.name() + "（" + c.enterprises().stream()
                                .filter(m -> m.enterpriseCode().equals(e.code())).findFirst()
                                .map(m -> Labels.role(t, m.role())).orElse("") + "）").toList()),
                plan.projects().stream().filter(p -> e.code().equals(p.enterpriseCode())).count())).toList();
    }

    /**
     * Above the form: the chains that list the enterprise with its role in each (龙头、配套 …); below it: its
     * projects and its figures of each year from 亩产效益 (read-only), with a button that opens them there.
     */
    @Override
    protected void describe(Row row, DetailPane detail) {
        Enterprise e = row.enterprise();
        detail.title(e.name());
        Label chains = new Label(row.chains().isEmpty() ? t.get("enterprise.noChain") : row.chains());
        chains.setId("enterprise-chains");
        chains.setWrapText(true);
        Label chainsLabel = new Label(t.get("enterprise.chainsRole"));
        chainsLabel.getStyleClass().add("field-label");
        Label chainsHint = new Label(t.get("enterprise.chainsHint"));
        chainsHint.getStyleClass().add("secondary");
        chainsHint.setWrapText(true);
        detail.lead(new VBox(4, chainsLabel, chains, chainsHint));
        Plan plan = session.plan();
        if (plan != null) {
            List<String> projects = plan.projects().stream().filter(p -> e.code().equals(p.enterpriseCode()))
                    .map(p -> "• " + p.name()).toList();
            detail.field(t.get("nav.projects"), projects.isEmpty() ? t.get("enterprise.noProject")
                    : String.join("\n", projects));
        }
        detail.heading(t.get("enterprise.figures"));
        Label figures = new Label(t.get("common.loading"));
        figures.setId("enterprise-figures");
        figures.setWrapText(true);
        figures.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button open = new Button(t.get("enterprise.openGrading"));
        open.setId("enterprise-open-grading");
        open.setOnAction(x -> openGrading.accept(e.name()));
        detail.node(figures).node(open);
        session.withWorkbench("enterprise-figures", wb -> wb.grading().figuresOf(e.code()),
                years -> figures.setText(years.isEmpty() ? t.get("enterprise.noFigures")
                        : String.join("\n", years.stream().map(this::yearLine).toList())),
                x -> figures.setText(t.get("enterprise.figuresFailed")));
    }

    /** "2023 年：用地面积 12 亩，税收 60 万元，…" — the figures given that year. */
    private String yearLine(EnterpriseYear y) {
        List<String> parts = new java.util.ArrayList<>();
        for (EnterpriseYear.Figure f : EnterpriseYear.Figure.values()) {
            Double v = y.get(f);
            if (v != null) {
                parts.add(EnterpriseSheet.figureName(t, f) + " " + Formats.number(v) + " " + f.unit());
            }
        }
        return t.get("enterprise.yearLine", y.year(), String.join("，", parts));
    }

    /** Deletion (domain) detaches: projects stay without an enterprise, chains stop listing it. */
    @Override
    protected String detachNote() {
        return t.get("delete.detach.enterprise");
    }

    @Override
    protected Enterprise newRecord(Plan plan, String code) {
        return new Enterprise("ent-" + code, unusedName(n -> t.get("enterprise.newName", n), plan.enterprises()), List.of(),
                t.get("common.userEntered"), null);
    }
}
