package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.Change;
import cn.yanggu.workbench.app.Edit;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Plans;
import cn.yanggu.workbench.app.Records;
import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.domain.EntityKind;
import cn.yanggu.workbench.domain.Plan;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * A feature view built around filtered table rows: the header with title, count, filter and actions on top, the
 * rows rebuilt from each plan snapshot (the selection kept), and a detail pane with the selected record's edit form.
 */
public abstract class FeatureView<R> implements WorkbenchView {
    protected final I18n t;
    protected final Session session;
    protected final FilterModel<R> model;
    protected final ViewHeader header;
    protected final BorderPane root = new BorderPane();
    private final List<TableView<R>> tables = new java.util.ArrayList<>();
    private DetailPane detail;
    private String shownKey;
    private String pendingSelect;
    /** A 新增 is being saved. */
    private boolean creating;
    /** The record the last 新增 saved, as it was saved (null when none). */
    private Object created;

    protected FeatureView(I18n t, Session session, String title, Function<R, String> searchable) {
        this.t = t;
        this.session = session;
        this.model = new FilterModel<>(searchable);
        this.header = new ViewHeader(t, title, model);
        root.getStyleClass().add("view");
        root.setTop(header);
    }

    /** The rows for a plan, in the plan's order. */
    protected abstract List<R> rows(Plan plan);

    /** Fills the read-only part of the detail pane for a selected row. */
    protected void describe(R row, DetailPane detail) {
    }

    private RecordForm<?> form;
    private Function<R, Object> recordOfRow = row -> null;

    /** Makes the view edit: {@code form} shows the record behind the selected row. */
    @SuppressWarnings("unchecked")
    protected void editable(RecordForm<?> editForm, Function<R, ?> recordOf) {
        this.form = editForm;
        this.recordOfRow = (Function<R, Object>) recordOf;
    }

    /** The editable record behind a row, or null when the view does not edit. */
    protected Object record(R row) {
        return recordOfRow.apply(row);
    }

    /** The edit form, or null when the view does not edit. */
    protected RecordForm<?> form() {
        return form;
    }

    /** A new record with sensible defaults for 新增, or null when the view does not create records. */
    protected Object newRecord(Plan plan, String code) {
        return null;
    }

    /** The table beside a detail pane that shows (and edits) the selected row. */
    protected SplitPane withDetail(TableView<R> table, String detailId, double divider) {
        return withDetail(List.of(table), table, detailId, divider);
    }

    /** Several tables (e.g. 表2-1 and the other indicators) sharing one detail pane; {@code center} holds them. */
    protected SplitPane withDetail(List<TableView<R>> views, Node center, String detailId, double divider) {
        this.detail = new DetailPane(detailId, t.get("detail.selectHint"));
        for (TableView<R> table : views) {
            tables.add(table);
            table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
                if (row != null) {
                    tables.stream().filter(o -> o != table).forEach(o -> o.getSelectionModel().clearSelection());
                    select(row);
                } else if (tables.stream().allMatch(o -> o.getSelectionModel().isEmpty())) {
                    select(null);
                }
            });
        }
        SplitPane split = new SplitPane(center, detail);
        split.setDividerPositions(divider);
        return split;
    }

    private void select(R row) {
        if (row == null) {
            shownKey = null;
            detail.clear();
            return;
        }
        describe(row, detail);
        RecordForm<?> form = form();
        Object record = record(row);
        if (form != null && record != null) {
            detail.form(form);
            show(form, record);
        }
        shownKey = key(row);
    }

    @SuppressWarnings("unchecked")
    private static <X> void show(RecordForm<X> form, Object record) {
        form.show((X) record);
    }

    private String key(R row) {
        Object r = record(row);
        return r == null ? null : EntityKind.codeOf(r);
    }

    /** Adds 新增 and 删除 to the header (for views that edit). */
    protected void addCreateAndDelete() {
        header.addAction(t.get("action.add"), "action-add", this::create);
        header.addAction(t.get("action.delete"), "action-delete", this::deleteSelected);
    }

    /**
     * 新增: saves a placeholder record and opens it with the name field focused. Clicking again while that is being
     * saved, or while the new record is still as it was created, opens the same record again: quick repeated clicks
     * give one new record, not several (nor clashing names).
     */
    private void create() {
        Plan plan = session.plan();
        if (plan == null || creating) {
            return;
        }
        if (created != null && Plans.find(plan, EntityKind.of(created), EntityKind.codeOf(created))
                .filter(created::equals).isPresent()) {
            pendingSelect = EntityKind.codeOf(created);
            model.filterProperty().set("");
            show(plan);
            return;
        }
        Object record = newRecord(plan, UUID.randomUUID().toString().substring(0, 8));
        creating = true;
        pendingSelect = EntityKind.codeOf(record);
        model.filterProperty().set("");
        String label = t.get("edit.create", Words.entity(t, EntityKind.of(record)), nameOf(record));
        session.apply(Edit.of(label, Change.create(record)), r -> {
            pendingSelect = null;
            rejected(r);
        }, () -> {
            creating = false;
            Plan now = session.plan();
            created = now != null && Plans.find(now, EntityKind.of(record), EntityKind.codeOf(record)).isPresent()
                    ? record : null;
        });
    }

    /**
     * A placeholder name not yet taken among {@code records}: {@code name} of the record count + 1, or the next
     * number free (新企业 7 when 新企业 6 exists already).
     */
    protected static String unusedName(java.util.function.IntFunction<String> name, List<?> records) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        records.forEach(r -> taken.add(nameOf(r)));
        for (int n = records.size() + 1; ; n++) {
            String s = name.apply(n);
            if (!taken.contains(s)) {
                return s;
            }
        }
    }

    private void deleteSelected() {
        R row = tables.stream().map(x -> x.getSelectionModel().getSelectedItem()).filter(Objects::nonNull)
                .findFirst().orElse(null);
        Plan plan = session.plan();
        if (row == null || plan == null || record(row) == null) {
            return;
        }
        Object record = record(row);
        List<Object> dependents = Editor.dependents(plan, record);
        String what = Words.entity(t, EntityKind.of(record)) + "“" + nameOf(record) + "”";
        StringBuilder text = new StringBuilder(t.get("delete.question", what));
        if (!dependents.isEmpty()) {
            text.append("\n\n").append(t.get("delete.dependents", dependents.size()));
            dependents.stream().limit(12).forEach(d -> text.append("\n• ")
                    .append(Words.entity(t, EntityKind.of(d))).append("：").append(nameOf(d)));
            if (dependents.size() > 12) {
                text.append("\n…");
            }
            text.append("\n\n").append(t.get("delete.detach"));
        }
        text.append("\n\n").append(t.get("delete.undoable"));
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, text.toString(), ButtonType.OK, ButtonType.CANCEL);
        FxDialogs.localize(confirm.getDialogPane(), t);
        confirm.setTitle(t.get("action.delete"));
        confirm.setHeaderText(t.get("delete.title", what));
        if (root.getScene() != null) {
            confirm.initOwner(root.getScene().getWindow());
        }
        confirm.getDialogPane().setId("delete-dialog");
        confirm.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> session.apply(
                Editor.deletion(plan, record, t.get("edit.delete", what)), this::rejected));
    }

    private void rejected(EditRejected r) {
        Alert alert = new Alert(Alert.AlertType.WARNING, String.join("\n",
                r.problems().stream().map(p -> ErrorText.located(t, p)).toList()), ButtonType.OK);
        FxDialogs.localize(alert.getDialogPane(), t);
        alert.setHeaderText(t.get("edit.rejected"));
        alert.show();
    }

    protected static String nameOf(Object record) {
        try {
            return String.valueOf(Records.get(record, "name"));
        } catch (IllegalArgumentException e) {
            return EntityKind.codeOf(record);
        }
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Plan plan) {
        String keep = pendingSelect != null ? pendingSelect : shownKey;
        model.setAll(rows(plan));
        if (tables.isEmpty()) {
            return;
        }
        if (keep != null) {
            for (TableView<R> table : tables) {
                for (R row : table.getItems()) {
                    if (Objects.equals(keep, key(row))) {
                        table.getSelectionModel().select(row);
                        table.scrollTo(row);
                        if (pendingSelect != null && form() != null) {
                            pendingSelect = null;
                            form().focus("name");
                        }
                        return;
                    }
                }
            }
        }
        if (pendingSelect == null && tables.stream().allMatch(x -> x.getSelectionModel().isEmpty())) {
            shownKey = null;
            detail.clear();
        }
    }

    @Override
    public void focusFilter() {
        header.filterField().requestFocus();
    }

    public FilterModel<R> model() {
        return model;
    }
}
