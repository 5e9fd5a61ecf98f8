package cn.yanggu.workbench.ui.enterprises;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Enterprise;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.ui.common.DetailPane;
import cn.yanggu.workbench.ui.common.FeatureView;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Formats;
import cn.yanggu.workbench.ui.common.Labels;
import cn.yanggu.workbench.ui.common.RecordForm;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.common.Tables;
import javafx.scene.control.TableView;

import java.util.List;

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

    public EnterprisesView(I18n t, Session session) {
        super(t, session, t.get("nav.enterprises"), Row::searchable);
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
        addCreateAndDelete();
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

    @Override
    protected void describe(Row row, DetailPane detail) {
        detail.title(row.enterprise().name()).field(t.get("enterprise.chains"), row.chains());
        Plan plan = session.plan();
        if (plan != null) {
            String projects = String.join("\n", plan.projects().stream()
                    .filter(p -> row.enterprise().code().equals(p.enterpriseCode())).map(p -> "• " + p.name())
                    .toList());
            detail.field(t.get("nav.projects"), projects);
        }
    }

    @Override
    protected Enterprise newRecord(Plan plan, String code) {
        return new Enterprise("ent-" + code, unusedName(n -> t.get("enterprise.newName", n), plan.enterprises()), List.of(),
                t.get("common.userEntered"), null);
    }
}
