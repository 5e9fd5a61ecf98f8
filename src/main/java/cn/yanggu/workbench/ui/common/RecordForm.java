package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Plans;
import cn.yanggu.workbench.app.Records;
import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Quantity;
import cn.yanggu.workbench.domain.Validation;
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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * An editable form for one record. A field saves when it commits (Enter, or leaving it): the value is parsed and
 * the whole record validated first; a problem is shown under the field, in the UI language, and nothing is saved.
 */
public final class RecordForm<R> extends VBox {
    /** How a field's text becomes a value. */
    public enum Kind { TEXT, REQUIRED_TEXT, MULTILINE, LINES, NUMBER, INTEGER, CHOICE, CUSTOM }

    /** A choice of a drop-down: the stored value (wire name, code or null) and what the user sees. */
    public record Choice(String value, String label) {
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
     * One field: its label, the record component it edits, how it is typed, its choices or unit, and for
     * {@link Kind#CUSTOM} fields how the text is read and written.
     */
    public record Field<R>(String label, String component, Kind kind, List<Choice> choices, String unit,
                           Function<R, String> read, BiFunction<R, String, R> write) {
        public static <R> Field<R> of(String label, String component, Kind kind) {
            return new Field<>(label, component, kind, List.of(), null, null, null);
        }

        public static <R> Field<R> number(String label, String component, String unit) {
            return new Field<>(label, component, Kind.NUMBER, List.of(), unit, null, null);
        }

        public static <R> Field<R> choice(String label, String component, List<Choice> choices) {
            return new Field<>(label, component, Kind.CHOICE, choices, null, null, null);
        }

        public static <R> Field<R> custom(String label, String component, Function<R, String> read,
                                          BiFunction<R, String, R> write) {
            return new Field<>(label, component, Kind.CUSTOM, List.of(), null, read, write);
        }
    }

    private record Slot(Control control, Label error) {
    }

    /** The text each field showed for the stored record: what Esc and a workbench undo put back. */
    private final Map<String, String> stored = new java.util.HashMap<>();

    private final I18n t;
    private final Session session;
    private final List<Field<R>> fields;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private R record;
    private boolean updating;

    public RecordForm(I18n t, Session session, String id, List<Field<R>> fields) {
        super(4);
        this.t = t;
        this.session = session;
        this.fields = new ArrayList<>(fields);
        setId(id);
        getStyleClass().add("record-form");
        for (Field<R> f : this.fields) {
            Label label = new Label(f.label() + (f.unit() == null ? "" : "（" + f.unit() + "）"));
            label.getStyleClass().add("field-label");
            label.setWrapText(true);
            Control control = control(f);
            control.setId("field-" + f.component());
            if (control instanceof TextInputControl input) {
                discardable(f.component(), input);
            }
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.setManaged(false);
            error.setVisible(false);
            error.setMinHeight(Region.USE_PREF_SIZE);
            slots.put(f.component(), new Slot(control, error));
            getChildren().addAll(label, control, error);
        }
    }

    private Control control(Field<R> f) {
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
                        return f.choices().stream().filter(c -> c.label().equals(s)).findFirst().orElse(null);
                    }
                });
                box.valueProperty().addListener((obs, old, now) -> {
                    if (!updating && now != null) {
                        commit(f, now.value());
                    }
                });
                return box;
            }
            case MULTILINE, LINES -> {
                TextArea area = new TextArea();
                area.setWrapText(true);
                area.setPrefRowCount(f.kind() == Kind.LINES ? 3 : 3);
                area.focusedProperty().addListener((obs, was, focused) -> {
                    if (!focused && !updating) {
                        commit(f, area.getText());
                    }
                });
                return area;
            }
            case CUSTOM -> {
                TextArea area = new TextArea();
                area.setWrapText(true);
                area.setPrefRowCount(4);
                area.focusedProperty().addListener((obs, was, focused) -> {
                    if (!focused && !updating) {
                        commit(f, area.getText());
                    }
                });
                return area;
            }
            default -> {
                TextField field = new TextField();
                field.setOnAction(e -> commit(f, field.getText()));
                field.focusedProperty().addListener((obs, was, focused) -> {
                    if (!focused && !updating) {
                        commit(f, field.getText());
                    }
                });
                return field;
            }
        }
    }

    /**
     * Esc (with something typed) and a workbench undo or redo ({@link Typing#DISCARD}) put the stored value back into
     * the field, so what was typed is not saved when the field is left.
     */
    private void discardable(String component, TextInputControl input) {
        input.addEventHandler(Typing.DISCARD, e -> discard(component, input));
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && dirty(component, input)) {
                discard(component, input);
                e.consume();
            }
        });
    }

    private boolean dirty(String component, TextInputControl input) {
        return !Objects.equals(input.getText(), stored.getOrDefault(component, ""));
    }

    private void discard(String component, TextInputControl input) {
        updating = true;
        try {
            input.setText(stored.getOrDefault(component, ""));
            input.end();
        } finally {
            updating = false;
        }
        clearError(slots.get(component));
    }

    /** Shows a record; fields the user is typing in keep their text when the same record is refreshed. */
    public void show(R r) {
        boolean same = record != null && r != null && EntityKind.codeOf(record).equals(EntityKind.codeOf(r));
        record = r;
        updating = true;
        try {
            for (Field<R> f : fields) {
                Slot slot = slots.get(f.component());
                String text = r == null ? "" : read(f, r);
                if (same && slot.control().isFocused() && slot.control() instanceof TextInputControl typing
                        && dirty(f.component(), typing)) {
                    stored.put(f.component(), text);   // what Esc puts back; the typing stays
                    continue;
                }
                if (!same) {
                    clearError(slot);
                }
                if (slot.control() instanceof TextInputControl input) {
                    stored.put(f.component(), text);
                    input.setText(text);
                } else if (slot.control() instanceof ComboBox<?> box) {
                    @SuppressWarnings("unchecked")
                    ComboBox<Choice> combo = (ComboBox<Choice>) box;
                    combo.setValue(f.choices().stream().filter(c -> Objects.equals(c.value(), text.isEmpty() ? null
                            : text)).findFirst().orElse(null));
                }
            }
        } finally {
            updating = false;
        }
    }

    private String read(Field<R> f, R r) {
        if (f.read() != null) {
            return f.read().apply(r);
        }
        Object v = Records.get(r, f.component());
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return Formats.number(d).replace(",", "");
        }
        if (v instanceof Enum<?> e) {
            return Enums.wire(e);
        }
        if (v instanceof List<?> list) {
            return String.join("\n", list.stream().map(String::valueOf).toList());
        }
        return v.toString();
    }

    private Object parse(Field<R> f, String text) {
        String s = text == null ? "" : text.strip();
        Class<?> type = componentType(f.component());
        return switch (f.kind()) {
            case TEXT, MULTILINE -> s.isEmpty() ? null : s;
            case REQUIRED_TEXT -> s;
            case LINES -> Arrays.stream(s.split("\\R")).map(String::strip).filter(x -> !x.isEmpty()).toList();
            case NUMBER -> {
                Quantity.Parsed p = Quantity.parse(s, f.unit());
                if (p.problem().isPresent()) {
                    throw new FieldProblem(new Problem(f.component(), p.problem().get(), p.unitTyped()));
                }
                yield p.value().orElse(null);
            }
            case INTEGER -> {
                if (s.isEmpty()) {
                    yield null;
                }
                try {
                    yield Integer.valueOf(s);
                } catch (NumberFormatException e) {
                    throw new FieldProblem(new Problem(f.component(), Problem.Kind.NOT_A_NUMBER));
                }
            }
            case CHOICE -> {
                if (s.isEmpty()) {
                    yield null;
                }
                if (type == Enums.Comparator.class) {
                    yield Enums.Comparator.ofSymbol(s);
                }
                if (type.isEnum()) {
                    @SuppressWarnings({"unchecked", "rawtypes"})
                    Object e = Enums.parse((Class) type, s);
                    yield e;
                }
                yield s;
            }
            case CUSTOM -> throw new IllegalStateException("custom fields write themselves");
        };
    }

    private Class<?> componentType(String component) {
        for (var rc : record.getClass().getRecordComponents()) {
            if (rc.getName().equals(component)) {
                return rc.getType();
            }
        }
        return String.class;
    }

    private void commit(Field<R> f, String text) {
        if (record == null || !session.isOpen()) {
            return;
        }
        Slot slot = slots.get(f.component());
        R before = record;
        R after;
        try {
            after = f.kind() == Kind.CUSTOM ? f.write().apply(before, text)
                    : Records.with(before, f.component(), parse(f, text));
        } catch (FieldProblem p) {
            showError(slot, ErrorText.problem(t, p.problem()));
            return;
        }
        if (Objects.equals(before, after)) {
            clearError(slot);
            return;
        }
        Plan plan = session.plan();
        List<Problem> problems = Validation.check(after, Plans.apply(plan, Change.update(before, after)));
        if (!problems.isEmpty()) {
            showError(slot, problems.stream().map(p -> ErrorText.problem(t, p)).distinct()
                    .reduce((a, b) -> a + "；" + b).orElse(""));
            return;
        }
        clearError(slot);
        String label = t.get("edit.field", Words.entity(t, EntityKind.of(after)), name(after), f.label());
        session.apply(Edit.of(label, Change.update(before, after)), rejected -> showRejected(slot, rejected));
    }

    private static String name(Object record) {
        try {
            return String.valueOf(Records.get(record, "name"));
        } catch (IllegalArgumentException e) {
            return EntityKind.codeOf(record);
        }
    }

    private void showRejected(Slot slot, EditRejected r) {
        List<String> lines = new ArrayList<>();
        r.problems().forEach(p -> lines.add(ErrorText.problem(t, p.problem())));
        showError(slot, String.join("；", lines));
    }

    private void showError(Slot slot, String message) {
        slot.error().setText(message);
        slot.error().setVisible(true);
        slot.error().setManaged(true);
        if (!slot.control().getStyleClass().contains("invalid")) {
            slot.control().getStyleClass().add("invalid");
        }
    }

    private void clearError(Slot slot) {
        slot.error().setText("");
        slot.error().setVisible(false);
        slot.error().setManaged(false);
        slot.control().getStyleClass().remove("invalid");
    }

    /** Replaces the choices of a drop-down (e.g. when chains were added or renamed). */
    public void setChoices(String component, List<Choice> choices) {
        Slot slot = slots.get(component);
        if (slot.control() instanceof ComboBox<?> box) {
            @SuppressWarnings("unchecked")
            ComboBox<Choice> combo = (ComboBox<Choice>) box;
            updating = true;
            try {
                String current = combo.getValue() == null ? null : combo.getValue().value();
                combo.getItems().setAll(choices);
                combo.setValue(choices.stream().filter(c -> Objects.equals(c.value(), current)).findFirst()
                        .orElse(null));
            } finally {
                updating = false;
            }
            int i = 0;
            for (Field<R> f : fields) {
                if (f.component().equals(component)) {
                    fields.set(i, new Field<>(f.label(), f.component(), f.kind(), List.copyOf(choices), f.unit(),
                            f.read(), f.write()));
                }
                i++;
            }
        }
    }

    /** The message shown under a field (empty when none), for tests and screen readers. */
    public String errorOf(String component) {
        return slots.get(component).error().getText();
    }

    /** Puts the keyboard focus into a field. */
    public void focus(String component) {
        slots.get(component).control().requestFocus();
    }
}
