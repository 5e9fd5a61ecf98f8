package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Plans;
import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanRecord;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.domain.Quantity;
import cn.yanggu.workbench.domain.Validation;
import cn.yanggu.workbench.ui.common.RecordForm.Field;
import cn.yanggu.workbench.ui.common.RecordForm.FieldProblem;
import cn.yanggu.workbench.ui.common.RecordForm.Kind;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The state of a record form, without any control: the record shown, the text typed in each field, the problem
 * under each field in the UI language, and whether the record is a draft of 新增 not saved yet. A committed field is
 * parsed into its typed value, the record validated, and the change handed to the {@link Sink} as one {@link Edit};
 * a draft becomes a record only when one of its fields is saved, and starting 新增 again while a draft is open keeps
 * that one draft. Runs without the JavaFX toolkit (its properties are plain observables).
 *
 * @param <R> the kind of record edited
 */
public final class RecordFormModel<R extends PlanRecord> {
    /** Where a save goes: the edit, and who hears that it was refused (nothing written). */
    public interface Sink {
        void apply(Edit edit, Consumer<EditRejected> rejected);
    }

    private final I18n t;
    private final List<Field<R>> fields;
    private final Supplier<Plan> plan;
    private final Sink sink;
    private final ReadOnlyObjectWrapper<R> record = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper draft = new ReadOnlyBooleanWrapper();
    private final Map<String, StringProperty> texts = new LinkedHashMap<>();
    private final Map<String, ReadOnlyStringWrapper> problems = new LinkedHashMap<>();
    /** The text each field shows for the stored record: what a discard puts back. */
    private final Map<String, String> stored = new LinkedHashMap<>();

    public RecordFormModel(I18n t, List<Field<R>> fields, Supplier<Plan> plan, Sink sink) {
        this.t = t;
        this.fields = new ArrayList<>(fields);
        this.plan = plan;
        this.sink = sink;
        for (Field<R> f : fields) {
            texts.put(f.id(), new SimpleStringProperty(this, f.id(), ""));
            problems.put(f.id(), new ReadOnlyStringWrapper(this, f.id() + "Problem", ""));
            stored.put(f.id(), "");
        }
    }

    /** The fields, in the order the form shows them. */
    public List<Field<R>> fields() {
        return List.copyOf(fields);
    }

    /** The field with an id (a record field's name, or a custom field's own id). */
    public Field<R> field(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no field " + id));
    }

    /** Replaces a field's choices (e.g. when chains were added or renamed). */
    public void setChoices(String id, List<RecordForm.Choice> choices) {
        for (int i = 0; i < fields.size(); i++) {
            Field<R> f = fields.get(i);
            if (f.id().equals(id)) {
                fields.set(i, f.withChoices(choices));
            }
        }
    }

    /** The record shown (the draft while 新增 is not saved), or null. */
    public ReadOnlyObjectProperty<R> record() {
        return record.getReadOnlyProperty();
    }

    /** Whether the record shown is a draft of 新增, not stored yet. */
    public ReadOnlyBooleanProperty draft() {
        return draft.getReadOnlyProperty();
    }

    /** The text of a field as typed (bound to the control). */
    public StringProperty text(String id) {
        return texts.get(id);
    }

    /** The problem of a field in the UI language; empty when none. */
    public ReadOnlyStringProperty problem(String id) {
        return problems.get(id).getReadOnlyProperty();
    }

    /** The text the field shows for the record shown (what {@link #discard} puts back). */
    public String storedText(String id) {
        return stored.get(id);
    }

    /** Whether the typed text of a field differs from the record's. */
    public boolean dirty(String id) {
        return !Objects.equals(texts.get(id).get(), stored.get(id));
    }

    /** Shows a stored record (or nothing); any draft is dropped. */
    public void show(R r) {
        show(r, null);
    }

    /**
     * Shows a stored record. When it is the record already shown (a refresh), the field {@code typingIn} keeps what
     * is being typed in it; every other field shows the record.
     */
    public void show(R r, String typingIn) {
        boolean same = record.get() != null && r != null && record.get().entityKind() == r.entityKind()
                && record.get().code().equals(r.code());
        record.set(r);
        draft.set(false);
        for (Field<R> f : fields) {
            String text = r == null ? "" : read(f, r);
            boolean keep = same && f.id().equals(typingIn) && dirty(f.id());
            stored.put(f.id(), text);
            if (!keep) {
                texts.get(f.id()).set(text);
            }
            if (!same) {
                problems.get(f.id()).set("");
            }
        }
    }

    /**
     * 新增: shows {@code fresh} as a draft, saved only when one of its fields is. While a draft is shown, it stays
     * the one shown (quick repeated clicks open one form); returns the draft shown.
     */
    public R startNew(R fresh) {
        if (draft.get() && record.get() != null) {
            return record.get();
        }
        show(fresh);
        draft.set(true);
        return fresh;
    }

    /** Puts the record's text back into a field (Esc, or the workbench's undo while typing) and clears its problem. */
    public void discard(String id) {
        texts.get(id).set(stored.get(id));
        problems.get(id).set("");
    }

    /** The text a field shows for a record. */
    public String read(Field<R> f, R r) {
        if (f.read() != null) {
            return f.read().apply(r);
        }
        Object v = f.field().get(r);
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

    /**
     * The typed value of a field's text: a number in the field's unit (another unit of its family converted), a
     * whole number, a choice, lines, or text (blank = not set).
     *
     * @throws FieldProblem when the text is not a value of the field
     */
    public Object parse(Field<R> f, String text) {
        String s = text == null ? "" : text.strip();
        return switch (f.kind()) {
            case TEXT, MULTILINE -> s.isEmpty() ? null : s;
            case REQUIRED_TEXT -> s;
            case LINES -> Arrays.stream(s.split("\\R")).map(String::strip).filter(x -> !x.isEmpty()).toList();
            case NUMBER -> {
                Quantity.Parsed p = Quantity.parse(s, f.unit());
                if (p.problem().isPresent()) {
                    throw new FieldProblem(new Problem(f.id(), p.problem().get(), p.unitTyped()));
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
                    throw new FieldProblem(new Problem(f.id(), Problem.Kind.NOT_A_NUMBER));
                }
            }
            case CHOICE -> choice(f.field().type(), s);
            case CUSTOM -> throw new IllegalStateException("custom fields write themselves");
        };
    }

    private static Object choice(Class<?> type, String s) {
        if (s.isEmpty()) {
            return null;
        }
        if (type == Enums.Comparator.class) {
            return Enums.Comparator.ofSymbol(s);
        }
        if (type.isEnum()) {
            @SuppressWarnings({"unchecked", "rawtypes"})
            Object e = Enums.parse((Class) type, s);
            return e;
        }
        return s;
    }

    /** The record shown with a field's text written into it. */
    @SuppressWarnings("unchecked")
    private R written(Field<R> f, R before, String text) {
        if (f.kind() == Kind.CUSTOM) {
            return f.write().apply(before, text);
        }
        return (R) f.field().withValueIn(before, parse(f, text));
    }

    /** Commits a field as leaving it does: saved when its value changed. */
    public boolean commit(String id) {
        return commit(id, false);
    }

    /**
     * Commits a field's text: parsed, the record validated in the plan it would make, and the change saved as one
     * edit. A problem is put under the field and nothing is saved. A draft is saved (created) with the field's value
     * when the value changed, or when {@code explicit} (Enter) even if it did not.
     *
     * @return whether an edit was handed on
     */
    public boolean commit(String id, boolean explicit) {
        R before = record.get();
        Plan current = plan.get();
        if (before == null || current == null) {
            return false;
        }
        Field<R> f = field(id);
        ReadOnlyStringWrapper problem = problems.get(id);
        R after;
        try {
            after = written(f, before, texts.get(id).get());
        } catch (FieldProblem p) {
            problem.set(ErrorText.problem(t, p.problem()));
            return false;
        }
        boolean creating = draft.get();
        if (Objects.equals(before, after) && !(creating && explicit)) {
            problem.set("");
            return false;
        }
        Change change = creating ? Change.create(after) : Change.update(before, after);
        List<Problem> found = Validation.check(after, Plans.apply(current, change));
        if (!found.isEmpty()) {
            problem.set(found.stream().map(p -> ErrorText.problem(t, p)).distinct()
                    .reduce((a, b) -> a + "；" + b).orElse(""));
            return false;
        }
        problem.set("");
        String what = Words.entity(t, after.entityKind());
        String label = creating ? t.get("edit.create", what, after.name())
                : t.get("edit.field", what, after.name(), f.label());
        // shown as saved at once (the value as the record holds it), so that the next field commits onto it; put
        // back if the save is refused, with what was typed
        String typed = texts.get(id).get();
        String shown = read(f, after);
        record.set(after);
        draft.set(false);
        stored.put(id, shown);
        texts.get(id).set(shown);
        sink.apply(Edit.of(label, change), rejected -> {
            if (record.get() == after) {
                record.set(before);
                draft.set(creating);
                stored.put(id, read(f, before));
                if (shown.equals(texts.get(id).get())) {
                    texts.get(id).set(typed);
                }
            }
            problem.set(String.join("；", rejected.problems().stream()
                    .map(p -> ErrorText.problem(t, p.problem())).toList()));
        });
        return true;
    }
}
