package cn.yanggu.workbench.ui.reports;

import cn.yanggu.workbench.ui.common.Shown;
import cn.yanggu.workbench.app.EditRejected;
import cn.yanggu.workbench.app.ErrorText;
import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.charts.ChartFonts;
import cn.yanggu.workbench.app.reports.Narratives;
import cn.yanggu.workbench.app.reports.Report;
import cn.yanggu.workbench.app.reports.ReportBuilder;
import cn.yanggu.workbench.app.reports.ReportService;
import cn.yanggu.workbench.domain.Assessment;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Narrative;
import cn.yanggu.workbench.domain.ChainMap;
import cn.yanggu.workbench.domain.Lead;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.ReportKind;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.ui.common.Tables;
import cn.yanggu.workbench.ui.common.ViewHeader;
import cn.yanggu.workbench.ui.common.WorkbenchView;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * 报告: the 年度监测分析报告, 中期评估报告 and 总结评估报告 of a year. Choose the year and the kind, write 存在问题 and
 * 下一步工作 (saved per year and kind when a text area is left, in one transaction, in the change log), see the outline
 * and the indicator table as they will be printed, and 生成报告… writes the Word document in the background.
 */
public final class ReportsView implements WorkbenchView {
    /** Where a finished report or a step of its progress is reported (message, folder to open or null). */
    public interface Notices {
        void done(String message, Path folder);
    }

    private final I18n t;
    private final Session session;
    private final Clock clock;
    private final Supplier<ChartFonts> fonts;
    private final Notices notices;
    private final FilterModel<Report.IndicatorRow> model = new FilterModel<>(r -> FilterModel.text(r.indicator(),
            r.status(), r.attribute()));
    private final ViewHeader header;
    private final BorderPane root = new BorderPane();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<ReportKind> kind = new ComboBox<>();
    private final VBox warnings = new VBox(4);
    private final FlowPane counts = new FlowPane(8, 6);
    private final VBox outline = new VBox(2);
    private final VBox lagging = new VBox(2);
    private final Map<String, TextArea> texts = new LinkedHashMap<>();
    private final Map<String, Label> errors = new LinkedHashMap<>();
    private final Label savedInfo = new Label();
    private final javafx.scene.control.TextField issuer = new javafx.scene.control.TextField();
    /** The report's own texts (存在问题, 下一步工作, 落款): what is typed, stored, too long, to save. */
    private final ReportTextsModel textsModel;
    private Report report;
    private Leads leads = new Leads(List.of(), new ChainMap(List.of()));
    private boolean loading;

    public ReportsView(I18n t, Session session, Clock clock, Supplier<ChartFonts> fonts, Notices notices) {
        this.textsModel = new ReportTextsModel(t);
        textsModel.readOnly(() -> !cn.yanggu.workbench.ui.common.RoleGate.allowsEdits(session));
        this.t = t;
        this.session = session;
        this.clock = clock;
        this.fonts = fonts;
        this.notices = notices;
        header = new ViewHeader(t, t.get("nav.reports"), model);
        header.addAction(t.get("reports.generate"), "report-generate", this::generate);
        // 调整… writes a draft version: the editors'; generating the report is reading (the texts as stored)
        cn.yanggu.workbench.ui.common.RoleGate.edits(session,
                header.addAction(t.get("reports.adjust"), "report-adjust", this::adjust));

        year.setId("report-year");
        year.setConverter(Shown.as(y -> t.get("reports.yearItem", y)));
        kind.setId("report-kind");
        kind.getItems().setAll(ReportKind.values());
        kind.setConverter(Shown.as(k -> kindTitle(k)));
        kind.getSelectionModel().select(ReportKind.ANNUAL);
        kind.valueProperty().addListener((o, was, k) -> {
            Plan plan = session.plan();
            if (k != null && plan != null && !loading) {
                // the mid-term and final evaluations have their year: go there
                // in the period of the year shown (a successor's mid-term is 2028)
                var period = cn.yanggu.workbench.app.Judgements.period(plan, year.getValue() == null
                        ? plan.info().periodEnd() : year.getValue());
                k.intendedYear(period.start(), period.end()).ifPresent(y -> {
                    loading = true;
                    year.setValue(y);
                    loading = false;
                });
                load();
            }
        });
        year.valueProperty().addListener((o, was, y) -> {
            if (!loading && y != null) {
                load();
            }
        });
        Label yearLabel = new Label(t.get("reports.year"));
        yearLabel.setLabelFor(year);
        Label kindLabel = new Label(t.get("reports.kind"));
        kindLabel.setLabelFor(kind);
        HBox choose = new HBox(8, yearLabel, year, kindLabel, kind);
        choose.setAlignment(Pos.CENTER_LEFT);
        choose.getStyleClass().add("report-choose");

        // left: the outline, the status counts and the indicator table as printed
        TableView<Report.IndicatorRow> table = Tables.table(t.get("reports.noIndicators"));
        table.setId("report-table");
        table.getColumns().add(Tables.text(t.get("report.doc.colNo"), Report.IndicatorRow::number, 50));
        table.getColumns().add(Tables.text(t.get("report.doc.colIndicator"), Report.IndicatorRow::indicator, 220));
        table.getColumns().add(numeric(Tables.text(t.get("report.doc.colBase", 2020), Report.IndicatorRow::base, 80)));
        table.getColumns().add(numeric(Tables.text(t.get("report.doc.colTarget", 2025), Report.IndicatorRow::target,
                90)));
        table.getColumns().add(numeric(Tables.text(t.get("report.doc.colRate"), Report.IndicatorRow::rate, 80)));
        table.getColumns().add(Tables.text(t.get("report.doc.colAttribute"), Report.IndicatorRow::attribute, 70));
        table.getColumns().add(numeric(Tables.text(t.get("report.doc.colCurrent"), Report.IndicatorRow::current,
                120)));
        table.getColumns().add(numeric(Tables.text(t.get("report.doc.colProgress"), Report.IndicatorRow::progress,
                70)));
        table.getColumns().add(Tables.text(t.get("report.doc.colStatus"), r -> cn.yanggu.workbench.app.Words.symbol(r.statusCode()) + " " + r.status(),
                110));
        model.bind(table);
        // the values and statuses a reader reads are shown whole ("5.1（2023年估计）", "○ 尚无实际值"): those columns
        // are as wide as their longest value, and a narrow window scrolls sideways
        table.getColumns().stream().skip(2).forEach(c -> fitText(table, c));
        table.setPrefHeight(360);
        VBox.setVgrow(table, Priority.ALWAYS);
        counts.setId("report-counts");
        outline.setId("report-outline");
        lagging.setId("report-lagging");
        warnings.setId("report-warnings");
        Label outlineTitle = section(t.get("reports.outline"));
        Label tableTitle = section(t.get("reports.table"));
        Label laggingTitle = section(t.get("reports.lagging"));
        VBox left = new VBox(8, choose, warnings, outlineTitle, outline, tableTitle, counts, table, laggingTitle,
                lagging);
        left.getStyleClass().add("view-body");
        ScrollPane leftScroll = cn.yanggu.workbench.ui.common.Scrolls.of(left);
        leftScroll.setFitToWidth(true);

        // right: the narrative sections
        VBox right = new VBox(6);
        right.getStyleClass().addAll("view-body", "report-narratives");
        right.getChildren().add(section(t.get("reports.narratives")));
        Label hint = new Label();
        hint.setId("narrative-hint");
        cn.yanggu.workbench.ui.common.RoleGate.hint(t, session, hint, t.get("reports.narrativeHint"));
        hint.getStyleClass().add("secondary");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        right.getChildren().add(hint);
        for (String key : Narrative.SECTIONS) {
            Label label = new Label(key.equals(Narrative.PROBLEMS) ? t.get("report.doc.h1Problems")
                    : t.get("report.doc.h1NextSteps"));
            TextArea area = new TextArea();
            area.setId("narrative-" + key);
            area.setWrapText(true);
            area.setPrefRowCount(10);
            area.setPromptText(t.get("reports.prompt"));
            label.setLabelFor(area);
            VBox.setVgrow(area, Priority.ALWAYS);
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.setWrapText(true);
            error.managedProperty().bind(error.visibleProperty());
            error.setVisible(false);
            area.textProperty().bindBidirectional(textsModel.text(key));
            area.textProperty().addListener((o, a, b) -> check(key));
            // Esc, and Ctrl+Z before the workbench's undo, drop what was typed since the text was stored
            area.addEventHandler(cn.yanggu.workbench.ui.common.Typing.DISCARD, e -> textsModel.discard(key));
            area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                    textsModel.discard(key);
                    e.consume();
                }
            });
            area.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    save(null);
                }
            });
            cn.yanggu.workbench.ui.common.RoleGate.inputs(session, area);
            texts.put(key, area);
            errors.put(key, error);
            right.getChildren().addAll(label, area, error);
        }
        Label issuerLabel = new Label(t.get("reports.issuer"));
        issuer.setId("report-issuer");
        issuer.textProperty().bindBidirectional(textsModel.issuer());
        issuer.addEventHandler(cn.yanggu.workbench.ui.common.Typing.DISCARD, e -> textsModel.discardIssuer());
        issuerLabel.setLabelFor(issuer);
        issuer.setOnAction(e -> saveIssuer());
        issuer.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                saveIssuer();
            }
        });
        cn.yanggu.workbench.ui.common.RoleGate.inputs(session, issuer);
        right.getChildren().addAll(issuerLabel, issuer);
        savedInfo.setId("narrative-saved");
        savedInfo.getStyleClass().add("secondary");
        savedInfo.setWrapText(true);
        savedInfo.setMinHeight(Region.USE_PREF_SIZE);
        right.getChildren().add(savedInfo);

        SplitPane split = new SplitPane(leftScroll, right);
        split.setDividerPositions(0.62);
        root.getStyleClass().add("view");
        root.setTop(header);
        root.setCenter(split);
        session.tolerance().addListener((o, a, b) -> preview());
    }

    @SuppressWarnings("unchecked")
    private static <T> void fitText(TableView<T> table, javafx.scene.control.TableColumn<T, ?> c) {
        Tables.fitContent(table, (javafx.scene.control.TableColumn<T, String>) c);
    }

    private static <T, V> javafx.scene.control.TableColumn<T, V> numeric(javafx.scene.control.TableColumn<T, V> c) {
        c.getStyleClass().add("numeric");
        return c;
    }

    private static Label section(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("report-section");
        return l;
    }

    private String kindTitle(ReportKind k) {
        return switch (k) {
            case ANNUAL -> t.get("reports.kindAnnual");
            case MIDTERM -> t.get("reports.kindMidterm");
            case FINAL -> t.get("reports.kindFinal");
        };
    }

    @Override
    public Node node() {
        return root;
    }

    /**
     * Texts and the issuing unit live beside the plan: after a write of them (an undo or redo too) they are read
     * again, and shown when they differ from what this view last saved or read (the typing of a save is kept).
     */
    @Override
    public void show(Plan plan, cn.yanggu.workbench.app.Changed changed) {
        show(plan);
        if (!changed.everything() && (changed.touches(cn.yanggu.workbench.app.Changed.Part.NARRATIVES)
                || changed.touches(cn.yanggu.workbench.app.Changed.Part.SETTINGS))) {
            load(true);
        }
        if (changed.everything() || changed.touches(cn.yanggu.workbench.app.Changed.Part.LEADS)) {
            loadLeads();
        }
    }

    /** The 招商项目库 for section 三, read in the background; the preview follows when it is there. */
    private void loadLeads() {
        var service = session.leads();
        var maps = session.chainMaps();
        if (service == null || maps == null) {
            return;
        }
        session.runner().run("report-leads", () -> new Leads(service.all(), maps.map()), l -> {
            leads = l;
            preview();
        }, e -> { });
    }

    /** The leads a report counts, with the map that places them on chains. */
    private record Leads(List<Lead> leads, ChainMap map) {
    }

    @Override
    public void show(Plan plan) {
        int from = plan.info().periodStart();
        int to = cn.yanggu.workbench.domain.Successors.lastEnd(plan);
        if (year.getItems().size() != to - from + 1) {
            loading = true;
            year.getItems().clear();
            for (int y = from; y <= to; y++) {
                year.getItems().add(y);
            }
            year.setValue(defaultYear(plan));
            loading = false;
            load();
            loadLeads();
        } else {
            preview();
        }
    }

    /** The latest year of the period with an actual value, else this year (within the period). */
    private int defaultYear(Plan plan) {
        int from = plan.info().periodStart();
        int to = cn.yanggu.workbench.domain.Successors.lastEnd(plan);
        int latest = plan.indicators().stream().flatMap(i -> i.values().stream())
                .filter(v -> v.kind() == Enums.ValueKind.ACTUAL).mapToInt(YearValue::year)
                .filter(y -> y >= from && y <= to).max().orElse(LocalDate.now(clock).getYear() - 1);
        return Math.max(from, Math.min(to, latest));
    }

    /** Reads the narrative of the chosen year and kind in the background, then shows it and the preview. */
    private void load() {
        load(false);
    }

    /** {@link #load()}; when {@code ifChanged}, only texts that differ from the ones shown as stored are shown. */
    private void load(boolean ifChanged) {
        Narratives n = session.narratives();
        Integer y = year.getValue();
        ReportKind k = kind.getValue();
        if (n == null || y == null || k == null) {
            preview();
            return;
        }
        session.runner().run("narratives", () -> Map.entry(n.load(y, k), n.issuer()), loaded -> {
            if (!y.equals(year.getValue()) || k != kind.getValue()) {
                return;
            }
            if (ifChanged && textsModel.isStored(loaded.getKey(), loaded.getValue())) {
                return;
            }
            textsModel.loaded(loaded.getKey(), loaded.getValue(), issuer.isFocused());
            showSavedInfo();
            preview();
        }, e -> notices.done(ErrorText.describe(t, e), null));
    }

    private void showSavedInfo() {
        savedInfo.setText(textsModel.savedInfo());
    }

    /** Marks a text that is too long and says why under it; false when it is. */
    private boolean check(String key) {
        java.util.Optional<String> problem = textsModel.problem(key);
        Label error = errors.get(key);
        error.setText(problem.orElse(""));
        error.setVisible(problem.isPresent());
        texts.get(key).pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), problem.isPresent());
        if (problem.isPresent()) {
            texts.get(key).getStyleClass().add("invalid");
        } else {
            texts.get(key).getStyleClass().remove("invalid");
        }
        return problem.isEmpty();
    }

    /** Saves the changed sections in the background (one transaction, audited); then runs {@code after}. */
    private void save(Runnable after) {
        Integer y = year.getValue();
        ReportKind k = kind.getValue();
        if (y == null || k == null) {
            return;
        }
        textsModel.save(session.writes(), session.narratives(), y, k, wrote -> {
            if (wrote) {
                if (y.equals(year.getValue()) && k == kind.getValue()) {
                    showSavedInfo();
                    preview();
                }
                notices.done(t.get("reports.saved"), null);
            }
            if (after != null) {
                after.run();
            }
        }, e -> notices.done(e instanceof EditRejected r ? ErrorText.describe(t, r) : ErrorText.describe(t, e),
                null));
    }

    /** Saves the issuing unit in the background when it changed (audited); a blank field restores the default. */
    private void saveIssuer() {
        textsModel.saveIssuer(session.writes(), session.narratives(), now -> {
            preview();
            notices.done(t.get("reports.saved"), null);
        }, e -> notices.done(ErrorText.describe(t, e), null));
    }

    /** The report for the current choice, with the texts as typed (so the preview is what will be printed). */
    private Report build() {
        Plan plan = session.plan();
        Integer y = year.getValue();
        ReportKind k = kind.getValue();
        if (plan == null || y == null || k == null) {
            return null;
        }
        Map<String, Narrative> typed = new LinkedHashMap<>();
        for (String key : Narrative.SECTIONS) {
            String text = texts.get(key).getText() == null ? "" : texts.get(key).getText().strip();
            typed.put(key, new Narrative(y, k, key, text, "", ""));
        }
        String signer = issuer.getText() == null || issuer.getText().isBlank() ? textsModel.savedIssuer() : issuer.getText().strip();
        return new ReportBuilder(t, session.tolerance().get(), LocalDate.now(clock)).withLeads(leads.leads(), leads.map())
                .build(plan, y, k, typed, signer);
    }

    private void preview() {
        report = build();
        if (report == null) {
            return;
        }
        model.setAll(report.rows());
        warnings.getChildren().clear();
        for (String w : report.warnings()) {
            Label l = new Label("⚠ " + w);
            l.getStyleClass().add("report-warning");
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            warnings.getChildren().add(l);
        }
        outline.getChildren().clear();
        Label title = new Label(String.join(" ", report.titleLines()));
        title.getStyleClass().add("report-title");
        title.setWrapText(true);
        outline.getChildren().add(title);
        for (Report.Block b : report.blocks()) {
            if (b instanceof Report.Heading h) {
                Label l = new Label(h.text());
                l.getStyleClass().add(h.level() == 1 ? "report-h1" : "report-h2");
                l.setWrapText(true);
                outline.getChildren().add(l);
            } else if (b instanceof Report.Figure f) {
                Label l = new Label(f.caption());
                l.getStyleClass().addAll("report-h2", "secondary");
                outline.getChildren().add(l);
            } else if (b instanceof Report.Signature s) {
                // the 落款, right-aligned as on the page: issuer over date
                Label l = new Label(s.issuer() + "\n" + s.date());
                l.setId("report-signature");
                l.getStyleClass().add("secondary");
                l.setTextAlignment(TextAlignment.RIGHT);
                l.setAlignment(Pos.CENTER_RIGHT);
                l.setMaxWidth(Double.MAX_VALUE);
                l.setMinHeight(Region.USE_PREF_SIZE);
                outline.getChildren().add(l);
            }
        }
        counts.getChildren().clear();
        for (Assessment.Status s : Assessment.Status.values()) {
            Label chip = new Label(cn.yanggu.workbench.app.Words.symbol(s) + " " + status(s) + " " + report.counts().getOrDefault(s, 0));
            chip.getStyleClass().addAll("status-chip", "status-" + cssName(s));
            chip.setMinWidth(Region.USE_PREF_SIZE);
            counts.getChildren().add(chip);
        }
        lagging.getChildren().clear();
        if (report.lagging().isEmpty()) {
            Label none = new Label(t.get("reports.noneLagging"));
            none.getStyleClass().add("secondary");
            lagging.getChildren().add(none);
        }
        for (int i = 0; i < report.lagging().size(); i++) {
            Label l = new Label((i + 1) + "．" + report.lagging().get(i));
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            lagging.getChildren().add(l);
        }
    }

    private String status(Assessment.Status s) {
        return cn.yanggu.workbench.app.Words.status(t, s);
    }

    private static String cssName(Assessment.Status s) {
        return s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** 生成报告…: warns about empty sections, asks where to save, then writes it in the background. */
    private void generate() {
        Report r = build();
        if (r == null) {
            return;
        }
        if (!r.emptySections().isEmpty()) {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, t.get("reports.emptyQuestion"), ButtonType.OK,
                    ButtonType.CANCEL);
            cn.yanggu.workbench.ui.common.FxDialogs.localize(confirm.getDialogPane(), t);
            confirm.setTitle(t.get("reports.generate"));
            confirm.setHeaderText(t.get("report.warn.empty"));
            confirm.getDialogPane().setId("report-empty-dialog");
            if (root.getScene() != null) {
                confirm.initOwner(root.getScene().getWindow());
            }
            if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
                return;
            }
        }
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(r.fileName());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Word", "*.docx"));
        var f = fc.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            generateTo(f.toPath());
        }
    }

    /** Saves the typed texts, then builds and writes the report to {@code file} in the background. */
    public void generateTo(Path file) {
        save(() -> {
            Report r = build();
            if (r == null) {
                return;
            }
            int total = ReportService.steps(r);
            notices.done(t.get("reports.progress", 0, total), null);
            double tolerance = session.tolerance().get();
            LocalDate today = LocalDate.now(clock);
            session.runner().run("report", () -> {
                new ReportService(t, fonts.get(), tolerance, today).write(r, file, n -> Platform.runLater(() ->
                        notices.done(t.get("reports.progress", n, total), null)));
                return file;
            }, out -> notices.done(t.get("reports.written", out.getFileName()), out.toAbsolutePath().getParent()),
                    e -> notices.done(t.get("reports.failed", ErrorText.describe(t, e)), null));
        });
    }

    /**
     * 调整…: the mid-term report's 调整建议 become a draft version in one step — the same call as the 版本 view's
     * 由中期评估生成 — and the notice says where the draft is; refused with a message on another kind of report or
     * when nothing is proposed with a figure (nothing written).
     */
    private void adjust() {
        Integer y = year.getValue();
        if (y == null || kind.getValue() != ReportKind.MIDTERM) {
            notices.done(t.get("reports.adjustOnlyMidterm"), null);
            return;
        }
        double tolerance = session.tolerance().get();
        session.writeWith("report-adjust", wb -> new cn.yanggu.workbench.app.versions.Versions(wb.editor(), t)
                .draftFromMidterm(y, tolerance), v -> notices.done(t.get("reports.adjusted", y,
                v.title(), v.number(), v.targets().size()), null), e -> notices.done(ErrorText.describe(t, e), null));
    }

    /** The report as previewed now (for tests). */
    public Report current() {
        return report;
    }

    @Override
    public void focusFilter() {
        header.filterField().requestFocus();
    }

    /** Sections with their text areas (for tests). */
    List<TextArea> textAreas() {
        return List.copyOf(texts.values());
    }
}
