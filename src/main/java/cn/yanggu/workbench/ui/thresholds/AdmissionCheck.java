package cn.yanggu.workbench.ui.thresholds;

import cn.yanggu.workbench.app.AdmissionText;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.ui.common.Session;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 入园评审: the figures of a proposed project and the year whose standards apply; for each admission rule its value,
 * the threshold in force, pass or fail and the margin, recomputed as the user types; and the check saved with an
 * existing project or with a new one entered here.
 */
final class AdmissionCheck extends VBox {
    private final I18n t;
    private final Session session;
    private final TextField year = field("year");
    private final TextField land = field("land");
    private final ChoiceBox<String> landUnit = new ChoiceBox<>();
    private final TextField investment = field("investment");
    private final ChoiceBox<String> investmentUnit = new ChoiceBox<>();
    private final TextField tax = field("tax");
    private final ChoiceBox<String> taxUnit = new ChoiceBox<>();
    private final TextField site = field("site");
    private final TextField floor = field("floor");
    private final TextField footprint = field("footprint");
    private final VBox results = new VBox(4);
    private final ComboBox<AdmissionModel.Target> project = new ComboBox<>();
    private final TextField newName = field("new-project");
    private final Button save = new Button();
    private final Label saveStatus = new Label();
    private final AdmissionModel model;
    private final ValidationSupport validation = new ValidationSupport();
    private Plan plan;

    AdmissionCheck(I18n t, Session session, int thisYear) {
        super(8);
        this.t = t;
        this.session = session;
        this.model = new AdmissionModel(t, thisYear);
        setId("admission-check");
        getStyleClass().add("view-body");
        Label title = new Label(t.get("admission.title"));
        title.getStyleClass().add("section-title");
        Label hint = wrapping(t.get("admission.hint"));
        hint.getStyleClass().add("secondary");
        Label moneyHint = wrapping(t.get("admission.unitsHint"));
        moneyHint.getStyleClass().add("secondary");
        year.setPrefColumnCount(5);
        landUnit.setId("admission-land-unit");
        landUnit.getItems().setAll(model.landUnits());
        landUnit.valueProperty().bindBidirectional(model.landUnit());
        investmentUnit.setId("admission-investment-unit");
        investmentUnit.getItems().setAll(model.moneyUnits());
        investmentUnit.valueProperty().bindBidirectional(model.investmentUnit());
        taxUnit.setId("admission-tax-unit");
        taxUnit.getItems().setAll(model.moneyUnits());
        taxUnit.valueProperty().bindBidirectional(model.taxUnit());
        for (ChoiceBox<String> c : List.of(landUnit, investmentUnit, taxUnit)) {
            c.valueProperty().addListener((o, a, b) -> update());
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, label("admission.year"), year, label("admission.yearHint"));
        grid.addRow(1, label("admission.land"), land, landUnit);
        grid.addRow(2, label("admission.investment"), investment, investmentUnit);
        grid.addRow(3, label("admission.tax"), tax, taxUnit);
        grid.addRow(4, label("admission.site"), site, new Label("m²"));
        grid.addRow(5, label("admission.floor"), floor, new Label("m²"));
        grid.addRow(6, label("admission.footprint"), footprint, new Label("m²"));
        Map<AdmissionModel.Field, TextField> fields = Map.of(AdmissionModel.Field.YEAR, year,
                AdmissionModel.Field.LAND, land, AdmissionModel.Field.INVESTMENT, investment,
                AdmissionModel.Field.TAX, tax, AdmissionModel.Field.SITE, site, AdmissionModel.Field.FLOOR, floor,
                AdmissionModel.Field.FOOTPRINT, footprint, AdmissionModel.Field.NEW_NAME, newName);
        fields.forEach((f, field) -> field.textProperty().bindBidirectional(model.text(f)));
        for (TextField f : List.of(year, land, investment, tax, site, floor, footprint)) {
            f.textProperty().addListener((o, a, b) -> update());
        }
        // a field whose text cannot be read is marked where it is (ControlsFX), its reason in the tooltip
        validation.setErrorDecorationEnabled(true);
        fields.forEach((f, field) -> {
            if (f != AdmissionModel.Field.NEW_NAME) {
                validation.registerValidator(field, false, (Control c, String text) -> ValidationResult.fromErrorIf(
                        c, model.problem(f).orElse(""), model.problem(f).isPresent()));
            }
        });
        results.setId("admission-results");

        Label saveTitle = new Label(t.get("admission.save.title"));
        saveTitle.getStyleClass().add("section-title");
        project.setId("admission-project");
        project.setConverter(new StringConverter<>() {
            @Override
            public String toString(AdmissionModel.Target target) {
                return target == null ? "" : target.label();
            }

            @Override
            public AdmissionModel.Target fromString(String s) {
                return project.getItems().stream().filter(x -> x.label().equals(s)).findFirst().orElse(null);
            }
        });
        project.setPromptText(t.get("admission.save.choose"));
        project.setPrefWidth(320);
        project.setMaxWidth(Double.MAX_VALUE);
        project.valueProperty().bindBidirectional(model.project());
        project.valueProperty().addListener((o, a, b) -> {
            boolean isNew = model.newProject();
            newName.setVisible(isNew);
            newName.setManaged(isNew);
            update();
        });
        newName.setPromptText(t.get("admission.save.newName"));
        newName.setPrefColumnCount(24);
        newName.setVisible(false);
        newName.setManaged(false);
        save.setId("admission-save");
        save.setText(t.get("admission.save.action"));
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> save());
        saveStatus.setId("admission-save-status");
        saveStatus.setWrapText(true);
        saveStatus.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane saveRow = new FlowPane(8, 6, project, newName, save);
        saveRow.setAlignment(Pos.CENTER_LEFT);
        saveRow.setId("admission-save-row");
        // 试算 is reading: 只读 keeps it; saving the check with a project writes
        cn.yanggu.workbench.ui.common.RoleGate.edits(session, saveTitle, saveRow);
        // the figures on the left, the verdicts beside them (they wrap when the window is narrow)
        results.setMinWidth(260);
        javafx.scene.layout.HBox.setHgrow(results, javafx.scene.layout.Priority.ALWAYS);
        grid.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox body = new javafx.scene.layout.HBox(24, grid, results);
        getChildren().addAll(title, hint, moneyHint, body, saveTitle, saveRow, saveStatus);
        setAlignment(Pos.TOP_LEFT);
    }

    private static Label wrapping(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private Label label(String key) {
        Label l = new Label(t.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId("admission-" + id);
        f.setPrefColumnCount(10);
        return f;
    }

    void show(Plan p) {
        this.plan = p;
        AdmissionModel.Target current = project.getValue();
        List<AdmissionModel.Target> targets = model.show(p);
        project.getItems().setAll(targets);
        project.setValue(current == null ? null : targets.stream()
                .filter(x -> Objects.equals(x.code(), current.code())).findFirst().orElse(null));
        update();
    }

    public AdmissionModel model() {
        return model;
    }

    /** Shows what the form comes to: the problems, a wait for the rest, or the verdicts. */
    private void update() {
        results.getChildren().clear();
        save.setDisable(true);
        AdmissionModel.State state = model.check();
        if (state instanceof AdmissionModel.Refused r) {
            Label bad = wrapping(String.join("\n", r.lines()));
            bad.getStyleClass().add("field-error");
            bad.setId("admission-problem");
            results.getChildren().add(bad);
        } else if (state instanceof AdmissionModel.Incomplete) {
            Label wait = wrapping(t.get("admission.incomplete"));
            wait.getStyleClass().add("secondary");
            results.getChildren().add(wait);
        } else if (state instanceof AdmissionModel.Checked c) {
            Label heading = wrapping(t.get("admission.cli.heading", c.year()));
            heading.getStyleClass().add("secondary");
            results.getChildren().add(heading);
            for (Admission.Result r : c.results()) {
                results.getChildren().add(chip(AdmissionText.line(t, r), r.verdict()));
            }
            Label verdict = wrapping(c.allPass() ? t.get("cli.admission.allPass") : t.get("cli.admission.someFail"));
            verdict.setId("admission-verdict");
            verdict.getStyleClass().add("summary-strong");
            results.getChildren().add(verdict);
            save.setDisable(project.getValue() == null);
        }
        validation.revalidate();
    }

    /** A verdict line as a chip: green ✓, red ×, grey for a rule not yet in force; wraps instead of clipping. */
    static Label chip(String text, Admission.Verdict verdict) {
        Label line = wrapping(text);
        line.getStyleClass().addAll("status-chip", switch (verdict) {
            case PASS -> "status-achieved";
            case FAIL -> "status-far-behind";
            case NOT_IN_FORCE -> "status-no-data";
        });
        line.setMaxWidth(Double.MAX_VALUE);
        return line;
    }

    private void save() {
        AdmissionModel.SaveRequest request = model.saveRequest().orElse(null);
        if (request == null || plan == null) {
            return;
        }
        saveStatus.getStyleClass().remove("field-error");
        saveStatus.setText(t.get("admission.save.saving"));
        save.setDisable(true);
        session.saveAdmissionCheck(request.projectCode(), request.newProject(), request.year(), request.proposal(),
                request.landEntered(), request.landUnit(), saved -> {
                    saveStatus.setText(model.saved(saved, session.plan()));
                    project.setValue(project.getItems().stream().filter(x -> saved.projectCode().equals(x.code()))
                            .findFirst().orElse(null));
                    newName.clear();
                }, this::rejected);
    }

    private void rejected(EditRejected r) {
        save.setDisable(false);
        if (!saveStatus.getStyleClass().contains("field-error")) {
            saveStatus.getStyleClass().add("field-error");
        }
        saveStatus.setText(model.refused(r));
    }
}
