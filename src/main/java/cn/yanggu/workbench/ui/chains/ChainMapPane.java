package cn.yanggu.workbench.ui.chains;

import cn.yanggu.workbench.ui.common.Shown;
import cn.yanggu.workbench.app.Words;
import cn.yanggu.workbench.app.Changed;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.charts.ChainMapChart;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.domain.Chain;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.ui.common.DetailPane;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.common.SlideCanvas;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import java.util.List;
import java.util.function.Supplier;

/**
 * 产业链 › 图谱: one chain's map as it is exported for slides (现状 or 目标 2025), and beside it the node clicked —
 * its enterprises, projects, state and intent with the plan's words. The map is read in the background after
 * each write that may change it.
 */
final class ChainMapPane extends BorderPane {
    private final I18n t;
    private final Session session;
    private final Supplier<ChartFonts> fonts;
    private final ChainMapModel model;
    private final ComboBox<Chain> chains = new ComboBox<>();
    private final ToggleButton current;
    private final ToggleButton target;
    private final SlideCanvas canvas = new SlideCanvas();
    private final cn.yanggu.workbench.ui.common.ZoomedSlide zoomed;
    private final DetailPane detail;
    private ChainMapChart maps;
    private Plan plan;
    private ChainMap map;
    private String selected;
    private final javafx.scene.control.TextField editName = new javafx.scene.control.TextField();
    private final ComboBox<ChainMap.Stage> editStage = new ComboBox<>();
    private final javafx.scene.control.TextField editBranch = new javafx.scene.control.TextField();
    private final ComboBox<ChainMap.Intent> editIntent = new ComboBox<>();
    private final javafx.scene.control.TextArea editQuote = new javafx.scene.control.TextArea();
    private final javafx.scene.control.TextArea editEnterprises = new javafx.scene.control.TextArea();
    private final javafx.scene.control.TextArea editProjects = new javafx.scene.control.TextArea();
    private final Label editMessage = new Label();
    private final javafx.scene.layout.VBox editor;
    private java.util.List<cn.yanggu.workbench.domain.Lead> leads = java.util.List.of();

    /** What is read in the background: the map and the leads. */
    private record Loaded(ChainMap map, java.util.List<cn.yanggu.workbench.domain.Lead> leads) {
    }

    ChainMapPane(I18n t, Session session, Supplier<ChartFonts> fonts) {
        this.t = t;
        this.session = session;
        this.fonts = fonts;
        this.model = new ChainMapModel(t);
        setId("chain-map");
        detail = new DetailPane("chain-map-detail", t.get("chainmap.clickHint"));
        chains.setId("chain-map-chain");
        chains.setPrefWidth(220);
        chains.setConverter(Shown.as(c -> c.name()));
        ToggleGroup views = new ToggleGroup();
        current = new ToggleButton(t.get("chainmap.view.current"));
        current.setId("chain-map-current");
        target = new ToggleButton(t.get("chainmap.view.target"));
        target.setId("chain-map-target");
        current.setToggleGroup(views);
        target.setToggleGroup(views);
        current.setSelected(true);
        views.selectedToggleProperty().addListener((o, a, b) -> {
            if (b == null) {
                a.setSelected(true);
            } else {
                redraw();
            }
        });
        chains.valueProperty().addListener((o, a, b) -> {
            // the same chain again (the list refreshed after a write) keeps the node shown
            if (b == null || a == null || !a.code().equals(b.code())) {
                selected = null;
                detail.clear();
            }
            redraw();
        });
        editor = buildEditor();
        // 只读 reads the link in the detail above the form; the form (保存/删除/上移/下移) is the editors'
        cn.yanggu.workbench.ui.common.RoleGate.edits(session, editor);
        Label hint = new Label(t.get("chainmap.clickHint"));
        hint.getStyleClass().add("hint");
        // the map at its natural size (1920×1080 at 100 %), scrolled and zoomed, not the slide squeezed into the pane
        zoomed = new cn.yanggu.workbench.ui.common.ZoomedSlide(t, canvas);
        zoomed.setId("chain-map-scroll");
        HBox bar = new HBox(8, chains, current, target, zoomed.controls(), hint);
        bar.setPadding(new Insets(8));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        canvas.setId("chain-map-canvas");
        canvas.setFocusTraversable(true);
        canvas.setOnEntityClicked(e -> {
            if (e.getURLText() != null) {
                selected = e.getURLText();
                describe();
                canvas.requestFocus();   // the keys for the link shown (Alt+↑/↓) work straight away
            }
        });
        SplitPane split = new SplitPane(zoomed, detail);
        split.setDividerPositions(0.74);
        setTop(bar);
        setCenter(split);
        // Alt+↑ / Alt+↓ move the link shown one place up or down in its cell (wherever the focus is in the pane)
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown() && (e.getCode() == javafx.scene.input.KeyCode.UP
                    || e.getCode() == javafx.scene.input.KeyCode.DOWN)) {
                move(e.getCode() == javafx.scene.input.KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
    }

    /** Moves the link shown one place up ({@code delta} −1) or down (+1) within its cell: one step for 撤销. */
    void move(int delta) {
        ChainMap.Node n = map == null || selected == null ? null : map.node(selected).orElse(null);
        if (n == null || !cn.yanggu.workbench.ui.common.RoleGate.allowsEdits(session)) {
            return;
        }
        String label = t.get(delta < 0 ? "chainmap.edit.up" : "chainmap.edit.down");
        session.writeWith("chain-node", wb -> wb.chainMaps().move(label, n, delta), done -> {
            if (done.isEmpty()) {
                editMessage.setText(t.get(delta < 0 ? "chainmap.edit.first" : "chainmap.edit.last"));
            }
        }, e -> editMessage.setText(String.valueOf(e.getMessage())));
    }

    /** Shows {@code plan}; the map is read again when the write may have changed it. */
    void show(Plan p, Changed changed) {
        this.plan = p;
        Chain keep = chains.getValue();
        if (!chains.getItems().equals(p.chains())) {
            chains.getItems().setAll(p.chains());
        }
        chains.setValue(keep == null ? p.chains().stream().findFirst().orElse(null)
                : p.chain(keep.code()).orElse(p.chains().stream().findFirst().orElse(null)));
        if (map == null || changed.everything() || changed.touches(Changed.Part.CHAIN_MAP)
                || changed.touches(Changed.Part.LEADS)
                || !changed.kinds().isEmpty()) {
            var service = session.chainMaps();
            if (service == null) {
                return;
            }
            var leadService = session.leads();
            session.runner().run("chain-map", () -> new Loaded(service.map(), leadService.all()), m -> {
                map = m.map();
                leads = m.leads();
                redraw();
                describe();
            }, e -> { });
        } else {
            redraw();
        }
    }

    private void redraw() {
        Chain c = chains.getValue();
        if (plan == null || map == null || c == null) {
            return;
        }
        if (maps == null) {
            maps = new ChainMapChart(t, fonts.get());
        }
        canvas.setChart(maps.chart(plan, map, leads, c, target.isSelected() ? ChainMapChart.View.TARGET
                : ChainMapChart.View.CURRENT));
    }

    private void describe() {
        if (selected == null || plan == null || map == null) {
            return;
        }
        model.detail(plan, map, selected).ifPresentOrElse(d -> {
            detail.clear();
            detail.title(d.title());
            detail.field(t.get("chainmap.detail.place"), d.place());
            detail.field(t.get("chainmap.detail.state"), d.state());
            if (d.intent() != null) {
                detail.field(t.get("chainmap.detail.intent"), d.intent()
                        + (d.quote() == null ? "" : "：“" + d.quote() + "”"));
            }
            detail.field(t.get("chainmap.detail.enterprises", d.enterprises().size()),
                    d.enterprises().isEmpty() ? t.get("chainmap.noEnterprise") : String.join("\n", d.enterprises()));
            detail.field(t.get("chainmap.detail.projects", d.projects().size()),
                    d.projects().isEmpty() ? t.get("common.unset") : String.join("\n", d.projects()));
            detail.field(t.get("common.source"), d.source());
            map.node(d.code()).ifPresent(this::fillEditor);
            detail.form(editor);
        }, detail::clear);
    }

    private javafx.scene.layout.VBox buildEditor() {
        editStage.getItems().setAll(ChainMap.Stage.values());
        editStage.setConverter(Shown.as(s -> Words.of(t, s)));
        editIntent.getItems().setAll(null, ChainMap.Intent.BUILD, ChainMap.Intent.EXTEND, ChainMap.Intent.FILL,
                ChainMap.Intent.STRENGTHEN);
        editIntent.setConverter(Shown.including(i -> i == null ? t.get("chainmap.edit.none")
                : Words.of(t, i)));
        editName.setId("chain-node-name");
        editStage.setId("chain-node-stage");
        editBranch.setId("chain-node-branch");
        editIntent.setId("chain-node-intent");
        editEnterprises.setId("chain-node-enterprises");
        editProjects.setId("chain-node-projects");
        editMessage.setId("chain-node-message");
        editMessage.getStyleClass().add("field-error");
        editMessage.setWrapText(true);
        for (var area : List.of(editQuote, editEnterprises, editProjects)) {
            area.setPrefRowCount(3);
            area.setWrapText(true);
        }
        javafx.scene.control.Button save = new javafx.scene.control.Button(t.get("chainmap.edit.save"));
        save.setId("chain-node-save");
        save.setOnAction(e -> saveNode());
        javafx.scene.control.Button delete = new javafx.scene.control.Button(t.get("chainmap.edit.delete"));
        delete.setId("chain-node-delete");
        delete.setOnAction(e -> deleteNode());
        javafx.scene.control.Button up = new javafx.scene.control.Button(t.get("chainmap.edit.upKey"));
        up.setId("chain-node-up");
        up.setOnAction(e -> move(-1));
        javafx.scene.control.Button down = new javafx.scene.control.Button(t.get("chainmap.edit.downKey"));
        down.setId("chain-node-down");
        down.setOnAction(e -> move(1));
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(4,
                new Label(t.get("chainmap.edit.name")), editName, new Label(t.get("chainmap.edit.stage")), editStage,
                new Label(t.get("chainmap.edit.branch")), editBranch, new Label(t.get("chainmap.edit.intent")),
                editIntent, new Label(t.get("chainmap.edit.quote")), editQuote,
                new Label(t.get("chainmap.edit.enterprises")), editEnterprises,
                new Label(t.get("chainmap.edit.projects")), editProjects, new HBox(6, save, delete), new HBox(6, up, down), editMessage);
        box.setId("chain-node-form");
        return box;
    }


    private void fillEditor(ChainMap.Node n) {
        ChainMapModel.NodeText f = model.text(plan, n);
        editName.setText(f.name());
        editStage.setValue(f.stage());
        editBranch.setText(f.branch() == null ? "" : f.branch());
        editIntent.setValue(f.intent());
        editQuote.setText(f.quote() == null ? "" : f.quote());
        editEnterprises.setText(f.enterprises());
        editProjects.setText(f.projects());
        editMessage.setText("");
    }

    private void saveNode() {
        ChainMap.Node before = map == null || selected == null ? null : map.node(selected).orElse(null);
        if (before == null) {
            return;
        }
        ChainMap.Node after;
        try {
            after = model.edited(plan, before, new ChainMapModel.NodeText(editName.getText(), editStage.getValue(),
                    editBranch.getText(), editIntent.getValue(), editQuote.getText(), editEnterprises.getText(),
                    editProjects.getText()), t.get("chainmap.edit.source"));
        } catch (ChainMapModel.Refused e) {
            editMessage.setText(e.getMessage());
            return;
        }
        write(t.get("chainmap.edit.save"), before, after);
    }

    /** 新增 (the view's header, on 图谱): a new link downstream in the chain shown, opened to be named. */
    void addNode() {
        Chain c = chains.getValue();
        if (c == null || map == null) {
            return;
        }
        String code = c.code() + ".user-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        int order = (int) map.of(c.code()).stream().filter(n -> n.stage() == ChainMap.Stage.DOWNSTREAM).count();
        ChainMap.Node n = new ChainMap.Node(code, c.code(), ChainMap.Stage.DOWNSTREAM, null,
                t.get("chainmap.edit.newName"), order, null, null, null, List.of(), List.of(),
                t.get("chainmap.edit.source"));
        selected = code;
        write(t.get("chainmap.edit.add"), null, n);
    }

    /** 删除 (the view's header, on 图谱): the link shown, after naming what refers to it. */
    void deleteNode() {
        ChainMap.Node n = map == null || selected == null ? null : map.node(selected).orElse(null);
        if (n == null) {
            return;
        }
        cn.yanggu.workbench.ui.common.FxDialogs.of(t, this).confirm(t.get("chainmap.edit.delete"), n.name(),
                model.references(plan, n, leads), yes -> {
                    if (Boolean.TRUE.equals(yes)) {
                        selected = null;
                        detail.clear();
                        write(t.get("chainmap.edit.delete"), n, null);
                    }
                });
    }

    private void write(String label, ChainMap.Node before, ChainMap.Node after) {
        session.writeWith("chain-node", wb -> wb.chainMaps().change(label, before, after), done -> { }, e -> {
            if (e instanceof cn.yanggu.workbench.app.EditRejected r && !r.problems().isEmpty()) {
                editMessage.setText(r.problems().get(0).problem().field() + "："
                        + cn.yanggu.workbench.app.ErrorText.problem(t, r.problems().get(0).problem()));
            } else {
                editMessage.setText(String.valueOf(e.getMessage()));
            }
        });
    }

    /** The node whose detail is shown (tests). */
    String selected() {
        return selected;
    }

    SlideCanvas canvas() {
        return canvas;
    }
}
