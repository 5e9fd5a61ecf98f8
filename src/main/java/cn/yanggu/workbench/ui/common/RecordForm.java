package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.PlanRecord;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.RecordField;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An editable form for one record, bound to a {@link RecordFormModel} that holds its state. A field saves when it
 * commits (Enter, or leaving it): the model parses the value and validates the whole record first; a problem is
 * shown under the field, in the UI language, and nothing is saved.
 */
public final class RecordForm<R extends PlanRecord> extends VBox {
    /** How a field's text becomes a value. */
    public enum Kind { TEXT, REQUIRED_TEXT, MULTILINE, LINES, NUMBER, INTEGER, CHOICE, CUSTOM }

    /** A choice of a drop-down: the stored value (wire name, code or null) and what the user sees. */
    public record Choice(String value, String label) {
        /** A vocabulary's constants as choices, in their order: the wire name, the word the views use. */
        public static List<Choice> of(I18n t, Enum<?>... values) {
            return java.util.Arrays.stream(values).map(v -> new Choice(Enums.wire(v), Words.of(t, v))).toList();
        }

        /** The choices after a first 未填写 (null) for a field that may stay empty. */
        public static List<Choice> withUnset(I18n t, List<Choice> choices) {
            List<Choice> out = new java.util.ArrayList<>();
            out.add(new Choice(null, t.get("common.unset")));
            out.addAll(choices);
            return out;
        }
    }

    /** A parse error of a field's text. */
    public static final class FieldProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Problem problem;

        public FieldProblem(Problem problem) {
            super(problem.toString());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /**
     * One field: its label, its id (the record field's name, or a custom field's own), the record field it edits,
     * how it is typed, its choices or unit, and for {@link Kind#CUSTOM} fields how the text is read and written.
     */
    public record Field<R extends PlanRecord>(String label, String id, RecordField<R, ?> field, Kind kind,
                                              List<Choice> choices, String unit, Function<R, String> read,
                                              BiFunction<R, String, R> write) {
        public Field {
            choices = List.copyOf(choices);
            if (field == null && kind != Kind.CUSTOM) {
                throw new IllegalArgumentException(id + ": only a custom field has no record field");
            }
        }

        public static <R extends PlanRecord> Field<R> of(String label, RecordField<R, ?> field, Kind kind) {
            return new Field<>(label, field.name(), field, kind, List.of(), null, null, null);
        }

        /** 来源: where the record comes from; every record says so. */
        public static <R extends PlanRecord> Field<R> source(I18n t, RecordField<R, ?> field) {
            return of(t.get("common.source"), field, Kind.REQUIRED_TEXT);
        }

        /** 备注: free text over several lines. */
        public static <R extends PlanRecord> Field<R> note(I18n t, RecordField<R, ?> field) {
            return of(t.get("common.note"), field, Kind.MULTILINE);
        }

        public static <R extends PlanRecord> Field<R> number(String label, RecordField<R, Double> field,
                                                             String unit) {
            return new Field<>(label, field.name(), field, Kind.NUMBER, List.of(), unit, null, null);
        }

        public static <R extends PlanRecord> Field<R> choice(String label, RecordField<R, ?> field,
                                                             List<Choice> choices) {
            return choice(label, field, choices, null);
        }

        /** A drop-down whose stored value is shown by {@code read} (e.g. a comparator by its symbol). */
        public static <R extends PlanRecord> Field<R> choice(String label, RecordField<R, ?> field,
                                                             List<Choice> choices, Function<R, String> read) {
            return new Field<>(label, field.name(), field, Kind.CHOICE, choices, null, read, null);
        }

        /** A field that reads and writes the record itself, e.g. one list of a chain's enterprises by role. */
        public static <R extends PlanRecord> Field<R> custom(String label, String id, Function<R, String> read,
                                                             BiFunction<R, String, R> write) {
            return new Field<>(label, id, null, Kind.CUSTOM, List.of(), null, read, write);
        }

        /** A custom field that edits one record field. */
        public static <R extends PlanRecord> Field<R> custom(String label, RecordField<R, ?> field,
                                                             Function<R, String> read,
                                                             BiFunction<R, String, R> write) {
            return new Field<>(label, field.name(), field, Kind.CUSTOM, List.of(), null, read, write);
        }

        /** This field with other choices. */
        public Field<R> withChoices(List<Choice> other) {
            return new Field<>(label, id, field, kind, other, unit, read, write);
        }
    }

    private record Slot(Control control, Label error) {
    }

    private final RecordFormModel<R> model;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private boolean updating;

    public RecordForm(I18n t, Session session, String id, List<Field<R>> fields) {
        super(4);
        // 取消 after a lost connection: the field holds what was typed, not saved (no problem to show), so that
        // Enter saves it again
        this.model = new RecordFormModel<>(t, fields, session::plan, (edit, rejected) -> session.apply(edit, rejected,
                () -> { }, () -> rejected.accept(new cn.yanggu.workbench.app.EditRejected(List.of()))));
        setId(id);
        getStyleClass().add("record-form");
        for (Field<R> f : fields) {
            Label label = new Label(f.label() + (f.unit() == null ? "" : "（" + f.unit() + "）"));
            label.getStyleClass().add("field-label");
            label.setWrapText(true);
            Control control = control(f);
            control.setId("field-" + f.id());
            // 只读: the values stay readable and copyable, nothing is typed in or chosen
            RoleGate.inputs(session, control);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.setManaged(false);
            error.setVisible(false);
            error.setMinHeight(Region.USE_PREF_SIZE);
            error.textProperty().bind(model.problem(f.id()));
            error.textProperty().addListener((obs, old, now) -> showError(control, error, !now.isEmpty()));
            slots.put(f.id(), new Slot(control, error));
            getChildren().addAll(label, control, error);
        }
    }

    /** The state behind the form. */
    public RecordFormModel<R> model() {
        return model;
    }

    private Control control(Field<R> f) {
        String id = f.id();
        switch (f.kind()) {
            case CHOICE -> {
                ComboBox<Choice> box = new ComboBox<>();
                box.getItems().setAll(f.choices());
                box.setMaxWidth(Double.MAX_VALUE);
                box.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(Choice c) {
                        return c == null ? "" : c.label();
                    }

                    @Override
                    public Choice fromString(String s) {
                        return box.getItems().stream().filter(c -> c.label().equals(s)).findFirst().orElse(null);
                    }
                });
                model.text(id).addListener((obs, old, now) -> select(box, now));
                box.valueProperty().addListener((obs, old, now) -> {
                    if (!updating && now != null) {
                        model.text(id).set(now.value() == null ? "" : now.value());
                        model.commit(id, true);
                    }
                });
                return box;
            }
            case MULTILINE, LINES, CUSTOM -> {
                TextArea area = new TextArea();
                area.setWrapText(true);
                area.setPrefRowCount(f.kind() == Kind.CUSTOM ? 4 : 3);
                return typing(id, area);
            }
            default -> {
                TextField field = new TextField();
                field.setOnAction(e -> model.commit(id, true));
                return typing(id, field);
            }
        }
    }

    /**
     * A text control bound to the model's text: leaving it commits; Esc (with something typed) and a workbench undo
     * or redo ({@link Typing#DISCARD}) put the stored value back, so what was typed is not saved when it is left.
     */
    private Control typing(String id, TextInputControl input) {
        input.textProperty().bindBidirectional(model.text(id));
        input.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !updating) {
                model.commit(id);
            }
        });
        input.addEventHandler(Typing.DISCARD, e -> discard(id, input));
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.dirty(id)) {
                discard(id, input);
                e.consume();
            }
        });
        return input;
    }

    private void discard(String id, TextInputControl input) {
        model.discard(id);
        input.end();
    }

    private void select(ComboBox<Choice> box, String value) {
        updating = true;
        try {
            String v = value == null || value.isEmpty() ? null : value;
            box.setValue(box.getItems().stream().filter(c -> Objects.equals(c.value(), v)).findFirst().orElse(null));
        } finally {
            updating = false;
        }
    }

    /** Shows a stored record; a field the user is typing in keeps its text when the same record is refreshed. */
    public void show(R r) {
        String typingIn = slots.entrySet().stream()
                .filter(e -> e.getValue().control().isFocused() && e.getValue().control() instanceof TextInputControl)
                .map(Map.Entry::getKey).findFirst().orElse(null);
        updating = true;
        try {
            model.show(r, typingIn);
        } finally {
            updating = false;
        }
    }

    /**
     * 新增: shows {@code fresh} as a draft, stored only when a field of it is saved; while a draft is open it stays
     * (repeated clicks open one form).
     */
    public void startNew(R fresh) {
        updating = true;
        try {
            model.startNew(fresh);
        } finally {
            updating = false;
        }
    }

    private static void showError(Control control, Label error, boolean shown) {
        error.setVisible(shown);
        error.setManaged(shown);
        if (!shown) {
            control.getStyleClass().remove("invalid");
        } else if (!control.getStyleClass().contains("invalid")) {
            control.getStyleClass().add("invalid");
        }
    }

    /** Replaces the choices of a drop-down (e.g. when chains were added or renamed). */
    public void setChoices(String id, List<Choice> choices) {
        Slot slot = slots.get(id);
        if (slot.control() instanceof ComboBox<?> box) {
            @SuppressWarnings("unchecked")
            ComboBox<Choice> combo = (ComboBox<Choice>) box;
            updating = true;
            try {
                combo.getItems().setAll(choices);
            } finally {
                updating = false;
            }
            model.setChoices(id, choices);
            select(combo, model.text(id).get());
        }
    }

    /** The message shown under a field (empty when none), for tests and screen readers. */
    public String errorOf(String id) {
        return slots.get(id).error().getText();
    }

    /** Puts the keyboard focus into a field. */
    public void focus(String id) {
        slots.get(id).control().requestFocus();
    }
}
