package cn.yanggu.workbench.ui;

import cn.yanggu.workbench.app.DataPaths;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.ui.chains.ChainsView;
import cn.yanggu.workbench.ui.common.Fonts;
import cn.yanggu.workbench.ui.common.FxDialogs;
import cn.yanggu.workbench.ui.common.FxTaskRunner;
import cn.yanggu.workbench.ui.common.Lazy;
import cn.yanggu.workbench.ui.charts.ChartsView;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.values.ValuesView;
import cn.yanggu.workbench.ui.enterprises.EnterprisesView;
import cn.yanggu.workbench.ui.grading.GradingView;
import cn.yanggu.workbench.ui.thresholds.ThresholdsView;
import cn.yanggu.workbench.ui.audit.AuditView;
import cn.yanggu.workbench.ui.exchange.ExchangeView;
import cn.yanggu.workbench.ui.common.TaskRunner;
import cn.yanggu.workbench.ui.indicators.IndicatorsView;
import cn.yanggu.workbench.ui.overview.OverviewView;
import cn.yanggu.workbench.ui.projects.ProjectsView;
import cn.yanggu.workbench.ui.reports.ReportsView;
import cn.yanggu.workbench.ui.shell.Shell;
import cn.yanggu.workbench.ui.zones.ZonesView;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import cn.yanggu.workbench.app.Backups;
import cn.yanggu.workbench.ui.backup.BackupDialogs;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The GUI's composition root: builds the views and shows the window first, then opens the database and loads the
 * plan in the background.
 */
public final class WorkbenchApp extends Application {
    private Path database;
    /** The bureau's server database when one is open (then {@link #database} only names its snapshots), else null. */
    private cn.yanggu.workbench.domain.ServerAddress server;
    private String language;
    private final Clock clock;
    private TaskRunner runner;
    private Workbench workbench;
    private Shell shell;
    private I18n t;
    private Session session;
    private StartupProbe probe;
    private Stage stage;
    /** The UI font, loaded on a background thread while the window is built (see {@link #init()}). */
    private java.util.concurrent.CompletableFuture<Fonts> fonts;
    /** The user's preferences (the status tolerance), read on a background thread while the window is built. */
    private java.util.concurrent.CompletableFuture<java.util.prefs.Preferences> preferences;

    /** Used by {@link Application#launch}; reads --db and --lang from the parameters. */
    public WorkbenchApp() {
        this.clock = Clock.systemDefaultZone();
    }

    /** Used by tests and by code that already knows its database. */
    public WorkbenchApp(Path database, String language, Clock clock) {
        this.database = database;
        this.language = language;
        this.clock = clock;
    }

    /**
     * Used by the launcher: {@code database} is a file path or a server address ({@code postgresql://…}), already
     * checked by the command line.
     */
    public WorkbenchApp(String database, String language, Clock clock) {
        this.language = language;
        this.clock = clock;
        useDatabase(database);
    }

    /** Starts the window and returns when it closes. */
    public static void launchWith(Path database, String language) {
        Application.launch(WorkbenchApp.class, "--db=" + database, "--lang=" + (language == null ? "zh" : language));
    }

    /** Starts the window on {@code database} (a file path or a server address) and returns when it closes. */
    public static void launchWith(String database, String language, EarlyToolkit early) {
        if (early == null) {
            Application.launch(WorkbenchApp.class, "--db=" + database, "--lang=" + (language == null ? "zh" : language));
            return;
        }
        launch(new WorkbenchApp(database, language, Clock.systemDefaultZone()), early);
    }

    /** {@code spec}: a server address ({@code postgresql://…}) or a file path (null: the default file). */
    private void useDatabase(String spec) {
        if (cn.yanggu.workbench.domain.ServerAddress.isServer(spec)) {
            server = cn.yanggu.workbench.domain.ServerAddress.parse(spec);
            database = Workbench.serverBackups(DataPaths.system().dataDirectory(), server);
        } else {
            server = null;
            database = spec == null ? DataPaths.system().defaultDatabase() : Path.of(spec);
        }
    }

    /** The status bar and the title say which database is open: the server's database and user, or the file. */
    private void showWhichDatabase() {
        shell.setDatabase(server != null ? t.get("pg.status.server", server.shortName(), server.user())
                : database.toAbsolutePath().toString());
        stage.setTitle(t.get("app.title") + " — " + (server != null ? server.shortName() : database.getFileName()));
    }

    /**
     * Starts the window on a toolkit that {@link EarlyToolkit} began starting with the process, and returns when the
     * window is closed: the same life cycle as {@link Application#launch} (init, start, stop).
     */
    public static void launchWith(Path database, String language, EarlyToolkit early) {
        if (early == null) {
            launchWith(database, language);
            return;
        }
        launch(new WorkbenchApp(database, language, Clock.systemDefaultZone()), early);
    }

    private static void launch(WorkbenchApp app, EarlyToolkit early) {
        early.await();
        app.init();
        java.util.concurrent.CompletableFuture<Thread> fxThread = new java.util.concurrent.CompletableFuture<>();
        java.util.concurrent.atomic.AtomicReference<RuntimeException> failed =
                new java.util.concurrent.atomic.AtomicReference<>();
        javafx.application.Platform.runLater(() -> {
            fxThread.complete(Thread.currentThread());
            try {
                app.start(new Stage());
            } catch (RuntimeException e) {
                failed.set(e);
                javafx.application.Platform.exit();
            }
        });
        try {
            // the JavaFX thread ends when the last window has closed (or on Platform.exit)
            fxThread.join().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        app.stop();
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    @Override
    public void init() {
        if (database == null) {
            Map<String, String> named = getParameters().getNamed();
            useDatabase(named.get("db"));
            language = named.get("lang");
        }
        // reading ~5 MB of bundled font overlaps with building the window on the JavaFX thread
        fonts = java.util.concurrent.CompletableFuture.supplyAsync(Fonts::load);
        // the user's preferences are an XML file: reading it (and loading an XML parser) overlaps with the window too
        preferences = java.util.concurrent.CompletableFuture.supplyAsync(WorkbenchApp::userPreferences);
    }

    private static java.util.prefs.Preferences userPreferences() {
        java.util.prefs.Preferences prefs = java.util.prefs.Preferences.userRoot().node("cn/yanggu/workbench");
        prefs.getDouble("tolerance", 0);   // loads the node's file now, off the JavaFX thread
        return prefs;
    }

    @Override
    public void start(Stage stage) {
        t = I18n.forLanguage(language);
        runner = new FxTaskRunner();
        session = new Session(runner, this::showError);
        // a write the server did not take (connection lost, a conflict) is a question with 重试 / 用我的值覆盖
        session.askAboutFaults(new cn.yanggu.workbench.ui.common.FaultDialogs(t, () -> stage,
                message -> shell.setState(message)));
        Lazy<ChartFonts> chartFonts = new Lazy<>(ChartFonts::load);
        java.util.function.Supplier<ChartFonts> reportFonts = chartFonts::get;
        Lazy<ChartsView> charts = new Lazy<>(() -> new ChartsView(t, session, clock, chartFonts.get(), this::notice));
        Lazy<GradingView> grading = new Lazy<>(() -> new GradingView(t, session,
                () -> workbench == null ? null : workbench.grading(), chartFonts.get(), clock, this::notice));
        // a key project made from a lead and the lead link to each other
        java.util.concurrent.atomic.AtomicReference<Lazy<ProjectsView>> projects =
                new java.util.concurrent.atomic.AtomicReference<>();
        Lazy<cn.yanggu.workbench.ui.leads.LeadsView> leads = new Lazy<>(() -> new cn.yanggu.workbench.ui.leads
                .LeadsView(t, session, clock, code -> {
                    shell.select("projects");
                    projects.get().get().showRecord(code);
                }));
        projects.set(new Lazy<>(() -> new ProjectsView(t, session, code -> {
            shell.select("leads");
            leads.get().showLead(code);
        })));
        List<Shell.Destination> destinations = List.of(
                new Shell.Destination("overview", t.get("nav.overview"),
                        "M3 3h8v8H3zM13 3h8v8h-8zM3 13h8v8H3zM13 13h8v8h-8z", () -> new OverviewView(t, session,
                        clock, id -> {
                            shell.select("charts");
                            charts.get().select(id);
                        })),
                new Shell.Destination("charts", t.get("nav.charts"),
                        "M3 3h2v16h16v2H3zM7 15l4-5 3 3 5-7 1.6 1.2-6.4 9-3-3-3.6 4.4z", charts),
                new Shell.Destination("indicators", t.get("nav.indicators"),
                        "M3 20h18v2H3zM5 10h3v8H5zM10.5 5h3v13h-3zM16 13h3v5h-3z", () -> new IndicatorsView(t, session)),
                new Shell.Destination("values", t.get("nav.values"),
                        "M3 3h18v18H3zm2 2v4h6V5zm8 0v4h6V5zM5 11v3h6v-3zm8 0v3h6v-3zM5 16v3h6v-3zm8 0v3h6v-3z",
                        () -> new ValuesView(t, session, clock, this::notice)),
                new Shell.Destination("chains", t.get("nav.chains"),
                        "M7 8a4 4 0 0 0 0 8h3v-2H7a2 2 0 0 1 0-4h3V8zM14 8v2h3a2 2 0 0 1 0 4h-3v2h3a4 4 0 0 0 0-8zM8 11h8v2H8z",
                        () -> new ChainsView(t, session, chartFonts::get)),
                new Shell.Destination("zones", t.get("nav.zones"),
                        "M12 2a7 7 0 0 0-7 7c0 5 7 13 7 13s7-8 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z",
                        () -> new ZonesView(t, session, clock)),
                new Shell.Destination("projects", t.get("nav.projects"),
                        "M4 4h2v16H4zM8 4h12l-3 4 3 4H8z", projects.get()),
                new Shell.Destination("enterprises", t.get("nav.enterprises"),
                        "M3 21V9l6-4v4l6-4v4l6-4v16zM7 13h2v2H7zm4 0h2v2h-2zm4 0h2v2h-2zM7 17h2v2H7zm4 0h2v2h-2zm4 0h2v2h-2z",
                        () -> new EnterprisesView(t, session, name -> {
                            shell.select("grading");
                            grading.get().showEnterprise(name);
                        })),
                new Shell.Destination("grading", t.get("grading.nav"),
                        "M4 20V10h4v10zm6 0V4h4v16zm6 0v-7h4v7zM2 21h20v1.5H2z",
                        grading),
                new Shell.Destination("thresholds", t.get("nav.thresholds"),
                        "M4 4h16v4H4zm0 6h10v4H4zm0 6h16v4H4z", () -> new ThresholdsView(t, session, clock)),
                // after 入园门槛 (a lead's 入园评审), and past Ctrl+1…9 so no view's shortcut moves
                new Shell.Destination("leads", t.get("nav.leads"),
                        "M12 2 3 6v2h18V6zM5 10v7h3v-7zm5.5 0v7h3v-7zM16 10v7h3v-7zM3 19v3h18v-3z",
                        leads),
                new Shell.Destination("reports", t.get("nav.reports"),
                        "M6 2h9l5 5v15H6zm8 1.5V8h4.5zM8 11h10v2H8zm0 4h10v2H8zm0 4h6v2H8z",
                        () -> new ReportsView(t, session, clock, reportFonts, this::notice)),
                new Shell.Destination("exchange", t.get("exchange.nav"),
                        "M7 3 3 7l4 4V8h10V6H7zM17 13v3H7v2h10v3l4-4z",
                        () -> new ExchangeView(t, session, clock, this::notice)),
                new Shell.Destination("versions", t.get("nav.versions"),
                        "M4 3h10l4 4v6h-2V8h-3V5H6v14h6v2H4zm12 10h2v3h3v2h-3v3h-2v-3h-3v-2h3z",
                        () -> new cn.yanggu.workbench.ui.versions.VersionsView(t, session)),
                new Shell.Destination("audit", t.get("nav.audit"),
                        "M13 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18zm0 2a7 7 0 1 1 0 14 7 7 0 0 1 0-14zm-1 2v6l5 3 1-1.7-4-2.3V7z",
                        () -> new AuditView(t, session, clock.getZone())));
        shell = new Shell(t, destinations, runner.running());
        shell.setState(t.get("status.opening"));

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(shell.root(), Math.min(1600, screen.getWidth()), Math.min(1000, screen.getHeight()));
        (fonts == null ? Fonts.load() : fonts.join()).apply(scene);
        scene.getStylesheets().addAll(
                css("tokens.css"), css("shell.css"), css("tables.css"), css("overview.css"), css("detail.css"), css("forms.css"),
                css("grading.css"), css("reports.css"), css("exchange.css"));
        shell.installShortcuts(scene, this::reload);
        shell.onUndoRedo(() -> session.undo(this::undoRefused), () -> session.redo(this::undoRefused));
        shell.onSaveViewAsImage(this::saveViewAsImage);
        shell.onExportXlsx(this::exportXlsx);
        shell.onConnect(this::connectToServer);
        shell.onBackupRestore(this::showBackups, () -> dialogs().showRestore(Backups.of(database), null,
                this::restoreFrom, null));
        this.stage = stage;
        shell.setRole(session.role().get());
        session.role().addListener((obs, old, now) -> shell.setRole(now));
        session.snapshot().addListener((obs, old, now) -> {
            if (now != null) {
                showPlan(now, old != null);
            }
        });
        for (int size : new int[] {16, 32, 48, 256}) {
            var icon = WorkbenchApp.class.getResource("/icons/workbench-" + size + ".png");
            if (icon != null) {
                // decoded beside the first frame, not before it (the window manager gets them when they are ready)
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm(), true));
            }
        }
        showWhichDatabase();
        stage.setScene(scene);
        stage.setOnCloseRequest(this::closeRequested);
        probe = StartupProbe.fromSystemProperty();
        if (probe != null) {
            probe.watch(scene);
            // the overview's data includes its judged indicator cards (those in the window; the ones below its bottom
            // edge and the statements table follow a frame later), computed on the task runner after the plan
            shell.whenFirstViewHasData(() -> probe.dataShown(scene), () -> probe.complete(scene));
        }
        shell.showFirstViewAfterFirstFrame(scene);
        // the saved tolerance, read beside the window being built (see init()); needed once the plan is shown
        java.util.prefs.Preferences prefs = (preferences == null ? userPreferences() : preferences.join());
        session.tolerance().set(prefs.getDouble("tolerance", session.tolerance().get()));
        session.tolerance().addListener((o, a, b) -> prefs.putDouble("tolerance", b.doubleValue()));
        // open the database in the background while the first frame is drawn; the views get the plan when ready
        openDatabase();
        stage.show();
    }

    private static String css(String name) {
        return WorkbenchApp.class.getResource("/cn/yanggu/workbench/css/" + name).toExternalForm();
    }

    private void openDatabase() {
        Path path = database;
        cn.yanggu.workbench.domain.ServerAddress onServer = server;
        runner.run("open", () -> {
            Workbench wb = onServer != null ? Workbench.open(onServer) : Workbench.open(path);
            return Map.entry(wb, Session.snapshotOf(wb.editor()));
        }, opened -> show(opened.getKey(), opened.getValue()), this::showOpenFailure);
    }

    /** The window shows the opened {@code wb} (its first snapshot {@code first}). */
    private void show(Workbench wb, Session.Snapshot first) {
        workbench = wb;
        session.attach(wb, first);
        if (wb.server() != null) {
            // other staff's changes on the server appear here within seconds
            wb.watchOthers(() -> javafx.application.Platform.runLater(() -> reloadAfterOthers(wb)));
        }
    }

    /**
     * 文件 › 连接到局内数据库…: opens the server database the dialog names (faults stay in the dialog, with 重试), then
     * this window shows it as it shows another file: the database open before is closed in the background.
     */
    private void connectToServer() {
        var model = new cn.yanggu.workbench.ui.connect.ConnectModel<Map.Entry<Workbench, Session.Snapshot>>(t, runner,
                cn.yanggu.workbench.app.PgPass.ofUser(), address -> {
                    Workbench wb = Workbench.open(address);
                    return Map.entry(wb, Session.snapshotOf(wb.editor()));
                });
        if (server != null) {
            model.host().set(server.host());
            model.port().set(String.valueOf(server.port()));
            model.database().set(server.database());
            model.user().set(server.user());
            model.sslmode().set(server.sslmode());
        }
        new cn.yanggu.workbench.ui.connect.ConnectDialog<>(t, stage, model, opened -> {
            Workbench old = workbench;
            if (old != null) {
                runner.run("close", () -> {
                    old.close();
                    return old;
                }, closed -> { }, this::showError);
            }
            Workbench wb = opened.getKey();
            server = wb.server();
            database = Workbench.serverBackups(DataPaths.system().dataDirectory(), server);
            showWhichDatabase();
            show(wb, opened.getValue());
        }).show();
    }

    private BackupDialogs dialogs() {
        return new BackupDialogs(t, runner, stage);
    }

    /** 文件 › 备份…: the list of backups and 立即备份. */
    private void showBackups() {
        Workbench wb = workbench;
        if (wb == null) {
            dialogs().showRestore(Backups.of(database), null, this::restoreFrom, null);
            return;
        }
        dialogs().showBackup(wb.backups(), () -> wb.backup(Backups.Reason.MANUAL),
                folder -> getHostServices().showDocument(folder.toUri().toString()));
    }

    /** What a restore left open: the restored database, or (after a failure) the reopened old one and the error. */
    private record Restored(Workbench workbench, Session.Snapshot snapshot, Throwable error) {
    }

    /** Replaces the database with {@code from} in the background (closing it first), then shows the result. */
    private void restoreFrom(Path from) {
        if (server != null) {
            // a server database is restored by its 管理员 on the command line, not replaced from one PC's window
            notice(t.get("pg.restore.notHere"), null);
            return;
        }
        Workbench old = workbench;
        workbench = null;
        Path path = database;
        shell.setState(t.get("safety.status.restoring"));
        runner.run("restore", () -> {
            if (old != null) {
                old.close();
            }
            try {
                Workbench wb = Workbench.restore(path, from);
                return new Restored(wb, Session.snapshotOf(wb.editor()), null);
            } catch (RuntimeException e) {
                if (old == null) {
                    throw e;
                }
                Workbench again = Workbench.open(path);   // the database was not touched: carry on with it
                return new Restored(again, Session.snapshotOf(again.editor()), e);
            }
        }, r -> {
            workbench = r.workbench();
            session.attach(r.workbench(), r.snapshot());
            if (r.error() != null) {
                showError(r.error());
            } else {
                shell.setState(t.get("safety.status.restored", from.getFileName()));
            }
        }, this::showOpenFailure);
    }

    /**
     * The database could not be opened: says why, and offers to restore it from one of its backups (not when another
     * workbench has it open), to open another file, or to quit. The file itself is left as it was.
     */
    private void showOpenFailure(Throwable e) {
        String message = ErrorText.describe(t, e);
        shell.setState(message);
        boolean inUse = ErrorText.isInUse(e);
        Path path = database;
        boolean onServer = server != null;
        runner.run("backups", () -> onServer ? List.<Backups.Backup>of() : Backups.of(path).list(), list -> {
            // 从备份恢复 only when there is a backup to restore, and then it is the default
            boolean canRestore = !inUse && !list.isEmpty();
            ButtonType restore = new ButtonType(t.get("safety.open.restore"), ButtonBar.ButtonData.OK_DONE);
            ButtonType other = new ButtonType(t.get("safety.open.other"),
                    canRestore ? ButtonBar.ButtonData.LEFT : ButtonBar.ButtonData.OK_DONE);
            ButtonType quit = new ButtonType(t.get("safety.open.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
            String offer = inUse ? t.get("safety.open.inUseHint")
                    : onServer ? t.get("pg.open.retryHint")
                    : list.isEmpty() ? t.get("safety.open.noBackups")
                    : t.get("safety.open.offerRestore", list.size(), BackupDialogs.describe(t, list.get(0)));
            Runnable doRestore = () -> dialogs().showRestore(Backups.of(path), message, this::restoreFrom, null);
            // the window itself says what happened and stays usable when the dialog below is closed or cancelled
            List<javafx.scene.control.Button> actions = new java.util.ArrayList<>();
            if (canRestore) {
                actions.add(pageButton(t.get("safety.open.restore"), "unavailable-restore", doRestore, true));
            }
            if (onServer) {
                // the server may be back (network, restart): the same address again
                actions.add(pageButton(t.get("pg.open.retry"), "unavailable-retry", () -> {
                    shell.setState(t.get("status.opening"));
                    openDatabase();
                }, true));
            }
            actions.add(pageButton(t.get("safety.open.other"), "unavailable-other", this::openOther, !canRestore));
            actions.add(pageButton(t.get("safety.open.quit"), "unavailable-quit", javafx.application.Platform::exit,
                    false));
            shell.showUnavailable(t.get("error.openTitle"), message + "\n\n" + offer, actions);
            Alert alert = new Alert(Alert.AlertType.ERROR, message + "\n\n" + offer);
            alert.getButtonTypes().setAll(canRestore ? List.of(restore, other, quit) : List.of(other, quit));
            alert.setTitle(t.get("app.title"));
            alert.setHeaderText(t.get("error.openTitle"));
            alert.getDialogPane().setId("open-failure");
            alert.getDialogPane().setPrefWidth(620);
            alert.initOwner(stage);
            alert.getDialogPane().getStylesheets().addAll(stage.getScene().getStylesheets());
            alert.setOnHidden(ev -> {
                ButtonType chosen = alert.getResult();
                if (chosen == restore) {
                    doRestore.run();
                } else if (chosen == other) {
                    openOther();
                } else if (chosen == quit) {
                    javafx.application.Platform.exit();
                }
            });
            alert.show();
        }, this::showError);
    }

    private static javafx.scene.control.Button pageButton(String text, String id, Runnable action,
                                                          boolean isDefault) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(text);
        b.setId(id);
        b.setDefaultButton(isDefault);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Opens another database file chosen by the user. */
    private void openOther() {
        Path f = new FxDialogs(t, () -> stage).openFile(t.get("safety.open.other"), t.get("safety.dialog.dbFiles"),
                List.of("*.db")).orElse(null);
        if (f == null) {
            return;
        }
        database = f;
        server = null;
        showWhichDatabase();
        shell.setState(t.get("status.opening"));
        openDatabase();
    }

    private void reload() {
        if (workbench == null) {
            return;
        }
        Workbench wb = workbench;
        shell.setState(t.get("status.loading"));
        runner.run("reload", () -> {
            wb.editor().refresh();
            return Session.snapshotOf(wb.editor());
        }, s -> showPlan(s, false), this::showError);
    }

    /** Another workbench changed the server database: re-read it, as F5 does, and say so in the status bar. */
    private void reloadAfterOthers(Workbench wb) {
        if (workbench != wb) {
            return;
        }
        runner.run("reload", () -> {
            wb.editor().refresh();
            return Session.snapshotOf(wb.editor());
        }, s -> {
            showPlan(s, false);
            shell.setState(t.get("pg.status.othersChanged", java.time.LocalTime.now(clock).withNano(0).toString()));
        }, this::showError);
    }

    private void showPlan(Session.Snapshot s, boolean afterWrite) {
        Plan plan = s.plan();
        shell.show(plan, s.changed());

        shell.setUndo(s.undo(), s.redo());
        shell.setLocks(s.locks().isEmpty() ? "" : t.get("status.locks", String.join("、",
                s.locks().stream().map(l -> String.valueOf(l.year())).toList())));
        shell.setState(afterWrite
                ? t.get("status.saved", java.time.LocalTime.now(clock).withNano(0).toString())
                : t.get("status.loaded", plan.projects().size(), plan.indicators().size()));
    }

    private void notice(String message, Path folder) {
        shell.notice(message, folder == null ? null
                : () -> getHostServices().showDocument(folder.toUri().toString()));
    }

    /** 文件 › 导出 Excel…: the whole plan, one sheet per table, written in the background. */
    private void exportXlsx() {
        FxDialogs.of(t, shell.root()).saveFile(null, t.get("excel.ui.planFile",
                java.time.LocalDate.now(clock).toString()), "Excel", List.of("*.xlsx")).ifPresent(this::exportXlsxTo);
    }

    /** Writes the whole plan as xlsx to {@code file}; the status bar says where, with 打开所在文件夹. */
    void exportXlsxTo(Path file) {
        notice(t.get("excel.ui.working"), null);
        String version = WorkbenchApp.class.getPackage().getImplementationVersion();
        session.exportXlsx(file, t, version == null ? "dev" : version, clock.getZone(),
                p -> notice(t.get("excel.ui.exported", p.getFileName()), p.toAbsolutePath().getParent()),
                e -> notice(t.get("excel.ui.failed", ErrorText.describe(t, e)), null));
    }

    /** Saves what the current view shows as a PNG at twice its size, for slides. */
    private void saveViewAsImage() {
        javafx.scene.Node node = shell.currentNode();
        javafx.scene.SnapshotParameters params = new javafx.scene.SnapshotParameters();
        params.setTransform(javafx.scene.transform.Transform.scale(2, 2));
        javafx.scene.image.WritableImage image = node.snapshot(params, null);
        java.io.File f = FxDialogs.of(t, shell.root()).saveFile(null, t.get("menu.viewImageFile",
                java.time.LocalDate.now(clock).toString()), "PNG", List.of("*.png")).map(Path::toFile).orElse(null);
        if (f == null) {
            return;
        }
        java.awt.image.BufferedImage buffered = javafx.embed.swing.SwingFXUtils.fromFXImage(image, null);
        runner.run("view-image", () -> {
            cn.yanggu.workbench.app.AtomicFile.write(f.toPath(),
                    out -> javax.imageio.ImageIO.write(buffered, "png", out));
            return f.toPath();
        }, p -> notice(t.get("charts.exported", p.getFileName()), p.toAbsolutePath().getParent()), this::showError);
    }

    private void showError(Throwable e) {
        String message = ErrorText.describe(t, e);
        shell.setState(message);
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        FxDialogs.localize(alert.getDialogPane(), t);
        alert.setTitle(t.get("app.title"));
        alert.setHeaderText(t.get("error.title"));
        if (stage != null) {
            alert.initOwner(stage);
        }
        alert.show();
    }

    /**
     * 撤销 / 重做 refused: why, in a sentence, in a notice over the window (nothing was written; a step into a locked
     * year is off the stack, so the next 撤销 goes on below it).
     */
    private void undoRefused(cn.yanggu.workbench.app.UndoRefused r) {
        String message = ErrorText.undoRefused(t, r);
        shell.setState(message);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        FxDialogs.localize(alert.getDialogPane(), t);
        alert.setTitle(t.get("app.title"));
        alert.setHeaderText(t.get(r.redo() ? "redo.refused.title" : "undo.refused.title"));
        alert.getDialogPane().setId("undo-refused");
        alert.initOwner(stage);
        alert.show();
    }

    /**
     * Closing (×, 文件 › 退出, Ctrl+Q) while work is running — an export writing its files, a write — asks first; if
     * confirmed, the window stays until the work is done and then closes, so no half-written set of files is left.
     */
    private void closeRequested(javafx.stage.WindowEvent e) {
        int busy = runner.running().get();
        if (busy == 0 || closingWhenIdle) {
            return;
        }
        e.consume();
        ButtonType finish = new ButtonType(t.get("quit.busy.finish"), ButtonBar.ButtonData.OK_DONE);
        ButtonType stay = new ButtonType(t.get("quit.busy.stay"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, t.get("quit.busy.text", busy), finish, stay);
        ask.setTitle(t.get("app.title"));
        ask.setHeaderText(t.get("quit.busy.title"));
        ask.getDialogPane().setId("quit-busy");
        ask.initOwner(stage);
        ask.setOnHidden(ev -> {
            if (ask.getResult() != finish) {
                return;
            }
            closingWhenIdle = true;
            shell.setState(t.get("quit.busy.waiting"));
            whenIdle(stage::hide);
        });
        ask.show();
    }

    /**
     * Runs {@code action} on the JavaFX thread once no background work is running (now, if none is), after the last
     * task's own completion.
     */
    private void whenIdle(Runnable action) {
        if (runner.running().get() == 0) {
            action.run();
            return;
        }
        runner.running().addListener(new javafx.beans.value.ChangeListener<Number>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number now) {
                if (now.intValue() == 0) {
                    runner.running().removeListener(this);
                    // after the finished task's own completion (its notice, its last file, the cards it built) ran
                    javafx.application.Platform.runLater(() -> whenIdle(action));
                }
            }
        });
    }

    /** The work running at close time is to be finished, then the window closes. */
    private boolean closingWhenIdle;

    /** The task runner (tests start long work through it). */
    TaskRunner runner() {
        return runner;
    }

    @Override
    public void stop() {
        if (runner != null) {
            runner.close();
        }
        if (workbench != null) {
            workbench.close();
        }
    }
}
