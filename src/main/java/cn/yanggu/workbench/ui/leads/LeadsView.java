package cn.yanggu.workbench.ui.leads;

import cn.yanggu.workbench.ui.common.Shown;
import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.app.Changed;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.leads.LeadWords;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Problem;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.common.Tables;
import cn.yanggu.workbench.ui.common.ViewHeader;
import cn.yanggu.workbench.ui.common.WorkbenchView;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * 招商项目库: the leads (filtered by chain, stage, class and person beside the text box; a next step past its date marked
 * 逾期), and the selected lead's form — saved, moved to its next stage with the date, or made a key project once
 * signed. Every write is one undoable step through the editor, read and written off the JavaFX thread.
 */
public final class LeadsView implements WorkbenchView {
    private final I18n t;
    private final Session session;
    private final Clock clock;
    private final LeadsModel model;
    private final FilterModel<LeadsModel.Row> rows = new FilterModel<>(LeadsModel.Row::searchable);
    private final BorderPane root = new BorderPane();
    private final ViewHeader header;
    private final TableView<LeadsModel.Row> table;
    private final TextField name = field("lead-name");
    private final TextField origin = field("lead-origin");
    private final ComboBox<Lead.LeadClass> leadClass = new ComboBox<>();
    private final ComboBox<LeadsModel.NodeChoice> node = new ComboBox<>();
    private final TextField investment = field("lead-investment");
    private final TextField land = field("lead-land");
    private final ComboBox<Lead.Method> method = new ComboBox<>();
    private final TextField person = field("lead-person");
    private final Label admission = new Label();
    private final TextField reason = field("lead-reason");
    private final TextField nextStep = field("lead-next");
    private final TextField nextDate = field("lead-next-date");
    private final TextField stageDate = field("lead-stage-date");
    private final Label stage = new Label();
    private final ComboBox<String> chainFilter = new ComboBox<>();
    private final ComboBox<Lead.Stage> stageFilter = new ComboBox<>();
    private final ComboBox<Lead.LeadClass> classFilter = new ComboBox<>();
    private final ComboBox<String> personFilter = new ComboBox<>();
    private final Label message = new Label();
    private final Button advance = new Button();
    private final Button toProject = new Button();
    private final Button openProject = new Button();
    private final java.util.function.Consumer<String> showProject;
    /** A lead asked for (another view's link) before the list was read: selected once it is. */
    private String pending;
    private Plan plan;
    private ChainMap map;
    private List<Lead> leads = List.of();
    private Lead editing;
    /** The right side: the lead's form, or (只读, nothing selected) {@link #nothingSelected}. */
    private ScrollPane formScroll;
    private final cn.yanggu.workbench.ui.common.DetailPane nothingSelected;

    public LeadsView(I18n t, Session session, Clock clock) {
        this(t, session, clock, code -> { });
    }

    /** {@code showProject}: shows a key project (by code) in 重点项目 — a converted lead links to its project. */
    public LeadsView(I18n t, Session session, Clock clock, java.util.function.Consumer<String> showProject) {
        this.showProject = showProject;
        this.t = t;
        this.session = session;
        this.nothingSelected = new cn.yanggu.workbench.ui.common.DetailPane("lead-detail-empty",
                t.get("lead.selectHint"));
        this.clock = clock;
        this.model = new LeadsModel(t);
        header = new ViewHeader(t, t.get("nav.leads"), rows);
        header.noun(t.get("lead.noun"));
        filters();
        cn.yanggu.workbench.ui.common.RoleGate.edits(session,
                header.addAction(t.get("lead.new"), "lead-new", this::startNew));
        table = Tables.table(t.get("lead.empty"), "leads-table",
                Tables.text(t.get("lead.name"), r -> r.lead().name(), 150),
                Tables.text(t.get("lead.chain"), LeadsModel.Row::chain, 110),
                Tables.text(t.get("lead.node"), LeadsModel.Row::node, 140),
                Tables.text(t.get("lead.stage"), LeadsModel.Row::stage, 80),
                Tables.text(t.get("lead.class"), LeadsModel.Row::leadClass, 80),
                Tables.text(t.get("lead.investmentWan"), LeadsModel.Row::investment, 90),
                Tables.text(t.get("lead.admission"), LeadsModel.Row::admission, 80),
                Tables.text(t.get("lead.person"), r -> r.lead().person(), 70),
                Tables.text(t.get("lead.nextStep"), r -> (r.overdue() ? t.get("lead.overdue") + " " : "")
                        + (r.lead().nextStep() == null ? "" : r.lead().nextStep())
                        + (r.lead().nextStepDate() == null ? "" : "（" + r.lead().nextStepDate() + "）"), 200));
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(LeadsModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("overdue");
                if (!empty && item != null && item.overdue()) {
                    getStyleClass().add("overdue");
                }
            }
        });
        rows.bind(table);
        if (table.getPlaceholder() instanceof Label empty) {   // no 新增 to click for 只读
            cn.yanggu.workbench.ui.common.RoleGate.hint(session, empty, t.get("lead.empty"), t.get("lead.emptyReadOnly"));
        }
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> edit(b == null ? null : b.lead()));
        leadClass.getItems().setAll(Lead.LeadClass.values());
        leadClass.setConverter(Shown.as(c -> Words.of(t, c)));
        method.getItems().setAll(Lead.Method.values());
        method.setConverter(Shown.as(m -> Words.of(t, m)));
        admission.setWrapText(true);
        // the check follows the figures as they are typed: the verdict the save will store
        investment.textProperty().addListener((o, a, b) -> showAdmission());
        land.textProperty().addListener((o, a, b) -> showAdmission());
        leadClass.setId("lead-class");
        method.setId("lead-method");
        admission.setId("lead-admission");
        node.setId("lead-node");
        stage.setId("lead-stage");
        message.setId("lead-message");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        int r = 0;
        r = row(form, r, "lead.name", name);
        r = row(form, r, "lead.origin", origin);
        r = row(form, r, "lead.class", leadClass);
        r = row(form, r, "lead.node", node);
        r = row(form, r, "lead.investment", investment);
        r = row(form, r, "lead.landMu", land);
        r = row(form, r, "lead.method", method);
        r = row(form, r, "lead.person", person);
        r = row(form, r, "lead.admission", admission);
        r = row(form, r, "lead.signReason", reason);
        r = row(form, r, "lead.nextStep", nextStep);
        r = row(form, r, "lead.nextStepDate", nextDate);
        row(form, r, "lead.stage", stage);
        investment.setPromptText(t.get("lead.investmentHint"));
        nextDate.setPromptText("2025-06-30");
        stageDate.setPromptText(LocalDate.now(clock).toString());
        Button save = new Button(t.get("lead.save"));
        save.setId("lead-save");
        save.defaultButtonProperty().bind(session.readOnly().not());   // Enter saves, not for 只读
        save.setOnAction(e -> save());
        advance.setId("lead-advance");
        advance.setOnAction(e -> advance());
        toProject.setText(t.get("lead.toProject"));
        toProject.setId("lead-to-project");
        toProject.setOnAction(e -> toProject());
        openProject.setText(t.get("lead.openProject"));
        openProject.setId("lead-open-project");
        openProject.setOnAction(e -> {
            if (editing != null && editing.projectCode() != null) {
                showProject.accept(editing.projectCode());
            }
        });
        Button delete = new Button(t.get("lead.delete"));
        delete.setId("lead-delete");
        delete.setOnAction(e -> delete());
        HBox stageBar = new HBox(6, new Label(t.get("lead.stageDate")), stageDate, advance);
        // 只读 reads the lead in the form; saving, deleting, the next stage and 转为项目 are the editors'
        cn.yanggu.workbench.ui.common.RoleGate.inputs(session, name, origin, leadClass, node, investment, land, method,
                person, reason, nextStep, nextDate);
        cn.yanggu.workbench.ui.common.RoleGate.edits(session, save, delete, stageBar, toProject);
        stageBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox side = new VBox(10, form, new HBox(6, save, delete), stageBar, new HBox(6, toProject, openProject),
                message);
        side.setPadding(new Insets(12));
        side.setId("lead-form");
        ScrollPane scroll = cn.yanggu.workbench.ui.common.Scrolls.of(side);
        formScroll = scroll;
        scroll.setFitToWidth(true);
        // 只读 with no lead selected: the detail pane's hint, as other views say it, not an empty form nobody may fill
        nothingSelected.setVisible(false);
        session.role().addListener((o, was, now) -> showFormOrHint());
        SplitPane split = new SplitPane(table, new javafx.scene.layout.StackPane(scroll, nothingSelected));
        split.setDividerPositions(0.62);
        root.setTop(header);
        root.setCenter(split);
        edit(null);
    }

    /**
     * The filters by chain, stage, class and person, before the text box (Tab reaches each; ↓ or Alt+↓ opens one,
     * typing a letter picks); each starts at 全部….
     */
    private void filters() {
        stageFilter.getItems().add(null);
        stageFilter.getItems().addAll(Lead.Stage.values());
        classFilter.getItems().add(null);
        classFilter.getItems().addAll(Lead.LeadClass.values());
        chainFilter.getItems().add(null);
        personFilter.getItems().add(null);
        filter(chainFilter, "lead-filter-chain", "lead.filter.chain", c -> c);
        filter(stageFilter, "lead-filter-stage", "lead.filter.stage", s -> Words.of(t, s));
        filter(classFilter, "lead-filter-class", "lead.filter.class", c -> Words.of(t, c));
        filter(personFilter, "lead-filter-person", "lead.filter.person", p -> p);
    }

    private <T> void filter(ComboBox<T> box, String id, String allKey, java.util.function.Function<T, String> words) {
        box.setId(id);
        box.setConverter(Shown.including(v -> v == null ? t.get(allKey) : words.apply(v)));
        box.setValue(null);
        box.setAccessibleText(t.get(allKey));
        box.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.valueProperty().addListener((o, a, b) -> rows.setAlso(chosenFilters()::matches));
        header.addFilter(box);
    }

    /** The filters as chosen now. */
    private LeadsModel.Filters chosenFilters() {
        return new LeadsModel.Filters(chainFilter.getValue(), stageFilter.getValue(), classFilter.getValue(),
                personFilter.getValue());
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private int row(GridPane g, int r, String key, Node control) {
        Label l = new Label(t.get(key));
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        g.add(l, 0, r);
        g.add(control, 1, r);
        if (control instanceof javafx.scene.layout.Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
            GridPane.setHgrow(region, javafx.scene.layout.Priority.ALWAYS);
        }
        return r + 1;
    }


    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Plan p) {
        show(p, Changed.EVERYTHING);
    }

    @Override
    public void show(Plan p, Changed changed) {
        this.plan = p;
        if (map != null && !changed.everything() && !changed.touches(Changed.Part.LEADS)
                && !changed.touches(Changed.Part.CHAIN_MAP) && changed.kinds().isEmpty()) {
            return;
        }
        var service = session.leads();
        var maps = session.chainMaps();
        if (service == null || maps == null) {
            return;
        }
        session.runner().run("leads", () -> new Loaded(maps.map(), service.all()), l -> {
            map = l.map();
            leads = l.leads();
            refresh();
        }, e -> message.setText(e.getMessage()));
    }

    private record Loaded(ChainMap map, List<Lead> leads) {
    }

    /** Shows the lead {@code code} (a key project's link to the lead it was made from): every filter cleared. */
    public void showLead(String code) {
        header.filterField().setText("");
        for (ComboBox<?> box : List.of(chainFilter, stageFilter, classFilter, personFilter)) {
            box.setValue(null);
        }
        if (!select(code)) {
            pending = code;
        }
    }

    private boolean select(String code) {
        for (LeadsModel.Row r : table.getItems()) {
            if (r.lead().code().equals(code)) {
                table.getSelectionModel().select(r);
                table.scrollTo(r);
                return true;
            }
        }
        return false;
    }

    private void refresh() {
        String keep = pending != null ? pending : editing == null ? null : editing.code();
        pending = null;
        rows.setAll(model.rows(plan, map, leads, LocalDate.now(clock)));
        choices(chainFilter, model.chainChoices(plan));
        choices(personFilter, model.personChoices(leads));
        node.getItems().setAll(model.nodes(plan, map));
        if (keep != null) {
            rows.visible().stream().filter(r -> r.lead().code().equals(keep)).findFirst()
                    .ifPresentOrElse(r -> table.getSelectionModel().select(r), () -> edit(null));
        } else {
            edit(null);
        }
    }

    /** Sets a filter's choices (全部 first), keeping the one chosen while it is still there. */
    private static void choices(ComboBox<String> box, List<String> names) {
        String keep = box.getValue();
        List<String> items = new java.util.ArrayList<>();
        items.add(null);
        items.addAll(names);
        if (!items.equals(box.getItems())) {
            box.getItems().setAll(items);
            box.setValue(names.contains(keep) ? keep : null);
        }
    }

    private void startNew() {
        table.getSelectionModel().clearSelection();
        edit(null);
        name.requestFocus();
    }

    /** The form, or for 只读 with no lead selected the hint to select one (there is no new lead to fill in). */
    private void showFormOrHint() {
        boolean hint = editing == null && session.readOnly().get();
        nothingSelected.setVisible(hint);
        formScroll.setVisible(!hint);
    }

    /** Fills the form with {@code l} (null: an empty form for a new lead). */
    void edit(Lead l) {
        editing = l;
        showFormOrHint();
        message.setText("");
        name.setText(l == null ? "" : l.name());
        origin.setText(l == null || l.origin() == null ? "" : l.origin());
        leadClass.setValue(l == null ? Lead.LeadClass.OTHER : l.leadClass());
        node.setValue(l == null ? null : node.getItems().stream().filter(n -> n.code().equals(l.nodeCode()))
                .findFirst().orElse(null));
        investment.setText(l == null || l.investmentWan() == null ? "" : cn.yanggu.workbench.ui.common.Formats
                .number(l.investmentWan()).replace(",", ""));
        land.setText(l == null || l.landMu() == null ? "" : String.valueOf(l.landMu()));
        method.setValue(l == null ? Lead.Method.OTHER : l.method());
        person.setText(l == null || l.person() == null ? "" : l.person());
        showAdmission();
        reason.setText(l == null || l.signReason() == null ? "" : l.signReason());
        nextStep.setText(l == null || l.nextStep() == null ? "" : l.nextStep());
        nextDate.setText(l == null || l.nextStepDate() == null ? "" : l.nextStepDate().toString());
        stage.setText(l == null ? Words.of(t, Lead.Stage.CLUE) : stageText(l));
        advance.setDisable(l == null || l.stage() == Lead.Stage.PRODUCING);
        Lead.Stage at = l == null ? Lead.Stage.CLUE : l.stage();
        advance.setText(at == Lead.Stage.PRODUCING ? t.get("lead.advanceDone")
                : t.get("lead.advance", Words.of(t, Lead.Stage.values()[at.ordinal() + 1])));
        toProject.setDisable(l == null || !l.signed() || l.projectCode() != null);
        openProject.setDisable(l == null || l.projectCode() == null);
        if (l != null && l.projectCode() != null) {
            // the project by its name, as 重点项目 lists it (its code only if it is gone)
            message.setText(t.get("lead.isProject", plan == null ? l.projectCode() : plan.project(l.projectCode())
                    .map(cn.yanggu.workbench.domain.Project::name).orElse(l.projectCode())));
        }
    }

    private String stageText(Lead l) {
        StringBuilder b = new StringBuilder();
        for (var e : l.stageDates().entrySet()) {
            b.append(b.length() == 0 ? "" : " → ").append(Words.of(t, e.getKey())).append(' ')
                    .append(e.getValue());
        }
        if (l.admission() == Lead.Admission.FAILED && l.signReason() != null) {
            b.append('\n').append(t.get("lead.failedSigned", l.signReason()));
        }
        return b.toString();
    }

    private LeadsModel.Form form() {
        return new LeadsModel.Form(name.getText(), origin.getText(), leadClass.getValue(),
                node.getValue() == null ? null : node.getValue().code(), investment.getText(), land.getText(),
                method.getValue(), person.getText(), reason.getText(), nextStep.getText(), nextDate.getText());
    }

    /** The 入园评审 of the lead as the form describes it now (the admission check on its investment and land). */
    private void showAdmission() {
        if (plan == null) {
            admission.setText("");
            return;
        }
        try {
            Lead l = model.build(editing, "new", LocalDate.now(clock), form());
            admission.setText(model.admission(l, plan.thresholds()));
        } catch (LeadsModel.FieldProblem e) {
            admission.setText(LeadWords.admission(t, null));
        }
    }

    private void save() {
        Lead after;
        try {
            after = model.build(editing, UUID.randomUUID().toString().substring(0, 8), LocalDate.now(clock), form());
        } catch (LeadsModel.FieldProblem e) {
            refuse(e.problem());
            return;
        }
        write(editing == null ? t.get("lead.new") : t.get("lead.save"), editing, after);
    }

    private void advance() {
        if (editing == null) {
            return;
        }
        try {
            Lead base = model.build(editing, editing.code(), LocalDate.now(clock), form());
            model.advance(base, stageDate.getText().isBlank() ? LocalDate.now(clock).toString() : stageDate.getText())
                    .ifPresent(next -> write(t.get("lead.advance", Words.of(t, next.stage())), editing, next));
        } catch (LeadsModel.FieldProblem e) {
            refuse(e.problem());
        }
    }

    private void toProject() {
        Lead l = editing;
        if (l == null) {
            return;
        }
        session.writeWith("lead", wb -> wb.leads().toProject(t.get("lead.toProject"), l, t.get("lead.projectSource",
                l.name())), done -> { }, this::failed);
    }

    private void delete() {
        if (editing != null) {
            write(t.get("lead.delete"), editing, null);
        }
    }

    private void write(String label, Lead before, Lead after) {
        editing = after;
        session.writeWith("lead", wb -> wb.leads().change(label, before, after), done -> { }, e -> {
            editing = before;
            failed(e);
        });
    }

    private void failed(Throwable e) {
        if (e instanceof EditRejected r && !r.problems().isEmpty()) {
            refuse(r.problems().get(0).problem());
        } else {
            message.setText(String.valueOf(e.getMessage()));
        }
    }

    private void refuse(Problem p) {
        if ("admission".equals(p.field()) && p.kind() == Problem.Kind.REQUIRED) {
            // no verdict yet: the check needs the lead's figures, not a choice
            message.setText(t.get("lead.refused", fieldName(p.field()), t.get("lead.admission.needsFigures")));
            return;
        }
        message.setText(t.get("lead.refused", fieldName(p.field()), ErrorText.problem(t, p)));
    }

    private String fieldName(String field) {
        String f = field == null ? "" : field;
        if (f.startsWith("stageDates.")) {
            Lead.Stage s = Lead.Stage.valueOf(f.substring("stageDates.".length()).toUpperCase(java.util.Locale.ROOT));
            return t.get("lead.stageDateOf", Words.of(t, s));
        }
        return switch (f) {
            case "name" -> t.get("lead.name");
            case "nodeCode" -> t.get("lead.node");
            case "investmentWan" -> t.get("lead.investment");
            case "landMu" -> t.get("lead.landMu");
            case "admission" -> t.get("lead.admission");
            case "signReason" -> t.get("lead.signReason");
            case "nextStepDate" -> t.get("lead.nextStepDate");
            case "stageDate" -> t.get("lead.stageDate");
            default -> f;
        };
    }

    @Override
    public void focusFilter() {
        header.filterField().requestFocus();
    }

    /** The form's message (tests). */
    String message() {
        return message.getText();
    }
}
