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
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;

import java.time.LocalDate;
import java.util.List;

/**
 * 入园门槛: the admission rules for new projects (投资强度, 亩均税收, 容积率, 建筑系数) with their standards by year,
 * editable; below, 入园评审 (check a proposed project and save the check with a project) and 未达标项目.
 */
public final class ThresholdsView extends FeatureView<ThresholdsView.Row> {
    /** One threshold row: the rule in force this year and all its versions in words. */
    public record Row(Threshold threshold, String rule, String versions) {
        String searchable() {
            return FilterModel.text(threshold.name(), rule, versions, threshold.text(), threshold.source());
        }
    }

    private final RecordForm<Threshold> form;
    private final AdmissionCheck check;
    private final FailingProjects failing;
    private final VersionsEditor versions;
    private final Tab failingTab;
    private final int thisYear;

    /** {@code clock} gives this year: the default year of a check and the standard shown as in force. */
    public ThresholdsView(I18n t, Session session, java.time.Clock clock) {
        super(t, session, t.get("nav.thresholds"), Row::searchable);
        this.thisYear = LocalDate.now(clock).getYear();
        TableView<Row> table = Tables.table(t.get("common.loading"));
        table.setId("thresholds-table");
        table.getColumns().add(Tables.text(t.get("threshold.name"), r -> r.threshold().name(), 90));
        table.getColumns().add(Tables.text(t.get("admission.rule.inForce", thisYear), Row::rule, 170));
        table.getColumns().add(Tables.text(t.get("admission.versions.column"), Row::versions, 200));
        table.getColumns().add(Tables.text(t.get("threshold.text"), r -> r.threshold().text(), 300));
        table.getColumns().add(Tables.text(t.get("common.source"), r -> r.threshold().source(), 150));
        model.bind(table);
        List<RecordForm.Choice> comparators = List.of(new RecordForm.Choice(">", "> " + t.get("threshold.gt")),
                new RecordForm.Choice(">=", "≥ " + t.get("threshold.ge")),
                new RecordForm.Choice("<", "< " + t.get("threshold.lt")),
                new RecordForm.Choice("<=", "≤ " + t.get("threshold.le")));
        form = new RecordForm<>(t, session, "threshold-form", List.of(
                RecordForm.Field.of(t.get("threshold.name"), Threshold.NAME, RecordForm.Kind.REQUIRED_TEXT),
                RecordForm.Field.choice(t.get("threshold.comparator"), Threshold.COMPARATOR, comparators,
                        th -> th.comparator().symbol()),
                RecordForm.Field.of(t.get("indicator.unit"), Threshold.UNIT, RecordForm.Kind.TEXT),
                RecordForm.Field.of(t.get("threshold.text"), Threshold.TEXT, RecordForm.Kind.MULTILINE),
                RecordForm.Field.of(t.get("common.source"), Threshold.SOURCE, RecordForm.Kind.REQUIRED_TEXT)));
        editable(form, Row::threshold);
        administeredOnly();
        versions = new VersionsEditor(t, session, thisYear);
        versions.disableProperty().bind(session.notAdministrator());
        check = new AdmissionCheck(t, session, thisYear);
        failing = new FailingProjects(t);
        SplitPane main = withDetail(table, "threshold-detail", 0.6);
        ScrollPane checkScroll = cn.yanggu.workbench.ui.common.Scrolls.of(check);
        checkScroll.setFitToWidth(true);
        Tab checkTab = new Tab(t.get("admission.title"), checkScroll);
        checkTab.setId("tab-admission-check");
        failingTab = new Tab(t.get("admission.failing.title", 0), failing);
        failingTab.setId("tab-failing");
        TabPane tabs = new TabPane(checkTab, failingTab);
        tabs.setId("admission-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane vertical = new SplitPane(main, tabs);
        vertical.setOrientation(Orientation.VERTICAL);
        vertical.setDividerPositions(0.5);
        root.setCenter(vertical);
    }

    @Override
    protected List<Row> rows(Plan plan) {
        return plan.thresholds().stream().map(th -> new Row(th, rule(th), versionsText(th))).toList();
    }

    private String rule(Threshold th) {
        String unit = th.unit() == null ? "" : " " + th.unit();
        return th.inForce(thisYear).map(v -> th.name() + " " + Labels.comparator(th.comparator())
                        + Formats.number(v.value()) + unit)
                .orElseGet(() -> th.after(thisYear).map(v -> t.get("admission.rule.notYet", v.fromYear()))
                        .orElse(t.get("common.unset")));
    }

    private String versionsText(Threshold th) {
        String unit = th.unit() == null ? "" : " " + th.unit();
        return String.join("；", th.versions().stream().map(v -> t.get("admission.versions.item", v.fromYear(),
                th.comparator().sign() + " " + Formats.number(v.value()) + unit)).toList());
    }

    @Override
    public void show(Plan plan) {
        super.show(plan);
        check.show(plan);
        int n = failing.show(plan, session.admissionChecks());
        failingTab.setText(t.get("admission.failing.title", n));
    }

    @Override
    protected void describe(Row row, DetailPane detail) {
        detail.title(row.rule());
        plan().notesFor("threshold", row.threshold().code()).forEach(n -> detail.field(t.get("common.flagged"),
                n.text()));
        versions.show(row.threshold());
        detail.lead(versions);
    }

    private Plan plan() {
        return session.plan();
    }

    @Override
    protected Threshold newRecord(Plan plan, String code) {
        return new Threshold("threshold-" + code, unusedName(n -> t.get("threshold.newName", n), plan.thresholds()), null,
                Enums.Comparator.GE, null, t.get("common.userEntered"),
                List.of(new Threshold.Version(thisYear, 0, t.get("common.userEntered"), null)));
    }
}
