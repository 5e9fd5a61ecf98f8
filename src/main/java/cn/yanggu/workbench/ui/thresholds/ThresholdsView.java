package cn.yanggu.workbench.ui.thresholds;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Threshold;
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

/** 入园门槛: the admission rules for new projects (投资强度, 亩均税收, 容积率, 建筑系数), editable. */
public final class ThresholdsView extends FeatureView<ThresholdsView.Row> {
    /** One threshold row. */
    public record Row(Threshold threshold, String rule) {
        String searchable() {
            return FilterModel.text(threshold.name(), rule, threshold.text(), threshold.source());
        }
    }

    private final RecordForm<Threshold> form;
    private final AdmissionCheck check;

    public ThresholdsView(I18n t, Session session) {
        super(t, session, t.get("nav.thresholds"), Row::searchable);
        TableView<Row> table = Tables.table(t.get("common.loading"));
        table.setId("thresholds-table");
        table.getColumns().add(Tables.text(t.get("threshold.name"), r -> r.threshold().name(), 110));
        table.getColumns().add(Tables.text(t.get("threshold.rule"), Row::rule, 150));
        table.getColumns().add(Tables.text(t.get("threshold.appliesFrom"), r -> r.threshold().appliesFrom() == null
                ? t.get("common.unset") : String.valueOf(r.threshold().appliesFrom()), 100));
        table.getColumns().add(Tables.text(t.get("threshold.text"), r -> r.threshold().text(), 360));
        table.getColumns().add(Tables.text(t.get("common.source"), r -> r.threshold().source(), 150));
        model.bind(table);
        List<RecordForm.Choice> comparators = List.of(new RecordForm.Choice(">", "> " + t.get("threshold.gt")),
                new RecordForm.Choice(">=", "≥ " + t.get("threshold.ge")),
                new RecordForm.Choice("<", "< " + t.get("threshold.lt")),
                new RecordForm.Choice("<=", "≤ " + t.get("threshold.le")));
        form = new RecordForm<>(t, session, "threshold-form", List.of(
                RecordForm.Field.of(t.get("threshold.name"), "name", RecordForm.Kind.REQUIRED_TEXT),
                new RecordForm.Field<>(t.get("threshold.comparator"), "comparator", RecordForm.Kind.CHOICE,
                        comparators, null, th -> th.comparator().symbol(), null),
                RecordForm.Field.number(t.get("threshold.value"), "value", null),
                RecordForm.Field.of(t.get("indicator.unit"), "unit", RecordForm.Kind.TEXT),
                RecordForm.Field.of(t.get("threshold.appliesFrom"), "appliesFrom", RecordForm.Kind.INTEGER),
                RecordForm.Field.of(t.get("threshold.text"), "text", RecordForm.Kind.MULTILINE),
                RecordForm.Field.of(t.get("common.source"), "source", RecordForm.Kind.REQUIRED_TEXT)));
        editable(form, Row::threshold);
        addCreateAndDelete();
        check = new AdmissionCheck(t);
        javafx.scene.control.SplitPane main = withDetail(table, "threshold-detail", 0.64);
        javafx.scene.control.ScrollPane checkScroll = new javafx.scene.control.ScrollPane(check);
        checkScroll.setFitToWidth(true);
        javafx.scene.control.SplitPane vertical = new javafx.scene.control.SplitPane(main, checkScroll);
        vertical.setOrientation(javafx.geometry.Orientation.VERTICAL);
        vertical.setDividerPositions(0.42);
        root.setCenter(vertical);
    }

    @Override
    protected List<Row> rows(Plan plan) {
        return plan.thresholds().stream().map(th -> new Row(th, th.name() + " " + Labels.comparator(th.comparator())
                + Formats.number(th.value()) + (th.unit() == null ? "" : " " + th.unit()))).toList();
    }

    @Override
    public void show(Plan plan) {
        super.show(plan);
        check.show(plan);
    }

    @Override
    protected void describe(Row row, DetailPane detail) {
        detail.title(row.rule());
    }

    @Override
    protected Object newRecord(Plan plan, String code) {
        return new Threshold("threshold-" + code, t.get("threshold.newName", plan.thresholds().size() + 1), null,
                Enums.Comparator.GE, 0, null, null, t.get("common.userEntered"));
    }
}
