package cn.yanggu.workbench.ui.grading;

import cn.yanggu.workbench.ui.common.Shown;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.grading.GradingText;
import cn.yanggu.workbench.domain.GradingMethod;
import cn.yanggu.workbench.domain.Plan;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The grading method of the selected year: a weight per indicator (percent, summing to 100), the normalisation, the
 * cut-off mode and its three values. Checked as the user types; saved as the method applying from the selected year.
 */
final class MethodEditor extends ScrollPane {
    private final I18n t;
    private final GradingText words;
    private final Map<GradingMethod.IndicatorKind, TextField> weights = new EnumMap<>(GradingMethod.IndicatorKind.class);
    private final ComboBox<GradingMethod.Normalisation> normalisation = new ComboBox<>();
    private final ComboBox<GradingMethod.CutoffMode> mode = new ComboBox<>();
    private final List<TextField> cutoffs = new ArrayList<>();
    private final List<Label> cutoffLabels = new ArrayList<>();
    private final Label lastShare = new Label();
    private final Label sum = new Label();
    private final Label whose = new Label();
    private final Label problems = new Label();
    private final Label classes = new Label();
    private final TextField note = new TextField();
    private final Button save = new Button();
    private final Button remove = new Button();
    private final MethodModel model;
    private boolean filling;

    MethodEditor(I18n t, cn.yanggu.workbench.ui.common.Session session, Consumer<GradingMethod> onSave,
                 Consumer<Integer> onRemove) {
        this.t = t;
        this.words = new GradingText(t);
        this.model = new MethodModel(t);
        setId("grading-method");
        setFitToWidth(true);
        VBox box = new VBox(10);
        box.getStyleClass().add("grading-method");
        whose.setWrapText(true);
        whose.setId("grading-method-whose");
        whose.getStyleClass().add("grading-note");
        whose.setMinHeight(Region.USE_PREF_SIZE);
        classes.setWrapText(true);
        classes.getStyleClass().add("secondary");
        classes.setMinHeight(Region.USE_PREF_SIZE);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int r = 0;
        grid.add(heading(t.get("grading.method.weights")), 0, r++, 3, 1);
        for (GradingMethod.IndicatorKind k : GradingMethod.IndicatorKind.values()) {
            TextField f = numberField("grading-weight-" + k.key(), model.weight(k));
            f.getStyleClass().add("numeric-field");
            weights.put(k, f);
            Label name = new Label(words.indicator(k));
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label formula = new Label(words.formula(k) + "（" + words.unit(k) + "）");
            formula.getStyleClass().add("secondary");
            HBox field = new HBox(4, f, new Label("%"));
            field.setAlignment(Pos.CENTER_LEFT);
            grid.addRow(r++, name, field, formula);
        }
        sum.setId("grading-weight-sum");
        grid.add(sum, 1, r++, 2, 1);

        grid.add(heading(t.get("grading.method.normalisation")), 0, r++, 3, 1);
        choice(normalisation, GradingMethod.Normalisation.values(), "grading-normalisation", words::normalisation,
                model.normalisation(), this::check);
        Label normHint = new Label(t.get("grading.method.normHint"));
        normHint.setWrapText(true);
        normHint.getStyleClass().add("secondary");
        normHint.setMinHeight(Region.USE_PREF_SIZE);
        grid.add(normalisation, 0, r++, 3, 1);
        grid.add(normHint, 0, r++, 3, 1);

        grid.add(heading(t.get("grading.method.cutoffs")), 0, r++, 3, 1);
        choice(mode, GradingMethod.CutoffMode.values(), "grading-cutoff-mode", words::cutoffMode, model.mode(), () -> {
            relabel();
            check();
        });
        grid.add(mode, 0, r++, 3, 1);
        for (int i = 0; i < 3; i++) {
            TextField f = numberField("grading-cutoff-" + (i + 1), model.cutoff(i));
            cutoffs.add(f);
            Label l = new Label();
            l.setMinWidth(Region.USE_PREF_SIZE);
            cutoffLabels.add(l);
            grid.addRow(r++, l, f);
        }
        Label lastLabel = new Label();
        cutoffLabels.add(lastLabel);
        lastShare.setId("grading-last-share");
        grid.addRow(r++, lastLabel, lastShare);
        grid.add(new Label(t.get("grading.method.note")), 0, r);
        note.setId("grading-method-note");
        note.textProperty().bindBidirectional(model.note());
        grid.add(note, 1, r++, 2, 1);

        problems.setId("grading-method-problems");
        problems.getStyleClass().add("field-error");
        problems.setWrapText(true);
        problems.setMinHeight(Region.USE_PREF_SIZE);
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        problems.visibleProperty().bind(problems.managedProperty());
        save.setId("grading-method-save");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> read().ifPresent(onSave));
        remove.setId("grading-method-remove");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setOnAction(e -> onRemove.accept(model.year()));
        HBox buttons = new HBox(8, save, remove);
        buttons.setAlignment(Pos.CENTER_LEFT);
        // 只读 reads the method; saving or removing it is the editors'
        cn.yanggu.workbench.ui.common.RoleGate.edits(session, buttons);
        cn.yanggu.workbench.ui.common.RoleGate.inputs(session, grid);
        box.getChildren().addAll(whose, buttons, problems, grid, classes);
        setContent(box);
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("grading-heading");
        return l;
    }

    /** A short field bound to {@code text}; the method is checked again on every keystroke. */
    private TextField numberField(String id, javafx.beans.property.StringProperty text) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        f.textProperty().bindBidirectional(text);
        f.textProperty().addListener((o, a, b) -> check());
        return f;
    }

    /** {@code box} offers {@code values} in words, bound to {@code value}; {@code changed} runs on every choice. */
    private static <E> void choice(ComboBox<E> box, E[] values, String id, java.util.function.Function<E, String> word,
                                   javafx.beans.property.Property<E> value, Runnable changed) {
        box.getItems().setAll(values);
        box.setId(id);
        box.setConverter(Shown.as(word));
        box.valueProperty().bindBidirectional(value);
        box.valueProperty().addListener((o, a, b) -> changed.run());
    }


    /** Shows the method that applies to {@code selectedYear}. */
    void show(Plan p, int selectedYear, GradingMethod m) {
        filling = true;
        model.show(p, selectedYear, m);
        filling = false;
        whose.setText(model.whose());
        save.setText(t.get("grading.method.save", selectedYear));
        remove.setText(t.get("grading.method.remove", selectedYear));
        remove.setDisable(!model.removable());
        classes.setText(model.planSays());
        relabel();
        check();
    }

    private void relabel() {
        for (int i = 0; i < 4; i++) {
            cutoffLabels.get(i).setText(model.cutoffLabel(i));
        }
    }

    /** The method as typed, or empty (with the problems shown) when it cannot be used. */
    Optional<GradingMethod> read() {
        MethodModel.Reading r = model.read();
        for (int i = 0; i < 3; i++) {
            mark(cutoffs.get(i), r.invalid().contains(model.cutoff(i)));
        }
        weights.forEach((k, f) -> mark(f, r.invalid().contains(model.weight(k))));
        sum.setText(model.sumText(r));
        sum.getStyleClass().remove("field-error");
        if (!r.sumIs100()) {
            sum.getStyleClass().add("field-error");
        }
        lastShare.setText(r.lastShare());
        problems.setText(String.join("\n", r.problems()));
        save.setDisable(!r.problems().isEmpty());
        return r.method();
    }

    private static void mark(TextField f, boolean invalid) {
        f.getStyleClass().remove("invalid");
        if (invalid) {
            f.getStyleClass().add("invalid");
        }
    }

    private void check() {
        if (!filling && model.hasPlan()) {
            read();
        }
    }

    /** Shows a refusal from saving. */
    void refused(List<String> lines) {
        problems.setText(String.join("\n", lines));
    }
}
