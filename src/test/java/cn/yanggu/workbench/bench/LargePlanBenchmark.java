package cn.yanggu.workbench.bench;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Workbench;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Project;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.store.Database;
import cn.yanggu.workbench.store.PlanRepository;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.projects.ProjectsView;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The large plan of issue 7: 10,000 projects and 100 indicators × 16 years. Reports the time to open the database
 * and load the plan, and the filter response over 10,000 project rows, each with a ratio to a baseline measured in
 * the same run (loading the seed plan; a bare String.contains scan of the same rows). Then one indicator cell edit
 * (issue 13): through the editor until the plan the views read shows it, and through the window's path (the session
 * with its views: 重点项目 with its 10,000 rows and 指标), each against the same edit on the seed plan.
 * Run: {@code mvn -q -B -Pbench test-compile exec:java -Dbench.main=cn.yanggu.workbench.bench.LargePlanBenchmark}.
 */
public final class LargePlanBenchmark {
    private LargePlanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("large-plan");
        Path seedDb = dir.resolve("seed.db");
        Path largeDb = dir.resolve("large.db");
        Plan seed;
        try (Workbench wb = Workbench.open(seedDb)) {
            seed = wb.loadPlan();
        }
        Plan large = enlarge(seed, 10_000, 100);
        try (Database db = Database.open(largeDb)) {
            new PlanRepository(db).insert(large);
        }
        if ("edit".equals(System.getProperty("bench.only"))) {
            edits(seedDb, largeDb, I18n.forLanguage("zh"));
            javafx.application.Platform.exit();
            return;
        }
        double baseOpen = median(5, () -> {
            try (Workbench wb = Workbench.open(seedDb)) {
                return wb.loadPlan();
            }
        });
        double open = median(5, () -> {
            try (Workbench wb = Workbench.open(largeDb)) {
                return wb.loadPlan();
            }
        });
        I18n t = I18n.forLanguage("zh");
        List<ProjectsView.Row> rows = ProjectsView.rowsOf(large, t);
        FilterModel<ProjectsView.Row> model = new FilterModel<>(ProjectsView.Row::searchable);
        model.setAll(rows);
        String[] queries = {"华泰", "铜 专栏1", "项目 9999", "光电", ""};
        double filter = median(15, () -> {
            for (String q : queries) {
                model.filterProperty().set(q);
            }
            return model.visible().size();
        }) / queries.length;
        List<String> texts = rows.stream().map(r -> r.searchable().toLowerCase(Locale.ROOT)).toList();
        double scan = median(15, () -> {
            int n = 0;
            for (String q : queries) {
                for (String s : texts) {
                    n += s.contains(q) ? 1 : 0;
                }
            }
            return n;
        }) / queries.length;
        System.out.printf("large plan benchmark: %,d projects, %d indicators × 16 years%n", large.projects().size(),
                large.indicators().size());
        System.out.printf("  open + load large plan   %8.1f ms   ratio to the seed plan %6.1fx%n", open, open / baseOpen);
        System.out.printf("  filter 10,000 projects   %8.2f ms   ratio to a bare contains() scan %4.1fx   goal <= 50 ms%n",
                filter, filter / scan);
        double[] scroll = scroll(rows, t);
        System.out.printf("  scroll 10,000 projects   %8.2f ms per page (%d pages)   ratio to a plain one-column table %4.1fx%n",
                scroll[0], (int) scroll[2], scroll[0] / scroll[1]);
        edits(seedDb, largeDb, t);
        javafx.application.Platform.exit();
    }

    /** The cell edit of issue 13 on the seed plan and on the large one (-Dbench.only=edit runs only this). */
    static void edits(Path seedDb, Path largeDb, I18n t) throws Exception {
        double[] seedEdit = cellEdit(seedDb);
        double[] largeEdit = cellEdit(largeDb);
        System.out.printf("  one cell edit (editor)   %8.2f ms   seed plan %6.2f ms   ratio %4.1fx   goal <= 100 ms, <= 2x%n",
                largeEdit[0], seedEdit[0], largeEdit[0] / seedEdit[0]);
        double seedWindow = windowEdit(seedDb, t);
        double largeWindow = windowEdit(largeDb, t);
        System.out.printf("  one cell edit (window)   %8.2f ms   seed plan %6.2f ms   ratio %4.1fx   goal <= 100 ms, <= 2x%n",
                largeWindow, seedWindow, largeWindow / seedWindow);
    }

    /** Starts the toolkit headless (Monocle) unless it runs; it stays up while no window is open. */
    static void startFx() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        java.util.concurrent.CountDownLatch up = new java.util.concurrent.CountDownLatch(1);
        try {
            javafx.application.Platform.startup(up::countDown);
        } catch (IllegalStateException running) {
            up.countDown();
        }
        up.await();
        javafx.application.Platform.setImplicitExit(false);
    }

    private static final int EDITS = 21;

    /** 亩均税收's 2023 actual set to {@code value}: the edit a planner makes in 年度数据 and confirms with Enter. */
    static cn.yanggu.workbench.app.Edit cellEdit(Plan plan, double value) {
        Indicator i = plan.indicators().stream().filter(x -> x.name().equals("亩均税收")).findFirst().orElseThrow();
        List<YearValue> values = new ArrayList<>(i.values().stream()
                .filter(v -> !(v.year() == 2023 && v.kind() == Enums.ValueKind.ACTUAL)).toList());
        values.add(new YearValue(2023, Enums.ValueKind.ACTUAL, value, Enums.Comparator.EQ, Enums.Vintage.FINAL, null,
                "统计年报", null, null));
        Indicator after = new Indicator(i.code(), i.name(), i.category(), i.unit(), i.direction(), i.attribute(),
                i.growthKind(), i.statedRate(), i.table(), i.row(), i.chainCode(), i.source(), i.note(), values);
        return cn.yanggu.workbench.app.Edit.of("2023", cn.yanggu.workbench.app.Change.update(i, after));
    }

    private static double shown(Plan plan) {
        return plan.indicators().stream().filter(x -> x.name().equals("亩均税收")).findFirst().orElseThrow()
                .value(Enums.ValueKind.ACTUAL, 2023).orElseThrow().value();
    }

    /** Median ms of one cell edit through the editor, until the snapshot the views read shows the new value. */
    static double[] cellEdit(Path db) throws Exception {
        try (Workbench wb = Workbench.open(db)) {
            cn.yanggu.workbench.app.Editor editor = wb.editor();
            int[] n = {0};
            double ms = median(EDITS, () -> {
                double v = 5 + (n[0]++ % 7) / 10.0;
                editor.apply(cellEdit(editor.plan(), v));
                cn.yanggu.workbench.ui.common.Session.Snapshot s =
                        cn.yanggu.workbench.ui.common.Session.snapshotOf(editor);
                if (shown(s.plan()) != v) {
                    throw new IllegalStateException("the edit is not shown");
                }
                return s;
            });
            return new double[] {ms};
        }
    }

    /** A runner that does the work at once on the calling thread (the JavaFX thread here): the write is timed whole. */
    private static final class AtOnce implements cn.yanggu.workbench.ui.common.TaskRunner {
        @Override
        public <T> void run(String name, java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onDone,
                            java.util.function.Consumer<Throwable> onError) {
            T result;
            try {
                result = work.call();
            } catch (Exception e) {
                onError.accept(e);
                return;
            }
            onDone.accept(result);
        }

        @Override
        public javafx.beans.property.ReadOnlyIntegerProperty running() {
            return new javafx.beans.property.ReadOnlyIntegerWrapper(0).getReadOnlyProperty();
        }

        @Override
        public void close() {
        }
    }

    /**
     * Median ms of one cell edit the way the window makes it: the session writes it and hands the snapshot to the open
     * views (重点项目 and 指标, laid out in a scene), until they have updated.
     */
    static double windowEdit(Path db, I18n t) throws Exception {
        startFx();
        java.util.concurrent.CompletableFuture<Double> result = new java.util.concurrent.CompletableFuture<>();
        try (Workbench wb = Workbench.open(db)) {
            javafx.application.Platform.runLater(() -> {
                try {
                    cn.yanggu.workbench.ui.common.Session session = new cn.yanggu.workbench.ui.common.Session(
                            new AtOnce(), e -> { throw new IllegalStateException(e); });
                    session.attach(wb, cn.yanggu.workbench.ui.common.Session.snapshotOf(wb.editor()));
                    List<cn.yanggu.workbench.ui.common.WorkbenchView> views = List.of(new ProjectsView(t, session),
                            new cn.yanggu.workbench.ui.indicators.IndicatorsView(t, session));
                    javafx.scene.layout.HBox box = new javafx.scene.layout.HBox();
                    views.forEach(v -> box.getChildren().add(v.node()));
                    javafx.scene.Scene scene = new javafx.scene.Scene(box, 1600, 760);
                    javafx.stage.Stage stage = new javafx.stage.Stage();
                    stage.setScene(scene);
                    stage.show();
                    views.forEach(v -> v.show(session.plan()));
                    session.snapshot().addListener((obs, old, now) ->
                            views.forEach(v -> v.show(now.plan(), now.changed())));
                    int[] n = {0};
                    double ms = median(EDITS, () -> {
                        double v = 5 + (n[0]++ % 7) / 10.0;
                        session.apply(cellEdit(session.plan(), v), r -> {
                            throw new IllegalStateException(r);
                        });
                        scene.getRoot().applyCss();
                        scene.getRoot().layout();
                        if (shown(session.plan()) != v) {
                            throw new IllegalStateException("the edit is not shown");
                        }
                        return null;
                    });
                    stage.close();
                    result.complete(ms);
                } catch (Exception e) {
                    result.completeExceptionally(e);
                }
            });
            return result.get(10, java.util.concurrent.TimeUnit.MINUTES);
        }
    }

    /**
     * Pages through the real 重点项目 table (10,000 rows) headless under Monocle: the time to scroll one page and lay
     * it out, against a plain one-column table of the same number of strings. Returns {ms per page, baseline, pages}.
     */
    static double[] scroll(List<ProjectsView.Row> rows, I18n t) throws Exception {
        startFx();
        java.util.concurrent.CompletableFuture<double[]> result = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> {
            try {
                ProjectsView view = new ProjectsView(t, new cn.yanggu.workbench.ui.common.Session(
                        new cn.yanggu.workbench.ui.common.FxTaskRunner(), e -> { }));
                view.model().setAll(rows);
                javafx.scene.control.TableView<String> plain = new javafx.scene.control.TableView<>();
                javafx.scene.control.TableColumn<String, String> c = new javafx.scene.control.TableColumn<>("x");
                c.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyStringWrapper(cd.getValue()));
                plain.getColumns().add(c);
                plain.getItems().setAll(rows.stream().map(r -> r.project().name()).toList());
                javafx.scene.Scene realScene = new javafx.scene.Scene(new javafx.scene.layout.StackPane(view.node()),
                        1200, 760);
                double a = page(realScene, () -> (javafx.scene.control.TableView<?>) realScene.lookup("#projects-table"));
                double b = page(new javafx.scene.Scene(new javafx.scene.layout.StackPane(plain), 1200, 760),
                        () -> plain);
                result.complete(new double[] {a, b, PAGES});
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get();
        } catch (Exception e) {
            javafx.application.Platform.exit();
            throw e;
        }
    }

    private static final int PAGES = 200;

    private static double page(javafx.scene.Scene scene,
                               java.util.function.Supplier<javafx.scene.control.TableView<?>> find) {
        javafx.stage.Stage stage = new javafx.stage.Stage();
        stage.setScene(scene);
        stage.show();
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        javafx.scene.control.TableView<?> table = find.get();
        int n = table.getItems().size();
        long t0 = System.nanoTime();
        for (int i = 0; i < PAGES; i++) {
            table.scrollTo((int) ((long) i * (n - 40) / PAGES));
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
        double ms = (System.nanoTime() - t0) / 1e6 / PAGES;
        stage.close();
        return ms;
    }

    static Plan enlarge(Plan p, int projects, int indicators) {
        List<Project> ps = new ArrayList<>(p.projects());
        for (int i = ps.size(); i < projects; i++) {
            Project template = p.projects().get(i % p.projects().size());
            ps.add(new Project("bench-p" + i, template.name() + " 扩展" + i, template.chainCode(), null,
                    template.enterpriseCode(), template.kind(), Enums.ProjectStage.values()[i % 4], 1000.0 + i,
                    2021 + i % 5, 2023 + i % 5, List.of(), List.of(), "基准测试", null));
        }
        List<Indicator> is = new ArrayList<>(p.indicators());
        for (int i = is.size(); i < indicators; i++) {
            List<YearValue> values = new ArrayList<>();
            for (int y = 2020; y <= 2035; y++) {
                values.add(new YearValue(y, y == 2020 ? Enums.ValueKind.BASELINE : Enums.ValueKind.TARGET,
                        100 + y - 2020 + i, Enums.Comparator.EQ, null, null, "基准测试", null, null));
            }
            is.add(new Indicator("bench-i" + i, "基准指标" + i, "基准", "万元", Enums.Direction.HIGHER, null,
                    Enums.GrowthKind.ANNUAL, null, null, null, null, "基准测试", null, values));
        }
        return new Plan(p.info(), p.statements(), p.zones(), p.enterprises(), p.chains(), ps, is, p.thresholds(),
                p.efficiencyClasses(), p.monitoring(), p.notes());
    }

    interface Work {
        Object run() throws Exception;
    }

    static double median(int runs, Work work) throws Exception {
        work.run();
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            t[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(t);
        return t[runs / 2];
    }
}
