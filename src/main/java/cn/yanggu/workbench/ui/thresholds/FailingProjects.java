package cn.yanggu.workbench.ui.thresholds;

import cn.yanggu.workbench.app.AdmissionText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.ui.common.Tables;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.List;

/**
 * 未达标项目: the projects whose latest saved admission check misses a rule — judged against the thresholds as they
 * are now for the check's year — with the rules missed and by how much, and a word when the verdict differs from
 * the one stored when the check was saved.
 */
final class FailingProjects extends VBox {
    /** One failing project. */
    record Row(String code, String name, int year, String rules, String at, String changed) {
    }

    private final I18n t;
    private final TableView<Row> table;
    private final Label summary = new Label();

    FailingProjects(I18n t) {
        super(6);
        this.t = t;
        setId("failing-projects");
        getStyleClass().add("view-body");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("secondary");
        table = Tables.table(t.get("admission.failing.empty"));
        table.setId("failing-table");
        table.getColumns().add(Tables.text(t.get("project.name"), Row::name, 220));
        table.getColumns().add(Tables.text(t.get("admission.failing.year"), r -> String.valueOf(r.year()), 80));
        javafx.scene.control.TableColumn<Row, String> rules = Tables.text(t.get("admission.failing.rules"),
                Row::rules, 420);
        // the rules missed and their margins are what the list is for: wrapped in full, never cut off
        rules.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(12));
                text.getStyleClass().add("text");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
                setText(null);
            }
        });
        table.getColumns().add(rules);
        table.getColumns().add(Tables.text(t.get("admission.failing.at"), Row::at, 150));
        table.getColumns().add(Tables.text(t.get("admission.failing.changed"), Row::changed, 200));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(summary, table);
    }

    /** The failing rows for a plan and its saved checks (projects no longer in the plan are left out). */
    static List<Row> rows(I18n t, Plan plan, List<Admission.SavedCheck> checks) {
        List<Row> out = new ArrayList<>();
        for (Admission.SavedCheck c : Admission.latestPerProject(checks)) {
            Project p = plan.project(c.projectCode())
                    .orElse(null);
            if (p == null) {
                continue;
            }
            List<Admission.Result> now = c.recheck(plan.thresholdsInForce());
            List<Admission.Result> failed = Admission.failures(now);
            if (failed.isEmpty()) {
                continue;
            }
            String rules = String.join("；", failed.stream().map(r -> t.get("admission.failing.rule",
                    r.threshold().name(), AdmissionText.number(r.value()), r.threshold().comparator().sign() + " "
                            + AdmissionText.number(r.version().value()), AdmissionText.number(r.margin()))).toList());
            out.add(new Row(p.code(), p.name(), c.year(), rules, c.at().replace('T', ' '),
                    c.differsFrom(now) ? t.get(c.storedAllPass() ? "admission.changed.wasPass"
                            : "admission.changed.thresholds") : ""));
        }
        return out;
    }

    int show(Plan plan, List<Admission.SavedCheck> checks) {
        List<Row> rows = rows(t, plan, checks);
        table.getItems().setAll(rows);
        long checked = Admission.latestPerProject(checks).stream()
                .filter(c -> plan.projects().stream().anyMatch(p -> p.code().equals(c.projectCode()))).count();
        summary.setText(t.get("admission.failing.summary", checked, rows.size()));
        return rows.size();
    }

    TableView<Row> table() {
        return table;
    }
}
