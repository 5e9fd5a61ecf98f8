package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.Editor;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanRecord;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

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
    /** The record to select when it appears (a saved 新增 draft). */
    private String pendingSelect;

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
    private javafx.scene.control.Button addButton;
    private javafx.scene.control.Button deleteButton;
    private Function<R, ? extends PlanRecord> recordOfRow = row -> null;

    /** Makes the view edit: {@code form} shows the record behind the selected row; 新增 and 删除 in the header. */
    protected void editable(RecordForm<?> editForm, Function<R, ? extends PlanRecord> recordOf) {
        this.form = editForm;
        this.recordOfRow = recordOf;
        addButton = header.addAction(t.get("action.add"), "action-add", this::add);
        deleteButton = header.addAction(t.get("action.delete"), "action-delete", this::delete);
        RoleGate.edits(session, addButton, deleteButton);
    }

    /** Records only the 管理员 changes (the admission standards): hidden or read-only for 编辑 and 只读. */
    protected void administeredOnly() {
        RoleGate.administers(session, addButton, deleteButton);
        form.disableProperty().bind(session.notAdministrator());
    }

    /** The header's 新增: a new record (a view showing something else, e.g. a map, acts on what it shows). */
    protected void add() {
        create();
    }

    /** The header's 删除: the selected record, after asking (a view showing something else acts on that). */
    protected void delete() {
        deleteSelected();
    }

    /** The editable record behind a row, or null when the view does not edit. */
    protected PlanRecord record(R row) {
        return recordOfRow.apply(row);
    }

    /** The edit form, or null when the view does not edit. */
    protected RecordForm<?> form() {
        return form;
    }

    /** A new record with sensible defaults for 新增, or null when the view does not create records. */
    protected PlanRecord newRecord(Plan plan, String code) {
        return null;
    }

    /**
     * A page of stacked parts that scrolls on a small or scaled screen rather than squeezing them: {@code grows} takes
     * the height left over, never less than {@code minHeight}; {@code spacing} between the parts, in px.
     */
    protected static ScrollPane page(double spacing, Region grows, double minHeight, Node... parts) {
        VBox body = new VBox(spacing, parts);
        body.getStyleClass().add("view-body");
        VBox.setVgrow(grows, Priority.ALWAYS);
        grows.setMinHeight(minHeight);
        ScrollPane page = Scrolls.of(body);
        page.setFitToWidth(true);
        page.setFitToHeight(true);
        page.getStyleClass().add("page-scroll");
        return page;
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
        belowWhenNarrow(split, divider);
        return split;
    }

    /** Narrower than this (logical px: 1366×768 at 100 %, 1920×1080 at 150 %), the detail goes below the table. */
    private static final double NARROW = 1300;

    /**
     * On a narrow window the detail pane moves below the table, so the table keeps the whole width for its columns
     * and the form is not crushed beside it; on a wide one it sits on the right.
     */
    static void belowWhenNarrow(SplitPane split, double divider) {
        split.widthProperty().addListener((o, a, w) -> {
            javafx.geometry.Orientation want = w.doubleValue() > 0 && w.doubleValue() < NARROW
                    ? javafx.geometry.Orientation.VERTICAL : javafx.geometry.Orientation.HORIZONTAL;
            if (split.getOrientation() != want) {
                split.setOrientation(want);
                split.setDividerPositions(want == javafx.geometry.Orientation.VERTICAL ? 0.62 : divider);
            }
        });
    }

    private void select(R row) {
        if (row == null) {
            shownKey = null;
            detail.clear();
            return;
        }
        if (pendingSelect != null && !pendingSelect.equals(key(row))) {
            pendingSelect = null;   // another row chosen: the draft is given up
        }
        describe(row, detail);
        RecordForm<?> form = form();
        PlanRecord record = record(row);
        if (form != null && record != null) {
            detail.form(form);
            show(form, record);
        }
        shownKey = key(row);
    }

    @SuppressWarnings("unchecked")
    private static <X extends PlanRecord> void show(RecordForm<X> form, PlanRecord record) {
        form.show((X) record);
    }

    @SuppressWarnings("unchecked")
    private static <X extends PlanRecord> void startNew(RecordForm<X> form, PlanRecord record) {
        form.startNew((X) record);
    }

    private String key(R row) {
        PlanRecord r = record(row);
        return r == null ? null : r.code();
    }

    /** Adds 新增 and 删除 to the header (for views that edit). */
    /**
     * 新增: opens a draft record with the name field focused; it is stored only when one of its fields is saved.
     * Clicking again while the draft is open keeps that draft: quick repeated clicks give one form, and no record
     * (nor clashing names) until it is saved.
     */
    private void create() {
        Plan plan = session.plan();
        RecordForm<?> editForm = form();
        if (plan == null || editForm == null) {
            return;
        }
        PlanRecord fresh = newRecord(plan, UUID.randomUUID().toString().substring(0, 8));
        if (fresh == null) {
            return;
        }
        if (!editForm.model().draft().get()) {
            tables.forEach(x -> x.getSelectionModel().clearSelection());
            model.filterProperty().set("");
            detail.clear();
            detail.title(t.get("edit.create", Words.entity(t, fresh.entityKind()), fresh.name()));
            detail.form(editForm);
            startNew(editForm, fresh);
        }
        PlanRecord draft = editForm.model().record().get();
        pendingSelect = draft == null ? null : draft.code();
        editForm.focus("name");
    }

    /**
     * A placeholder name not yet taken among {@code records}: {@code name} of the record count + 1, or the next
     * number free (新企业 7 when 新企业 6 exists already).
     */
    protected static String unusedName(java.util.function.IntFunction<String> name,
                                       List<? extends PlanRecord> records) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        records.forEach(r -> taken.add(nameOf(r)));
        for (int n = records.size() + 1; ; n++) {
            String s = name.apply(n);
            if (!taken.contains(s)) {
                return s;
            }
        }
    }

    /** What deleting does to the records that refer to the deleted one (a view names its own case). */
    protected String detachNote() {
        return t.get("delete.detach");
    }

    private void deleteSelected() {
        R row = tables.stream().map(x -> x.getSelectionModel().getSelectedItem()).filter(Objects::nonNull)
                .findFirst().orElse(null);
        Plan plan = session.plan();
        if (row == null || plan == null || record(row) == null) {
            return;
        }
        PlanRecord record = record(row);
        List<PlanRecord> dependents = plan.dependents(record);
        String what = Words.entity(t, record.entityKind()) + "“" + nameOf(record) + "”";
        StringBuilder text = new StringBuilder(t.get("delete.question", what));
        if (!dependents.isEmpty()) {
            text.append("\n\n").append(t.get("delete.dependents", dependents.size()));
            dependents.stream().limit(12).forEach(d -> text.append("\n• ")
                    .append(Words.entity(t, d.entityKind())).append("：").append(nameOf(d)));
            if (dependents.size() > 12) {
                text.append("\n…");
            }
            text.append("\n\n").append(detachNote());
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

    protected static String nameOf(PlanRecord record) {
        return record.name() == null ? record.code() : record.name();
    }

    @Override
    public Node node() {
        return root;
    }

    /**
     * Whether a write that changed {@code changed} can alter this view's rows: by default any change of plan records,
     * locks or saved admission checks can (enterprises' figures, report texts and settings cannot).
     */
    protected boolean shows(cn.yanggu.workbench.app.Changed changed) {
        return !changed.kinds().isEmpty() || changed.touches(cn.yanggu.workbench.app.Changed.Part.LOCKS)
                || changed.touches(cn.yanggu.workbench.app.Changed.Part.ADMISSION_CHECKS);
    }

    @Override
    public void show(Plan plan, cn.yanggu.workbench.app.Changed changed) {
        if (changed.everything() || shows(changed)) {
            show(plan);
        }
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

    /** Describes the selected row again (what the detail shows was read after it was selected). */
    protected void refreshDetail() {
        for (TableView<R> table : tables) {
            R row = table.getSelectionModel().getSelectedItem();
            if (row != null) {
                select(row);
                return;
            }
        }
    }

    /**
     * Shows the record {@code code}: the filter cleared, its row selected and scrolled to (another view's link to
     * it); false when no row has it.
     */
    public boolean showRecord(String code) {
        model.filterProperty().set("");
        for (TableView<R> table : tables) {
            for (R row : table.getItems()) {
                if (Objects.equals(code, key(row))) {
                    table.getSelectionModel().select(row);
                    table.scrollTo(row);
                    return true;
                }
            }
        }
        return false;
    }

    public FilterModel<R> model() {
        return model;
    }
}
