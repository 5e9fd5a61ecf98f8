package cn.yanggu.workbench.ui.audit;

import cn.yanggu.workbench.app.AuditText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.AuditEntry;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.ui.common.DetailPane;
import cn.yanggu.workbench.ui.common.FeatureView;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.common.Tables;
import javafx.scene.control.TableView;

import java.time.ZoneId;
import java.util.List;

/**
 * 变更记录: every change — when (local time), who, what, which record by its name, which field, old → new in the plan's
 * words and units — newest first, filterable. Worded by {@link AuditText#line}, like the xlsx 变更记录 sheet.
 */
public final class AuditView extends FeatureView<AuditView.Row> {
    /** One audit line with its words for the UI. */
    public record Row(AuditEntry entry, AuditText.Line line) {
        String searchable() {
            return FilterModel.text(line.at(), line.user(), line.action(), line.record(), line.code(), line.field(),
                    line.oldValue(), line.newValue(), line.origin());
        }
    }

    private final ZoneId zone;

    public AuditView(I18n t, Session session, ZoneId zone) {
        super(t, session, t.get("nav.audit"), Row::searchable);
        header.noun(t.get("noun.audit"));
        this.zone = zone;
        TableView<Row> table = Tables.table(t.get("audit.empty"), "audit-table",
                Tables.text(t.get("audit.at"), r -> r.line().at(), 165),
                Tables.text(t.get("audit.user"), r -> r.line().user(), 80),
                Tables.text(t.get("audit.action"), r -> r.line().action(), 70),
                Tables.text(t.get("audit.entity"), r -> r.line().record(), 200),
                Tables.text(t.get("audit.field"), r -> r.line().field(), 150),
                Tables.text(t.get("audit.old"), r -> r.line().oldValue(), 170),
                Tables.text(t.get("audit.new"), r -> r.line().newValue(), 170),
                Tables.text(t.get("audit.origin"), r -> r.line().origin(), 100));
        model.bind(table);
        root.setCenter(withDetail(table, "audit-detail", 0.75));
    }

    @Override
    protected List<Row> rows(Plan plan) {
        return List.of();
    }

    /**
     * The log lives in the database, not in the plan: it is read (in the background) when a write changes the plan
     * while the view is on screen, and each time the view is brought back ({@link #shown()}) — other views write to
     * the log without a new plan (亩产效益 data, report texts).
     */
    @Override
    public void show(Plan plan) {
        if (root.getScene() != null) {
            reload();
        }
    }

    @Override
    public void shown() {
        reload();
    }

    private void reload() {
        session.audit((plan, entries) -> {
            AuditText.Names names = AuditText.Names.of(plan, entries);
            java.util.Map<String, String> times = new java.util.HashMap<>();
            return entries.stream().map(e -> new Row(e, AuditText.line(t, e, names, zone, times))).toList();
        }, model::setAll);
    }

    @Override
    protected void describe(Row row, DetailPane detail) {
        AuditText.Line l = row.line();
        detail.title(l.action() + " · " + l.record())
                .field(t.get("audit.at"), l.at())
                .field(t.get("audit.user"), l.user())
                .field(t.get("audit.code"), l.code())
                .field(t.get("audit.field"), l.field())
                .field(t.get("audit.old"), l.oldValue())
                .field(t.get("audit.new"), l.newValue())
                .field(t.get("audit.origin"), l.origin());
    }
}
