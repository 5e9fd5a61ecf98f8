package cn.yanggu.workbench.ui.thresholds;

import cn.yanggu.workbench.app.AdmissionText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Admission;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Quantity;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;

/**
 * 入园评审 quick check: the figures of a proposed project, and for each admission rule its value, the threshold,
 * pass or fail and the margin, recomputed as the user types.
 */
final class AdmissionCheck extends VBox {
    private final I18n t;
    private final TextField land = field("land");
    private final ChoiceBox<String> landUnit = new ChoiceBox<>();
    private final TextField investment = field("investment");
    private final TextField tax = field("tax");
    private final TextField site = field("site");
    private final TextField floor = field("floor");
    private final TextField footprint = field("footprint");
    private final VBox results = new VBox(4);
    private Plan plan;

    AdmissionCheck(I18n t) {
        super(8);
        this.t = t;
        setId("admission-check");
        getStyleClass().add("view-body");
        Label title = new Label(t.get("admission.title"));
        title.getStyleClass().add("section-title");
        Label hint = new Label(t.get("admission.hint"));
        hint.getStyleClass().add("secondary");
        hint.setWrapText(true);
        landUnit.getItems().setAll(t.get("admission.mu"), "m²");
        landUnit.setValue(t.get("admission.mu"));
        landUnit.valueProperty().addListener((o, a, b) -> update());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(t.get("admission.land")), land, landUnit);
        grid.addRow(1, new Label(t.get("admission.investment")), investment, new Label("万元"));
        grid.addRow(2, new Label(t.get("admission.tax")), tax, new Label("万元"));
        grid.addRow(3, new Label(t.get("admission.site")), site, new Label("m²"));
        grid.addRow(4, new Label(t.get("admission.floor")), floor, new Label("m²"));
        grid.addRow(5, new Label(t.get("admission.footprint")), footprint, new Label("m²"));
        for (TextField f : List.of(land, investment, tax, site, floor, footprint)) {
            f.textProperty().addListener((o, a, b) -> update());
        }
        results.setId("admission-results");
        getChildren().addAll(title, hint, grid, results);
        setAlignment(Pos.TOP_LEFT);
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId("admission-" + id);
        f.setPrefColumnCount(10);
        return f;
    }

    void show(Plan p) {
        this.plan = p;
        update();
    }

    private Double number(TextField f, String unit) {
        var parsed = Quantity.parse(f.getText(), unit);
        return parsed.problem().isPresent() ? null : parsed.value().orElse(null);
    }

    private void update() {
        results.getChildren().clear();
        if (plan == null) {
            return;
        }
        boolean mu = landUnit.getValue() != null && !landUnit.getValue().equals("m²");
        Double l = number(land, mu ? null : "m²");
        Double inv = number(investment, "万元");
        Double tx = number(tax, "万元");
        Double st = number(site, "m²");
        Double fl = number(floor, "m²");
        Double fp = number(footprint, "m²");
        if (l == null || inv == null || tx == null || st == null || fl == null || fp == null || l <= 0 || st <= 0) {
            Label wait = new Label(t.get("admission.incomplete"));
            wait.getStyleClass().add("secondary");
            results.getChildren().add(wait);
            return;
        }
        double landMu = mu ? l : Admission.muFromSquareMetres(l);
        boolean all = true;
        for (Admission.Result r : Admission.check(new Admission.Proposal(landMu, inv, tx, st, fl, fp),
                plan.thresholds())) {
            all &= r.pass();
            Label line = new Label(AdmissionText.line(t, r));
            line.getStyleClass().addAll("status-chip", r.pass() ? "status-on-track" : "status-far-behind");
            results.getChildren().add(line);
        }
        Label verdict = new Label(all ? t.get("cli.admission.allPass") : t.get("cli.admission.someFail"));
        verdict.setId("admission-verdict");
        verdict.getStyleClass().add("summary-strong");
        results.getChildren().add(verdict);
    }
}
