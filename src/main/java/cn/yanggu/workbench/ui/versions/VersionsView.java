package cn.yanggu.workbench.ui.versions;

import cn.yanggu.workbench.ui.common.Shown;
import cn.yanggu.workbench.app.Changed;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Judgements;
import cn.yanggu.workbench.app.versions.Versions;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanVersion;
import cn.yanggu.workbench.ui.common.DetailPane;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.common.Tables;
import cn.yanggu.workbench.ui.common.ViewHeader;
import cn.yanggu.workbench.ui.common.WorkbenchView;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;
import java.util.function.Function;

/**
 * 版本: the plan's versions — version 1 as issued, then each adjustment with its status, start year and document —
 * and 版本对比, every judged indicator's target in each version side by side with its status against each as of the
 * data year. Selecting a draft lets its targets be set and the draft approved (理由, 文号, 日期, 机关); a draft is
 * made by hand or from the mid-term report's 调整建议 in one step. Every write goes through {@link Versions}.
 */
public final class VersionsView implements WorkbenchView {
    private final I18n t;
    private final Session session;
    private final PlanVersionsModel model;
    private final FilterModel<PlanVersionsModel.Compared> compared =
            new FilterModel<>(PlanVersionsModel.Compared::searchable);
    private final FilterModel<PlanVersionsModel.Row> versions = new FilterModel<>(PlanVersionsModel.Row::searchable);
    private final BorderPane root = new BorderPane();
    private final ViewHeader header;
    private final TableView<PlanVersionsModel.Row> versionTable;
    private final TableView<PlanVersionsModel.Compared> compareTable;
    private final Label compareTitle = new Label();
    private final DetailPane detail;
    private final Label message = new Label();
    private Integer selected;
    private Plan shown;
    /** 新建调整草案 … 删除草案: disabled on a township office's database (versions come from the bureau). */
    private final List<javafx.scene.control.Button> actions;
    private final Label officeNote = new Label();
    /** The township office this database is (its 本机名称), null on the bureau's or until read. */
    private String office;

    public VersionsView(I18n t, Session session) {
        this.t = t;
        this.session = session;
        this.model = new PlanVersionsModel(t);
        header = new ViewHeader(t, t.get("nav.versions"), compared);
        header.noun(t.get("versions.noun"));
        actions = List.of(header.addAction(t.get("versions.newDraft"), "versions-new", this::newDraft),
                header.addAction(t.get("versions.fromMidterm"), "versions-midterm", this::fromMidterm),
                header.addAction(t.get("versions.successor"), "versions-successor", this::successor),
                header.addAction(t.get("versions.deleteDraft"), "versions-delete", this::deleteDraft));
        cn.yanggu.workbench.ui.common.RoleGate.edits(session, actions.toArray(new javafx.scene.Node[0]));
        root.getStyleClass().add("view");
        officeNote.setId("versions-office");
        officeNote.setWrapText(true);
        officeNote.getStyleClass().add("secondary");
        officeNote.setPadding(new javafx.geometry.Insets(0, 18, 6, 18));
        officeNote.setManaged(false);
        officeNote.setVisible(false);
        root.setTop(new VBox(4, header, officeNote));

        versionTable = Tables.table(t.get("versions.empty"), "versions-table",
                Tables.text(t.get("versions.col.name"), PlanVersionsModel.Row::name, 260),
                Tables.text(t.get("versions.col.status"), PlanVersionsModel.Row::status, 80),
                Tables.text(t.get("versions.col.from"), PlanVersionsModel.Row::fromYear, 90),
                Tables.text(t.get("versions.col.document"), PlanVersionsModel.Row::document, 280),
                Tables.text(t.get("versions.col.changes"), PlanVersionsModel.Row::changes, 130),
                Tables.text(t.get("versions.col.inForce"), PlanVersionsModel.Row::inForce, 130));
        versions.bind(versionTable);
        versionTable.setFixedCellSize(30);
        versionTable.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                selected = row.number();
                describe(row);
            }
        });

        compareTable = Tables.table(t.get("versions.compareEmpty"), "versions-compare");
        compared.bind(compareTable);
        compareTitle.getStyleClass().add("section-title");
        VBox left = new VBox(8, versionTable, compareTitle, compareTable);
        VBox.setVgrow(compareTable, Priority.ALWAYS);
        left.getStyleClass().add("view-body");

        detail = new DetailPane("versions-detail", t.get("versions.selectHint"));
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setId("versions-message");
        SplitPane split = new SplitPane(left, detail);
        split.setDividerPositions(0.68);
        split.widthProperty().addListener((o, a, w) -> {
            Orientation want = w.doubleValue() > 0 && w.doubleValue() < 1300 ? Orientation.VERTICAL
                    : Orientation.HORIZONTAL;
            if (split.getOrientation() != want) {
                split.setOrientation(want);
                split.setDividerPositions(want == Orientation.VERTICAL ? 0.7 : 0.68);
            }
        });
        root.setCenter(split);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Plan plan, Changed changed) {
        show(plan);
    }

    @Override
    public void show(Plan plan) {
        shown = plan;
        // whether this is a township office's database: read off the FX thread, the actions follow
        session.withWorkbench("versions-office", wb -> cn.yanggu.workbench.app.exchange.Exchange.officeName(
                wb.editor()).orElse(null), this::office, e -> office(null));
        List<PlanVersionsModel.Row> rows = model.rows(plan);
        versions.setAll(rows);
        // every version in view (a list of a few), the comparison below taking the rest
        double height = 48 + 30 * Math.min(rows.size(), 6) + 22;
        versionTable.setPrefHeight(height);
        versionTable.setMinHeight(height);
        List<PlanVersionsModel.Column> columns = model.columns(plan);
        compareTable.getColumns().setAll(Tables.text(t.get("versions.col.indicator"),
                PlanVersionsModel.Compared::name, 230));
        for (int i = 0; i < columns.size(); i++) {
            int at = i;
            compareTable.getColumns().add(Tables.text(columns.get(i).header(), r -> r.targets().get(at), 150));
        }
        compareTable.getColumns().add(Tables.text(t.get("versions.col.latest"),
                PlanVersionsModel.Compared::latest, 190));
        for (int i = 0; i < columns.size(); i++) {
            int at = i;
            compareTable.getColumns().add(Tables.text(t.get("versions.col.statusAgainst",
                    columns.get(i).version() == null ? 1 : columns.get(i).version().number()),
                    r -> r.statuses().get(at), 120));
        }
        compared.setAll(model.comparison(plan, session.tolerance().get()));
        compareTitle.setText(t.get("versions.compareTitle", Judgements.dataYear(plan)));
        Integer keep = selected;
        rows.stream().filter(r -> keep != null && r.number() == keep).findFirst().ifPresentOrElse(r -> {
            versionTable.getSelectionModel().select(r);
            describe(r);
        }, detail::clear);
    }

    @Override
    public void focusFilter() {
        header.filterField().requestFocus();
    }

    /** Disables the version actions on a township office, saying why (a disabled button shows no tooltip). */
    private void office(String name) {
        office = name;
        String why = name == null ? null : t.get("version.officeOnly", name);
        for (javafx.scene.control.Button b : actions) {
            b.setDisable(name != null);
            b.setTooltip(why == null ? null : new javafx.scene.control.Tooltip(why));
        }
        officeNote.setText(why == null ? "" : why);
        officeNote.setManaged(why != null);
        officeNote.setVisible(why != null);
        PlanVersionsModel.Row row = versionTable.getSelectionModel().getSelectedItem();
        if (row != null) {
            describe(row);
        }
    }

    // ------------------------------------------------------------------ detail

    private void describe(PlanVersionsModel.Row row) {
        Plan plan = shown;
        message.setText("");
        detail.title(row.name());
        PlanVersion v = row.version();
        detail.field(t.get("versions.col.status"), row.status())
                .field(t.get("versions.col.from"), row.fromYear())
                .field(t.get("versions.col.document"), row.document());
        if (v == null) {
            detail.hint(t.get("versions.originalHint"));
            return;
        }
        detail.field(t.get("version.field.replaces"), model.text().name(plan, v.replaces()))
                .field(t.get("version.field.reason"), v.reason())
                .field(t.get("version.field.note"), v.note());
        if (v.successor()) {
            describeSuccessor(plan, v);
        }
        detail.heading(t.get("versions.targets"));
        if (v.targets().isEmpty()) {
            detail.hint(t.get("version.audit.noTargets"));
        }
        for (PlanVersion.TargetChange c : v.targets()) {
            Label line = new Label(model.describe(plan, v, c));
            line.setWrapText(true);
            VBox item = new VBox(2, line);
            if (c.basis() != null) {
                Label basis = new Label(c.basis());
                basis.setWrapText(true);
                basis.getStyleClass().add("secondary");
                item.getChildren().add(basis);
            }
            if (!fixed(v)) {
                Button remove = new Button(t.get("versions.removeTarget"));
                remove.setOnAction(e -> write(v, s -> s.updateDraft(v.withTargets(
                        PlanVersionsModel.without(v, c.indicator())))));
                item.getChildren().add(remove);
            }
            detail.node(item);
        }
        // the admission standards and key projects it changes (set from the command line: version threshold /
        // version project); a draft's can be withdrawn here
        if (!v.thresholds().isEmpty() || !v.projects().isEmpty() || !v.zones().isEmpty()) {
            detail.heading(t.get("versions.otherChanges"));
            for (PlanVersion.ThresholdChange c : v.thresholds()) {
                detail.node(otherChange(model.describe(plan, v, c), c.basis(), v, s -> s.setThreshold(v.number(),
                        c.threshold(), null, null)));
            }
            for (PlanVersion.ProjectChange c : v.projects()) {
                detail.node(otherChange(model.describe(plan, v, c), c.basis(), v, s -> s.setProject(v.number(),
                        c.project(), null, null)));
            }
            for (PlanVersion.ZoneChange c : v.zones()) {   // its basis is in the line itself
                detail.node(otherChange(model.describe(plan, v, c), null, v, s -> s.setZone(v.number(),
                        c.zone(), null, null, null)));
            }
        }
        if (!fixed(v)) {
            detail.node(targetEditor(plan, v));
            detail.node(otherEditor(plan, v));
            detail.node(draftEditor(v));
            detail.node(approval(v));
        }
        detail.node(message);
    }

    /**
     * Whether the version is shown as it stands, without its editing controls: an approved version, or any version for
     * 只读 (a draft's forms, 移除 buttons and carried records are the editors').
     */
    private boolean fixed(PlanVersion v) {
        return v.approved() || !cn.yanggu.workbench.ui.common.RoleGate.allowsEdits(session);
    }

    /** A line of what a version changes besides targets, its basis below, and for a draft a button to withdraw it. */
    private VBox otherChange(String text, String basis, PlanVersion v,
                             java.util.function.Function<cn.yanggu.workbench.app.versions.Versions, PlanVersion> withdraw) {
        Label line = new Label(text);
        line.setWrapText(true);
        VBox item = new VBox(2, line);
        if (basis != null) {
            Label b = new Label(basis);
            b.setWrapText(true);
            b.getStyleClass().add("secondary");
            item.getChildren().add(b);
        }
        if (!fixed(v)) {
            Button remove = new Button(t.get("versions.removeTarget"));
            remove.setOnAction(e -> write(v, withdraw));
            item.getChildren().add(remove);
        }
        return item;
    }

    /** A successor's period, carried records (chosen by kind while a draft) and base values (missing ones by hand). */
    private void describeSuccessor(Plan plan, PlanVersion v) {
        detail.field(t.get("successor.period"), t.get("successor.periodValue", v.fromYear(), v.periodEnd(),
                v.baseYear()));
        detail.heading(t.get("successor.carried"));
        if (!fixed(v)) {
            Label hint = new Label(t.get("successor.carry.hint"));
            hint.setWrapText(true);
            hint.getStyleClass().add("secondary");
            detail.node(hint);
        }
        VBox groups = new VBox(4);
        groups.setId("versions-carry");
        for (PlanVersionsModel.CarryGroup g : model.carryGroups(plan, v)) {
            javafx.scene.control.CheckBox all = new javafx.scene.control.CheckBox(t.get("successor.carry.all"));
            all.setId("carry-all-" + g.kind().name().toLowerCase(java.util.Locale.ROOT));
            all.setSelected(!g.items().isEmpty() && g.chosen() == g.items().size());
            all.setIndeterminate(g.chosen() > 0 && g.chosen() < g.items().size());
            all.setDisable(fixed(v) || g.items().isEmpty());
            all.setOnAction(e -> write(v, s -> s.setCarried(v.number(),
                    PlanVersionsModel.carrying(plan, v, g.kind(), all.isSelected()))));
            VBox items = new VBox(2, all);
            for (PlanVersionsModel.CarryItem item : g.items()) {
                javafx.scene.control.CheckBox box = new javafx.scene.control.CheckBox(item.label());
                box.setId("carry-" + g.kind().name().toLowerCase(java.util.Locale.ROOT) + "-" + item.record().code());
                box.setSelected(item.chosen());
                box.setDisable(fixed(v));
                box.setWrapText(true);
                box.setOnAction(e -> write(v, s -> s.setCarried(v.number(),
                        PlanVersionsModel.carrying(v, item.record(), box.isSelected()))));
                items.getChildren().add(box);
            }
            javafx.scene.control.TitledPane pane = new javafx.scene.control.TitledPane(g.title(), items);
            pane.setId("carry-group-" + g.kind().name().toLowerCase(java.util.Locale.ROOT));
            pane.setExpanded(expandedCarry.contains(g.kind()));
            pane.expandedProperty().addListener((o, was, now) -> {
                if (now) {
                    expandedCarry.add(g.kind());
                } else {
                    expandedCarry.remove(g.kind());
                }
            });
            groups.getChildren().add(pane);
        }
        detail.node(groups);
        detail.heading(t.get("successor.bases"));
        for (PlanVersion.Base b : v.bases()) {
            Label line = new Label(model.base(plan, v, b));
            line.setWrapText(true);
            if (b.value() != null || fixed(v)) {
                detail.node(line);
                continue;
            }
            line.getStyleClass().add("field-error");
            TextField value = new TextField();
            value.setPromptText(t.get("successor.basePrompt"));
            Button set = new Button(t.get("versions.setTarget"));
            set.setOnAction(e -> plan.indicator(b.indicator())
                    .ifPresent(ind -> {
                        cn.yanggu.workbench.domain.Quantity.Parsed p = cn.yanggu.workbench.domain.Quantity.parse(
                                value.getText(), ind.unit());
                        if (p.value().isEmpty() || p.value().get() < 0) {
                            message.setText(t.get("edit.problemAt", model.base(plan, v, b),
                                    t.get("problem.notNumber")));
                            return;
                        }
                        write(v, s -> s.setBase(v.number(), b.indicator(), p.value().get()));
                    }));
            HBox row = new HBox(6, value, set);
            HBox.setHgrow(value, Priority.ALWAYS);
            detail.node(new VBox(4, line, row));
        }
    }

    /** The carry-over groups left open, kept open when the detail is drawn again after a tick. */
    private final java.util.Set<cn.yanggu.workbench.domain.EntityKind> expandedCarry = java.util.EnumSet.noneOf(
            cn.yanggu.workbench.domain.EntityKind.class);

    private Node targetEditor(Plan plan, PlanVersion v) {
        ComboBox<Indicator> indicator = new ComboBox<>();
        indicator.getItems().setAll(model.adjustable(plan, v));
        indicator.setConverter(Shown.as(i -> i.name()));
        indicator.setMaxWidth(Double.MAX_VALUE);
        indicator.setId("versions-indicator");
        TextField value = new TextField();
        int year = PlanVersionsModel.targetYear(plan, v);
        value.setPromptText(t.get("versions.valuePrompt", year));
        value.setId("versions-value");
        TextField basis = new TextField();
        basis.setPromptText(t.get("version.field.target.basis"));
        Button set = new Button(t.get("versions.setTarget"));
        set.setId("versions-set-target");
        set.setOnAction(e -> {
            Indicator ind = indicator.getValue();
            if (ind == null) {
                message.setText(t.get("versions.chooseIndicator"));
                return;
            }
            PlanVersionsModel.Typed typed = model.target(plan, ind, value.getText(), basis.getText(), year);
            if (typed.problem().isPresent()) {
                message.setText(typed.problem().get());
                return;
            }
            write(v, s -> s.updateDraft(v.withTargets(PlanVersionsModel.with(v, typed.target().get()))));
        });
        HBox row = new HBox(6, value, set);
        HBox.setHgrow(value, Priority.ALWAYS);
        Label title = new Label(t.get("versions.addTarget"));
        title.getStyleClass().add("section-title");
        return new VBox(6, title, indicator, row, basis);
    }

    /** Something a draft can change besides targets, as the form offers it: its kind, code and name. */
    private record Item(String kind, String code, String name) {
    }

    /**
     * The form for a draft's other changes (the same as `version threshold | project | zone`): an admission
     * standard's new value, a key project added or dropped, a zone's new area — each from the draft's start year.
     */
    private Node otherEditor(Plan plan, PlanVersion v) {
        ComboBox<String> kind = new ComboBox<>();
        kind.getItems().setAll("threshold", "project", "zone");
        kind.setConverter(Shown.as(k -> t.get(switch (k) {
            case "threshold" -> "versions.other.kind.threshold";
            case "project" -> "versions.other.kind.project";
            default -> "versions.other.kind.zone";
        })));
        kind.setId("versions-other-kind");
        ComboBox<Item> item = new ComboBox<>();
        item.setConverter(Shown.as(Item::name));
        item.setMaxWidth(Double.MAX_VALUE);
        item.setId("versions-other-item");
        ComboBox<PlanVersion.ProjectAction> action = new ComboBox<>();
        action.getItems().setAll(PlanVersion.ProjectAction.values());
        action.setConverter(Shown.as(a -> t.get(a == PlanVersion.ProjectAction.ADD ? "versions.other.action.add"
                : "versions.other.action.drop")));
        action.setValue(PlanVersion.ProjectAction.ADD);
        action.setId("versions-other-action");
        TextField value = new TextField();
        value.setId("versions-other-value");
        TextField basis = new TextField();
        basis.setPromptText(t.get("version.field.target.basis"));
        basis.setId("versions-other-basis");
        kind.valueProperty().addListener((o, a, k) -> {
            List<Item> items = new java.util.ArrayList<>();
            if ("threshold".equals(k)) {
                plan.thresholds().forEach(x -> items.add(new Item(k, x.code(), x.name())));
            } else if ("project".equals(k)) {
                plan.projects().forEach(x -> items.add(new Item(k, x.code(), x.name())));
            } else if ("zone".equals(k)) {
                plan.zones().forEach(x -> items.add(new Item(k, x.code(), x.name())));
            }
            item.getItems().setAll(items);
            boolean project = "project".equals(k);
            action.setVisible(project);
            action.setManaged(project);
            value.setVisible(!project);
            value.setManaged(!project);
            String prompt = "zone".equals(k) ? "versions.other.value.zone" : "versions.other.value.threshold";
            value.setPromptText(k == null || project ? "" : t.get(prompt));
        });
        kind.setValue("threshold");
        Button set = new Button(t.get("versions.setTarget"));
        set.setId("versions-other-set");
        set.setOnAction(e -> {
            Item it = item.getValue();
            if (it == null) {
                message.setText(t.get("versions.other.choose"));
                return;
            }
            String why = basis.getText().isBlank() ? null : basis.getText().strip();
            if ("project".equals(it.kind())) {
                write(v, s -> s.setProject(v.number(), it.code(), action.getValue(), why));
                return;
            }
            Double number = cn.yanggu.workbench.domain.Quantity.parse(value.getText(), null).value().orElse(null);
            if (number == null) {
                message.setText(t.get("versions.other.notANumber", value.getText(), it.name()));
                return;
            }
            if ("threshold".equals(it.kind())) {
                write(v, s -> s.setThreshold(v.number(), it.code(), number, why));
            } else {
                write(v, s -> s.setZone(v.number(), it.code(), number, new String[4], why));
            }
        });
        value.setOnAction(e -> set.fire());   // Enter in the value or the basis sets it, as the button does
        basis.setOnAction(e -> set.fire());
        HBox row = new HBox(6, action, value, set);
        HBox.setHgrow(value, Priority.ALWAYS);
        Label title = new Label(t.get("versions.addOther"));
        title.getStyleClass().add("section-title");
        return new VBox(6, title, kind, item, row, basis);
    }

    private Node draftEditor(PlanVersion v) {
        TextField title = new TextField(v.title());
        TextField from = new TextField(String.valueOf(v.fromYear()));
        from.setId("versions-from");
        TextArea note = new TextArea(v.note() == null ? "" : v.note());
        note.setPrefRowCount(2);
        note.setWrapText(true);
        Button save = new Button(t.get("versions.saveDraft"));
        save.setOnAction(e -> {
            int year;
            try {
                year = Integer.parseInt(from.getText().strip());
            } catch (NumberFormatException x) {
                message.setText(t.get("edit.problemAt", t.get("version.field.fromYear"),
                        t.get("problem.notNumber")));
                return;
            }
            write(v, s -> s.updateDraft(v.withDraftFields(title.getText(), year, note.getText())));
        });
        Label heading = new Label(t.get("versions.draftHeading"));
        heading.getStyleClass().add("section-title");
        return new VBox(6, heading, labelled(t.get("version.field.title"), title),
                labelled(t.get("version.field.fromYear"), from), labelled(t.get("version.field.note"), note), save);
    }

    private Node approval(PlanVersion v) {
        TextArea reason = new TextArea(v.reason() == null ? "" : v.reason());
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setId("versions-reason");
        TextField number = new TextField(v.documentNumber() == null ? "" : v.documentNumber());
        number.setId("versions-document");
        number.setPromptText("阳政字〔2023〕15号");
        TextField date = new TextField(v.documentDate() == null ? "" : v.documentDate());
        date.setPromptText("YYYY-MM-DD");
        date.setId("versions-date");
        TextField body = new TextField(v.approvedBy() == null ? "" : v.approvedBy());
        body.setId("versions-body");
        Button approve = new Button(t.get("versions.approve"));
        approve.setId("versions-approve");
        approve.getStyleClass().add("accent");
        cn.yanggu.workbench.ui.common.RoleGate.administers(session, approve);
        approve.setOnAction(e -> write(v, s -> s.approve(v.number(), reason.getText(), number.getText(),
                date.getText(), body.getText())));
        if (office != null) {
            approve.setDisable(true);
            approve.setTooltip(new javafx.scene.control.Tooltip(t.get("version.officeOnly", office)));
        }
        Label heading = new Label(t.get("versions.approvalHeading"));
        heading.getStyleClass().add("section-title");
        Label hint = new Label(t.get("versions.approvalHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("secondary");
        return new VBox(6, heading, hint, labelled(t.get("version.field.reason"), reason),
                labelled(t.get("version.field.documentNumber"), number),
                labelled(t.get("version.field.documentDate"), date),
                labelled(t.get("version.field.approvedBy"), body), approve);
    }

    private static Node labelled(String label, Node field) {
        Label l = new Label(label);
        l.getStyleClass().add("field-label");
        return new VBox(2, l, field);
    }

    // ------------------------------------------------------------------ writes

    private void newDraft() {
        Plan plan = shown;
        if (plan == null) {
            return;
        }
        int year = Versions.proposedFromYear(plan);
        writeNew(s -> s.createDraft(t.get("versions.defaultTitle", year), year, List.of(), null));
    }

    private void fromMidterm() {
        Plan plan = shown;
        if (plan == null) {
            return;
        }
        double tolerance = session.tolerance().get();
        writeNew(s -> s.draftFromMidterm(s.midtermYear(), tolerance));
    }

    private void successor() {
        writeNew(s -> s.createSuccessor(java.util.EnumSet.copyOf(
                cn.yanggu.workbench.domain.Successors.CARRIED_KINDS)));
    }

    private void deleteDraft() {
        PlanVersionsModel.Row row = versionTable.getSelectionModel().getSelectedItem();
        if (row == null || row.version() == null || row.version().approved()) {
            message.setText(t.get("versions.deleteOnlyDrafts"));
            if (row == null) {
                detail.clear();
                detail.node(message);
            }
            return;
        }
        selected = null;
        write(row.version(), s -> {
            s.deleteDraft(row.version().number());
            return null;
        });
    }

    private void writeNew(Function<Versions, PlanVersion> work) {
        session.writeWith("versions", wb -> work.apply(new Versions(wb.editor(), t)), v -> {
            selected = v.number();
            if (shown != null) {
                show(shown);
            }
        }, this::failed);
    }

    private void write(PlanVersion v, Function<Versions, PlanVersion> work) {
        session.writeWith("versions", wb -> work.apply(new Versions(wb.editor(), t)), done -> {
        }, e -> {
            if (e instanceof EditRejected r) {
                message.setText(model.text().refused(shown, v, r));
            } else {
                failed(e);
            }
        });
    }

    /**
     * A write refused or failed: said under the selected draft's form, or — when no form is shown (a new draft from
     * the header, nothing selected) — alone in the detail pane, so that it is always on screen.
     */
    private void failed(Throwable e) {
        message.setText(ErrorText.describe(t, e));
        if (message.getScene() == null) {
            detail.clear();
            detail.node(message);
        }
    }
}
