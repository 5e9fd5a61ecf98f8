package cn.yanggu.workbench.ui.audit;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.ui.common.DetailPane;
import cn.yanggu.workbench.ui.common.FeatureView;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.common.Tables;
import javafx.scene.control.TableView;

import java.util.List;

/** 变更记录: every change — when, who, what, which field, old → new — newest first, filterable. */
public final class AuditView extends FeatureView<AuditView.Row> {
    /** One audit line with its words for the UI. */
    public record Row(AuditEntry entry, String action, String entity) {
        String searchable() {
            return FilterModel.text(entry.at(), entry.user(), action, entity, entry.code(), entry.field(),
                    entry.oldValue(), entry.newValue(), entry.origin());
        }
    }

    public AuditView(I18n t, Session session) {
        super(t, session, t.get("nav.audit"), Row::searchable);
        TableView<Row> table = Tables.table(t.get("audit.empty"));
        table.setId("audit-table");
        table.getColumns().add(Tables.text(t.get("audit.at"), r -> r.entry().at().replace('T', ' '), 160));
        table.getColumns().add(Tables.text(t.get("audit.user"), r -> r.entry().user(), 80));
        table.getColumns().add(Tables.text(t.get("audit.action"), Row::action, 70));
        table.getColumns().add(Tables.text(t.get("audit.entity"), Row::entity, 70));
        table.getColumns().add(Tables.text(t.get("audit.code"), r -> r.entry().code(), 90));
        table.getColumns().add(Tables.text(t.get("audit.field"), r -> r.entry().field(), 140));
        table.getColumns().add(Tables.text(t.get("audit.old"), r -> r.entry().oldValue(), 170));
        table.getColumns().add(Tables.text(t.get("audit.new"), r -> r.entry().newValue(), 170));
        table.getColumns().add(Tables.text(t.get("audit.origin"), r -> r.entry().origin(), 100));
        model.bind(table);
        root.setCenter(withDetail(table, "audit-detail", 0.75));
    }

    @Override
    protected List<Row> rows(Plan plan) {
        return List.of();
    }

    /** The log lives in the database, not in the plan: each refresh reads it in the background. */
    @Override
    public void show(Plan plan) {
        session.audit(entries -> model.setAll(entries.stream().map(e -> new Row(e, action(e.action()),
                entity(e.entity()))).toList()));
    }

    @Override
    protected void describe(Row row, DetailPane detail) {
        AuditEntry e = row.entry();
        detail.title(row.action() + " · " + row.entity() + (e.code() == null ? "" : " · " + e.code()))
                .field(t.get("audit.at"), e.at().replace('T', ' '))
                .field(t.get("audit.user"), e.user())
                .field(t.get("audit.field"), e.field())
                .field(t.get("audit.old"), e.oldValue())
                .field(t.get("audit.new"), e.newValue())
                .field(t.get("audit.origin"), e.origin());
    }

    private String action(String a) {
        return cn.yanggu.workbench.app.AuditText.action(t, a);
    }

    private String entity(String e) {
        return cn.yanggu.workbench.app.AuditText.entity(t, e);
    }
}
