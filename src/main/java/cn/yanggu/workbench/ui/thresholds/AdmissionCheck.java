package cn.yanggu.workbench.ui.thresholds;

import cn.yanggu.workbench.app.AdmissionText;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.Quantity;
import cn.yanggu.workbench.domain.Validation;
import cn.yanggu.workbench.ui.common.Session;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * 入园评审: the figures of a proposed project and the year whose standards apply; for each admission rule its value,
 * the threshold in force, pass or fail and the margin, recomputed as the user types; and the check saved with an
 * existing project or with a new one entered here.
 */
final class AdmissionCheck extends VBox {
    /** A project to save with: an existing one (code) or, with a null code, a new one named in the form. */
    record Target(String code, String label) {
    }

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
    private final ComboBox<Target> project = new ComboBox<>();
    private final TextField newName = field("new-project");
    private final Button save = new Button();
    private final Label saveStatus = new Label();
    private final int thisYear;
    private Plan plan;
    private Admission.Proposal proposal;
    private int checkYear;
    private double landEntered;

    AdmissionCheck(I18n t, Session session, int thisYear) {
        super(8);
        this.t = t;
        this.session = session;
        this.thisYear = thisYear;
        setId("admission-check");
        getStyleClass().add("view-body");
        Label title = new Label(t.get("admission.title"));
        title.getStyleClass().add("section-title");
        Label hint = wrapping(t.get("admission.hint"));
        hint.getStyleClass().add("secondary");
        Label moneyHint = wrapping(t.get("admission.unitsHint"));
        moneyHint.getStyleClass().add("secondary");
        year.setText(String.valueOf(thisYear));
        year.setPrefColumnCount(5);
        landUnit.setId("admission-land-unit");
        landUnit.getItems().setAll(t.get("admission.mu"), "m²");
        landUnit.setValue(t.get("admission.mu"));
        investmentUnit.setId("admission-investment-unit");
        investmentUnit.getItems().setAll("万元", "元");
        investmentUnit.setValue("万元");
        taxUnit.setId("admission-tax-unit");
        taxUnit.getItems().setAll("万元", "元");
        taxUnit.setValue("万元");
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
        for (TextField f : List.of(year, land, investment, tax, site, floor, footprint)) {
            f.textProperty().addListener((o, a, b) -> update());
        }
        results.setId("admission-results");

        Label saveTitle = new Label(t.get("admission.save.title"));
        saveTitle.getStyleClass().add("section-title");
        project.setId("admission-project");
        project.setConverter(new StringConverter<>() {
            @Override
            public String toString(Target target) {
                return target == null ? "" : target.label();
            }

            @Override
            public Target fromString(String s) {
                return project.getItems().stream().filter(x -> x.label().equals(s)).findFirst().orElse(null);
            }
        });
        project.setPromptText(t.get("admission.save.choose"));
        project.setPrefWidth(320);
        project.setMaxWidth(Double.MAX_VALUE);
        project.valueProperty().addListener((o, a, b) -> {
            boolean isNew = b != null && b.code() == null;
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
        Target current = project.getValue();
        List<Target> targets = new ArrayList<>();
        targets.add(new Target(null, t.get("admission.save.newProject")));
        p.projects().forEach(pr -> targets.add(new Target(pr.code(), pr.name())));
        project.getItems().setAll(targets);
        if (current != null) {
            project.setValue(targets.stream().filter(x -> Objects.equals(x.code(), current.code())).findFirst()
                    .orElse(null));
        }
        update();
    }

    /** A money figure in 万元 from the field and its unit (元 is divided by 10,000; a typed unit wins). */
    private Double money(TextField f, ChoiceBox<String> unit, String name, List<String> problems) {
        Quantity.Parsed p = Quantity.parse(f.getText(), unit.getValue());
        if (p.problem().isPresent()) {
            problems.add(name + "：" + ErrorText.problem(t, new Problem(name, p.problem().get(), p.unitTyped())));
            return null;
        }
        return p.value().map(v -> "元".equals(unit.getValue()) ? v / 10000.0 : v).orElse(null);
    }

    private Double number(TextField f, String unit, String name, List<String> problems) {
        Quantity.Parsed p = Quantity.parse(f.getText(), unit);
        if (p.problem().isPresent()) {
            problems.add(name + "：" + ErrorText.problem(t, new Problem(name, p.problem().get(), p.unitTyped())));
            return null;
        }
        return p.value().orElse(null);
    }

    private void update() {
        results.getChildren().clear();
        proposal = null;
        save.setDisable(true);
        if (plan == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        Integer y = null;
        try {
            y = Integer.valueOf(year.getText().strip());
            if (y < Validation.MIN_YEAR || y > Validation.MAX_YEAR) {
                problems.add(t.get("admission.year") + "：" + t.get("problem.yearRange", String.valueOf(y)));
                y = null;
            }
        } catch (NumberFormatException e) {
            problems.add(t.get("admission.year") + "：" + t.get("admission.versions.badYear"));
        }
        boolean mu = landUnit.getValue() != null && !landUnit.getValue().equals("m²");
        Quantity.Parsed landParsed = Admission.parseLand(land.getText(), mu ? "亩" : "m²");
        Double l = null;
        if (landParsed.problem().isPresent()) {
            problems.add(t.get("admission.land") + "：" + ErrorText.problem(t,
                    new Problem("land", landParsed.problem().get(), landParsed.unitTyped())));
        } else {
            l = landParsed.value().orElse(null);
        }
        Double inv = money(investment, investmentUnit, t.get("admission.investment"), problems);
        Double tx = money(tax, taxUnit, t.get("admission.tax"), problems);
        Double st = number(site, "m²", t.get("admission.site"), problems);
        Double fl = number(floor, "m²", t.get("admission.floor"), problems);
        Double fp = number(footprint, "m²", t.get("admission.footprint"), problems);
        for (Double v : new Double[] {l, inv, tx, st, fl, fp}) {
            if (v != null && v < 0) {
                problems.add(t.get("cli.admission.negative"));
                break;
            }
        }
        if ((l != null && l == 0) || (st != null && st == 0)) {
            problems.add(t.get("cli.admission.zero"));
        }
        if (!problems.isEmpty()) {
            Label bad = wrapping(String.join("\n", problems));
            bad.getStyleClass().add("field-error");
            bad.setId("admission-problem");
            results.getChildren().add(bad);
            return;
        }
        if (y == null || l == null || inv == null || tx == null || st == null || fl == null || fp == null) {
            Label wait = wrapping(t.get("admission.incomplete"));
            wait.getStyleClass().add("secondary");
            results.getChildren().add(wait);
            return;
        }
        checkYear = y;
        landIsMu = "亩".equals(landParsed.unitTyped());
        // the figure as typed, for the record (m² back from 亩 rounded to a millionth)
        landEntered = landIsMu ? l : Math.round(Admission.squareMetresFromMu(l) * 1e6) / 1e6;
        proposal = new Admission.Proposal(l, inv, tx, st, fl, fp);
        List<Admission.Result> checked = Admission.check(proposal, plan.thresholds(), y);
        Label heading = wrapping(t.get("admission.cli.heading", y));
        heading.getStyleClass().add("secondary");
        results.getChildren().add(heading);
        for (Admission.Result r : checked) {
            results.getChildren().add(chip(AdmissionText.line(t, r), r.verdict()));
        }
        boolean all = Admission.allPass(checked);
        Label verdict = wrapping(all ? t.get("cli.admission.allPass") : t.get("cli.admission.someFail"));
        verdict.setId("admission-verdict");
        verdict.getStyleClass().add("summary-strong");
        results.getChildren().add(verdict);
        Target target = project.getValue();
        save.setDisable(target == null);
    }

    private boolean landIsMu = true;

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
        Target target = project.getValue();
        if (proposal == null || target == null || plan == null) {
            return;
        }
        Project created = null;
        String code = target.code();
        if (code == null) {
            String name = newName.getText() == null ? "" : newName.getText().strip();
            created = new Project("project-" + UUID.randomUUID().toString().substring(0, 8), name, null, null, null,
                    Enums.ProjectKind.PROJECT, Enums.ProjectStage.RESERVE, proposal.investmentWan(), null, null,
                    List.of(), List.of(), t.get("admission.save.source"), null);
        }
        saveStatus.getStyleClass().remove("field-error");
        saveStatus.setText(t.get("admission.save.saving"));
        save.setDisable(true);
        session.saveAdmissionCheck(code, created, checkYear, proposal, landEntered, landIsMu ? "mu" : "m2",
                saved -> {
                    String name = session.plan().projects().stream().filter(p -> p.code().equals(saved.projectCode()))
                            .map(Project::name).findFirst().orElse(saved.projectCode());
                    saveStatus.setText(t.get(saved.storedAllPass() ? "admission.save.savedPass"
                            : "admission.save.savedFail", name, saved.year()));
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
        saveStatus.setText(String.join("\n", r.problems().stream().map(p -> p.problem().field().equals("name")
                ? t.get("admission.save.newName") + "：" + ErrorText.problem(t, p.problem())
                : ErrorText.located(t, p)).toList()));
    }
}
