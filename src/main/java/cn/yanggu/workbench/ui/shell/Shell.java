package cn.yanggu.workbench.ui.shell;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.ui.common.WorkbenchView;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

import java.util.ArrayList;
import java.util.List;

/** The window's frame: the navigation rail on the left, the current view, and the status bar. */
public final class Shell {
    /** A navigation destination; its view is built the first time it is opened. */
    public record Destination(String id, String label, String iconPath,
                              java.util.function.Supplier<? extends WorkbenchView> view) {
    }

    private final I18n t;
    private final BorderPane root = new BorderPane();
    private final StackPane center = new StackPane();
    private final VBox rail = new VBox(2);
    private final ToggleGroup group = new ToggleGroup();
    private final List<ToggleButton> buttons = new ArrayList<>();
    private final List<Destination> destinations;
    private final Label database = new Label();
    private final Label state = new Label();
    private final Label locks = new Label();
    private final Label role = new Label();
    /** What the connected user may do: undo/redo for those who edit, 从备份恢复 for the 管理员. */
    private cn.yanggu.workbench.app.Role userRole = cn.yanggu.workbench.app.Role.ADMIN;
    private final javafx.scene.control.MenuItem undo = new javafx.scene.control.MenuItem();
    private final javafx.scene.control.MenuItem redo = new javafx.scene.control.MenuItem();
    private final javafx.scene.control.MenuItem viewImage = new javafx.scene.control.MenuItem();
    private final javafx.scene.control.MenuItem exportXlsx = new javafx.scene.control.MenuItem();
    private final javafx.scene.control.MenuItem backup = new javafx.scene.control.MenuItem();
    private final javafx.scene.control.MenuItem restore = new javafx.scene.control.MenuItem();
    private final javafx.scene.control.MenuItem quit = new javafx.scene.control.MenuItem();
    private final javafx.scene.control.MenuItem connect = new javafx.scene.control.MenuItem();
    private final javafx.scene.control.Hyperlink noticeLink = new javafx.scene.control.Hyperlink();
    private final Label notice = new Label();
    private WorkbenchView current;
    /** True while no database is open and the window says so instead of showing views. */
    private boolean unavailable;
    private final java.util.Map<String, WorkbenchView> made = new java.util.LinkedHashMap<>();
    private Plan plan;
    private Runnable firstData;
    private Runnable firstComplete;
    private final ToggleButton collapse;

    public Shell(I18n t, List<Destination> destinations, ReadOnlyIntegerProperty running) {
        this.t = t;
        this.destinations = List.copyOf(destinations);
        rail.getStyleClass().add("nav-rail");
        ToggleButton collapse = new ToggleButton();
        collapse.setId("nav-collapse");
        collapse.setGraphic(icon("M3 6h18v2H3zM3 11h18v2H3zM3 16h18v2H3z"));
        collapse.getStyleClass().add("nav-collapse");
        rail.getChildren().add(collapse);
        for (Destination d : destinations) {
            ToggleButton b = new ToggleButton(d.label(), icon(d.iconPath()));
            b.setId("nav-" + d.id());
            b.getStyleClass().add("nav-button");
            b.setToggleGroup(group);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setOnAction(e -> select(d));
            buttons.add(b);
            rail.getChildren().add(b);
        }
        // names as tooltips only when the rail shows icons alone (and made then: fewer controls before the first frame)
        collapse.selectedProperty().addListener((obs, was, collapsed) -> {
            for (int i = 0; i < buttons.size(); i++) {
                ToggleButton b = buttons.get(i);
                b.setContentDisplay(collapsed ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT);
                b.setTooltip(collapsed ? new Tooltip(destinations.get(i).label()) : null);
            }
        });
        this.collapse = collapse;
        // a navigation button stays pressed: clicking the current one again must not leave none selected
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            }
        });

        database.setId("status-database");
        state.setId("status-state");
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("status-busy");
        busy.visibleProperty().bind(Bindings.greaterThan(running, 0));
        busy.managedProperty().bind(busy.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        locks.setId("status-locks");
        role.setId("status-role");
        notice.setId("status-notice");
        noticeLink.setId("status-open-folder");
        noticeLink.setText(t.get("status.openFolder"));
        noticeLink.setVisible(false);
        noticeLink.managedProperty().bind(noticeLink.visibleProperty());
        HBox status = new HBox(12, database, role, spacer, notice, noticeLink, locks, busy, state);
        status.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add("status-bar");

        center.getStyleClass().add("content");
        undo.setId("menu-undo");
        redo.setId("menu-redo");
        undo.setAccelerator(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN));
        redo.setAccelerator(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));
        setUndo(java.util.Optional.empty(), java.util.Optional.empty());
        javafx.scene.control.Menu edit = new javafx.scene.control.Menu(t.get("menu.edit"), null, undo, redo);
        edit.setId("menu-edit");
        viewImage.setId("menu-view-image");
        viewImage.setAccelerator(new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        exportXlsx.setId("menu-export-xlsx");
        backup.setId("menu-backup");
        restore.setId("menu-restore");
        backup.setText(t.get("safety.menu.backup"));
        restore.setText(t.get("safety.menu.restore"));
        connect.setId("menu-connect");
        connect.setText(t.get("connect.menu"));
        quit.setId("menu-quit");
        quit.setText(t.get("menu.quit"));
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        // closing the window ends the program like the window close button (the data is already saved)
        // a close request like the window's ×, so work still running is asked about first
        quit.setOnAction(e -> root.getScene().getWindow().fireEvent(new javafx.stage.WindowEvent(
                root.getScene().getWindow(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        javafx.scene.control.Menu file = new javafx.scene.control.Menu(t.get("menu.file"), null, exportXlsx,
                viewImage, new javafx.scene.control.SeparatorMenuItem(), connect, backup, restore,
                new javafx.scene.control.SeparatorMenuItem(), quit);
        file.setId("menu-file");
        javafx.scene.control.MenuBar menu = new javafx.scene.control.MenuBar(file, edit);
        menu.setId("menu-bar");
        root.setTop(menu);
        // the rail scrolls (mouse wheel; no bar, which would squeeze the names) when the window is too low for all
        // destinations (e.g. 1366×768 at 125 %), so the status bar below is never pushed out of the window
        javafx.scene.control.ScrollPane railScroll = new javafx.scene.control.ScrollPane(rail);
        railScroll.setId("nav-scroll");
        railScroll.getStyleClass().add("nav-scroll");
        railScroll.setFitToWidth(true);
        railScroll.setFitToHeight(true);
        railScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        railScroll.setVbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        railScroll.setMinViewportHeight(0);
        // a window a little too low for every destination (1920×1080 at 150 %) gets a tighter rail first, so that
        // 变更记录 is still in sight; only a lower one has to scroll
        double[] roomyHeight = {0};
        railScroll.viewportBoundsProperty().addListener((o, was, now) -> {
            boolean compact = rail.getStyleClass().contains("compact");
            if (!compact && rail.prefHeight(-1) > now.getHeight() + 0.5) {
                roomyHeight[0] = rail.prefHeight(-1);
                rail.getStyleClass().add("compact");
            } else if (compact && now.getHeight() >= roomyHeight[0]) {
                rail.getStyleClass().remove("compact");
            }
        });
        root.setLeft(railScroll);
        root.setCenter(center);
        root.setBottom(status);
        root.getStyleClass().add("shell");
        buttons.get(0).setSelected(true);
    }

    /**
     * Builds the first view only after the window's first frame, so the window appears at once and the view
     * (and its data) follow.
     */
    public void showFirstViewAfterFirstFrame(javafx.scene.Scene scene) {
        cn.yanggu.workbench.ui.common.Pulses.afterNextPulse(scene, () -> {
            if (current == null) {
                select(destinations.get(0));
            }
            collapse.setTooltip(new Tooltip(t.get("nav.collapse")));
        });
    }

    private static Node icon(String path) {
        SVGPath p = new SVGPath();
        p.setContent(path);
        p.getStyleClass().add("nav-icon");
        StackPane box = new StackPane(p);
        box.getStyleClass().add("nav-icon-box");
        return box;
    }

    /** Shows a destination's view. */
    public void select(Destination d) {
        int i = destinations.indexOf(d);
        buttons.get(i).setSelected(true);
        WorkbenchView view = made.get(d.id());
        if (view == null) {
            view = d.view().get();
            made.put(d.id(), view);
            if (plan != null) {
                view.show(plan);
            }
        }
        current = view;
        center.getChildren().setAll(view.node());
        if (plan != null) {
            view.shown();
        }
        firstDataShown();
    }

    /**
     * Runs {@code onScreen} once the first view shows the plan's data in the window, and {@code complete} once it has
     * built all of it (for the start-up probe).
     */
    public void whenFirstViewHasData(Runnable onScreen, Runnable complete) {
        this.firstData = onScreen;
        this.firstComplete = complete;
        firstDataShown();
    }

    private void firstDataShown() {
        if (firstData != null && current != null && plan != null) {
            Runnable r = firstData;
            Runnable c = firstComplete;
            firstData = null;
            firstComplete = null;
            current.whenShowing(r);
            current.whenComplete(c);
        }
    }

    public void select(String id) {
        destinations.stream().filter(d -> d.id().equals(id)).findFirst().ifPresent(this::select);
    }

    /**
     * Installs the keyboard shortcuts: Ctrl+F filter, Ctrl+1…9 views, F5 reload, and Ctrl+Z / Ctrl+Y as 撤销 / 重做 in
     * text fields too (the menu's accelerators cover the rest of the window).
     */
    public void installShortcuts(javafx.scene.Scene scene, Runnable reload) {
        cn.yanggu.workbench.ui.common.Typing.install(scene, () -> fireIfEnabled(undo), () -> fireIfEnabled(redo));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            if (current != null) {
                current.focusFilter();
            }
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), reload);
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (int i = 0; i < destinations.size() && i < digits.length; i++) {
            Destination d = destinations.get(i);
            scene.getAccelerators().put(new KeyCodeCombination(digits[i], KeyCombination.SHORTCUT_DOWN),
                    () -> select(d));
        }
    }

    /** Shows a loaded plan in every view opened so far (the others get it when they are opened). */
    public void show(Plan plan) {
        show(plan, cn.yanggu.workbench.app.Changed.EVERYTHING);
    }

    /** Shows the plan after a write that changed {@code changed}: each opened view updates what it shows of it. */
    public void show(Plan plan, cn.yanggu.workbench.app.Changed changed) {
        this.plan = plan;
        if (unavailable) {
            unavailable = false;
            rail.setDisable(false);
            exportXlsx.setDisable(false);
            viewImage.setDisable(false);
            center.getChildren().setAll(current == null ? List.of() : List.of(current.node()));
        }
        made.values().forEach(v -> v.show(plan, changed));
        firstDataShown();
    }

    /**
     * No database is open (it was refused, or a restore was cancelled): instead of views that would wait for data for
     * ever, the window says what happened and offers the ways on; the views and exports are off until a database opens.
     */
    public void showUnavailable(String heading, String message, List<javafx.scene.control.Button> actions) {
        unavailable = true;
        plan = null;
        Label h = new Label(heading);
        h.getStyleClass().add("plan-title");
        h.setWrapText(true);
        Label m = new Label(message);
        m.setWrapText(true);
        m.setId("db-unavailable-message");
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(8, 8);
        row.getChildren().setAll(actions);
        VBox page = new VBox(16, h, m, row);
        page.setId("db-unavailable");
        page.getStyleClass().add("view-body");
        page.setMaxWidth(760);
        page.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane.setAlignment(page, javafx.geometry.Pos.TOP_LEFT);
        center.getChildren().setAll(page);
        rail.setDisable(true);
        exportXlsx.setDisable(true);
        viewImage.setDisable(true);
    }

    private static void fireIfEnabled(javafx.scene.control.MenuItem item) {
        if (!item.isDisable()) {
            item.fire();
        }
    }

    /** Wires 撤销 and 重做 (menu and Ctrl+Z / Ctrl+Y) to their actions. */
    public void onUndoRedo(Runnable undoAction, Runnable redoAction) {
        undo.setOnAction(e -> undoAction.run());
        redo.setOnAction(e -> redoAction.run());
    }

    /** Shows what 撤销 and 重做 would do, or disables them. */
    public void setUndo(java.util.Optional<String> undoLabel, java.util.Optional<String> redoLabel) {
        undo.setText(undoLabel.map(l -> t.get("menu.undoWhat", l)).orElse(t.get("menu.undo")));
        undo.setDisable(undoLabel.isEmpty() || !userRole.mayEdit());
        redo.setText(redoLabel.map(l -> t.get("menu.redoWhat", l)).orElse(t.get("menu.redo")));
        redo.setDisable(redoLabel.isEmpty() || !userRole.mayEdit());
    }

    /**
     * The connected user's role: named in the status bar; 只读 may not undo or redo, only the 管理员 sees 从备份恢复.
     * Call before the plan is shown ({@link #setUndo} follows it).
     */
    public void setRole(cn.yanggu.workbench.app.Role r) {
        userRole = r;
        role.setText(t.get("role.status", r.label(t)));
        // why nothing offers to change the plan: said where the role is named
        role.setTooltip(r.mayEdit() ? null : new javafx.scene.control.Tooltip(
                t.get(cn.yanggu.workbench.ui.common.RoleGate.READ_ONLY_KEY)));
        restore.setVisible(r.mayAdminister());
        if (!r.mayEdit()) {
            undo.setDisable(true);
            redo.setDisable(true);
        }
    }

    public void onSaveViewAsImage(Runnable action) {
        viewImage.setText(t.get("menu.viewImage"));
        viewImage.setOnAction(e -> action.run());
    }

    public void onExportXlsx(Runnable action) {
        exportXlsx.setText(t.get("excel.ui.exportPlan"));
        exportXlsx.setOnAction(e -> action.run());
    }

    /** Wires 文件 › 备份… and 从备份恢复…. */
    /** 文件 › 连接到局内数据库…. */
    public void onConnect(Runnable action) {
        connect.setOnAction(e -> action.run());
    }

    public void onBackupRestore(Runnable backupAction, Runnable restoreAction) {
        backup.setOnAction(e -> backupAction.run());
        restore.setOnAction(e -> restoreAction.run());
    }

    /** A finished export: its message, and a link that opens the folder (when there is one). */
    public void notice(String message, Runnable openFolder) {
        notice.setText(message);
        noticeLink.setVisible(openFolder != null);
        noticeLink.setOnAction(e -> {
            if (openFolder != null) {
                openFolder.run();
            }
        });
    }

    /** The view being shown. */
    public WorkbenchView currentView() {
        return current;
    }

    /** The node of the view being shown (the whole frame before the first view exists). */
    public javafx.scene.Node currentNode() {
        return current == null ? root : current.node();
    }

    public void setLocks(String text) {
        locks.setText(text);
    }

    public void setDatabase(String path) {
        database.setText(t.get("status.database", path));
    }

    public void setState(String text) {
        state.setText(text);
    }

    public BorderPane root() {
        return root;
    }
}
