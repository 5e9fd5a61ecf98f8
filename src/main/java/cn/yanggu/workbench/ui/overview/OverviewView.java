package cn.yanggu.workbench.ui.overview;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.app.Judgements;
import cn.yanggu.workbench.app.versions.VersionText;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.PlanInfo;
import cn.yanggu.workbench.domain.Successors;
import cn.yanggu.workbench.ui.common.CardGrid;
import cn.yanggu.workbench.ui.common.DetailPane;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Formats;
import cn.yanggu.workbench.ui.common.Labels;
import cn.yanggu.workbench.ui.common.Tables;
import cn.yanggu.workbench.ui.common.FeatureView;
import cn.yanggu.workbench.ui.common.Session;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 总览: the plan period and how much of it has passed, the plan's size at a glance, the positions, goals and 2035
 * vision, the monitoring cycle, and the places where the plan text is inconsistent.
 */
public final class OverviewView extends FeatureView<OverviewView.Row> {
    /** One row of the plan's key statements. */
    public record Row(String kind, String title, String text, String source) {
        String searchable() {
            return FilterModel.text(kind, title, text, source);
        }
    }

    private final Clock clock;
    private final Label planTitle = new Label();
    private final Label period = new Label();
    private final Label actualsHint = new Label();
    /** The plan at a glance: equal cards across the width, as many per row as fit (six on a wide window). */
    private final CardGrid cards = new CardGrid(9.5, 12, true);

    private final IndicatorBoard board;
    /** The statements' title and table, below the indicator cards: put in once the cards on screen are drawn. */
    private final VBox statements = new VBox(12);
    private final List<Node> statementsPart;
    /** The statements table is in: the overview is complete. */
    private final cn.yanggu.workbench.ui.common.Once complete = new cn.yanggu.workbench.ui.common.Once();

    public OverviewView(I18n t, Session session, Clock clock, java.util.function.Consumer<String> openChart) {
        super(t, session, t.get("nav.overview"), Row::searchable);
        header.noun(t.get("noun.statements"));
        this.clock = clock;
        board = new IndicatorBoard(t, session, openChart);
        planTitle.getStyleClass().add("plan-title");
        planTitle.setWrapText(true);
        period.setId("plan-period");
        period.getStyleClass().add("secondary");
        actualsHint.getStyleClass().add("empty-hint");
        actualsHint.setWrapText(true);
        cards.setId("overview-cards");
        cards.getStyleClass().add("cards");

        TableView<Row> table = Tables.table(t.get("common.loading"), "statements-table",
                Tables.text(t.get("overview.kind"), Row::kind, 110),
                Tables.text(t.get("overview.title"), Row::title, 170),
                Tables.text(t.get("overview.text"), Row::text, 560),
                Tables.text(t.get("common.source"), Row::source, 150));
        model.bind(table);

        Label tableTitle = new Label(t.get("overview.statementsTitle"));
        tableTitle.getStyleClass().add("section-title");
        VBox strip = new VBox(4, planTitle, period);
        strip.getStyleClass().add("plan-strip");
        SplitPane split = withDetail(table, "statement-detail", 0.7);
        VBox.setVgrow(split, javafx.scene.layout.Priority.ALWAYS);
        // on a small or scaled screen the page scrolls rather than squeezing the table to nothing
        root.setCenter(page(12, statements, 320, strip, cards, actualsHint, board, statements));
        statementsPart = List.of(tableTitle, split);
    }

    @Override
    public void whenShowing(Runnable action) {
        board.whenOnScreen(action);
    }

    @Override
    public void whenComplete(Runnable action) {
        complete.then(() -> board.whenComplete(action));
    }

    /** "规划期已过 N/5 年", or before / after the period. */
    static String elapsed(PlanInfo info, LocalDate today, I18n t) {
        return elapsed(info.periodStart(), info.periodEnd(), info.visionYear(), today, t);
    }

    private static String elapsed(int start, int end, int vision, LocalDate today, I18n t) {
        int years = end - start + 1;
        int passed = today.getYear() - start;
        if (passed < 0) {
            return t.get("overview.periodNotStarted");
        }
        if (passed >= years) {
            return t.get("overview.periodOver", years, vision);
        }
        return t.get("overview.periodElapsed", passed, years);
    }

    /**
     * The period strip: the plan's period, or from the first year of an approved successor on the successor's
     * (2026—2030 from its 2025 base, the last period named beside it); before that year an approved successor is
     * named as coming.
     */
    static String periodLine(Plan plan, LocalDate today, I18n t) {
        PlanInfo info = plan.info();
        Successors.Period p = Judgements.period(plan, today.getYear());
        StringBuilder b = new StringBuilder(t.get("overview.period", p.start(), p.end(), p.baseYear(),
                info.visionYear()));
        p.successor().ifPresentOrElse(v -> b.append("  ·  ").append(t.get("overview.successorPeriod", v.number(),
                new VersionText(t).document(v), info.periodStart(), info.periodEnd())),
                () -> Successors.approved(plan.versions()).ifPresent(v -> b.append("  ·  ").append(
                        t.get("overview.successorApproved", v.fromYear(), v.periodEnd(), v.number()))));
        return b.append("  ·  ").append(elapsed(p.start(), p.end(), info.visionYear(), today, t)).toString();
    }

    @Override
    protected List<Row> rows(Plan plan) {
        List<Row> rows = new ArrayList<>();
        plan.statements().forEach(s -> rows.add(new Row(statementKind(s.kind(), t), s.title(), s.text(),
                s.source())));
        plan.monitoring().forEach(m -> rows.add(new Row(t.get("overview.kind.monitoring"), m.name(),
                m.text() == null ? "" : m.text(), m.source())));
        plan.efficiencyClasses().forEach(c -> rows.add(new Row(t.get("overview.kind.efficiency"),
                c.rank() + ". " + c.name(), c.text() == null ? "" : c.text(), c.source())));
        plan.thresholds().forEach(th -> rows.add(new Row(t.get("overview.kind.threshold"), th.name() + " "
                + th.versions().stream().findFirst().map(v -> Labels.comparator(th.comparator())
                        + Formats.number(v.value()) + (th.unit() == null ? "" : " " + th.unit())).orElse(""),
                th.text() == null ? "" : th.text(), th.source())));
        plan.notes().forEach(n -> rows.add(new Row(t.get("overview.kind.note"),
                n.entity() + (n.code() == null ? "" : " · " + n.code()) + (n.field() == null ? "" : " · " + n.field()),
                n.text(), n.source() == null ? "" : n.source())));
        return rows;
    }

    private static String statementKind(String kind, I18n t) {
        return switch (kind) {
            case "guiding" -> t.get("overview.kind.guiding");
            case "principle" -> t.get("overview.kind.principle");
            case "position" -> t.get("overview.kind.position");
            case "goal" -> t.get("overview.kind.goal");
            case "vision" -> t.get("overview.kind.vision");
            default -> kind;
        };
    }

    @Override
    protected void describe(Row row, DetailPane detail) {
        detail.title(row.title()).field(t.get("overview.kind"), row.kind())
                .field(t.get("overview.text"), row.text()).field(t.get("common.source"), row.source());
    }

    private Node card(String value, String unit, String label, String id) {
        Label v = new Label(value);
        v.getStyleClass().add("card-value");
        v.setMinWidth(Region.USE_PREF_SIZE);
        HBox number = new HBox(4, v);
        number.setAlignment(Pos.BASELINE_LEFT);
        if (unit != null) {
            Label u = new Label(unit);
            u.getStyleClass().add("card-unit");
            u.setMinWidth(Region.USE_PREF_SIZE);
            number.getChildren().add(u);
        }
        Label l = new Label(label);
        l.getStyleClass().add("secondary");
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(2, number, l);
        box.setId(id);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("card");
        return box;
    }

    @Override
    public void show(Plan plan) {
        PlanInfo info = plan.info();
        planTitle.setText("《" + info.title() + "》" + (info.documentNumber() == null ? "" : "（" + info.documentNumber() + "）"));
        period.setText(periodLine(plan, LocalDate.now(clock), t));
        long listings = plan.projects().stream().mapToLong(p -> p.listings().size()).sum();
        long table21 = plan.indicators().stream().filter(i -> i.inMainTable()).count();
        long industrial = plan.zones().stream().filter(z -> z.kind() == Enums.ZoneKind.INDUSTRIAL).count();
        cards.getChildren().setAll(
                card(Formats.number(plan.zoneTotalInForce(LocalDate.now(clock).getYear())), "km²", t.get("overview.card.zones", industrial),
                        "card-zones"),
                card(String.valueOf(plan.chains().size()), null, t.get("overview.card.chains"), "card-chains"),
                card(String.valueOf(plan.projects().size()), null, t.get("overview.card.projects", listings),
                        "card-projects"),
                card(String.valueOf(plan.indicators().size()), null, t.get("overview.card.indicators", table21),
                        "card-indicators"),
                card(String.valueOf(plan.enterprises().size()), null, t.get("overview.card.enterprises"),
                        "card-enterprises"),
                card(String.valueOf(plan.notes().size()), null, t.get("overview.card.notes"), "card-notes"));
        boolean anyActual = plan.indicators().stream().flatMap(i -> i.values().stream())
                .anyMatch(v -> v.kind() == Enums.ValueKind.ACTUAL);
        actualsHint.setText(anyActual ? "" : t.get("overview.noActuals", info.periodStart()));
        actualsHint.setVisible(!anyActual);
        actualsHint.setManaged(!anyActual);
        board.show(plan);
        super.show(plan);
        if (statements.getChildren().isEmpty()) {
            // the table is far below the window's edge: the plan's figures and the cards are drawn first
            board.whenComplete(() -> cn.yanggu.workbench.ui.common.Pulses.afterNextPulse(root, () -> {
                statements.getChildren().setAll(statementsPart);
                complete.happened();
            }));
        }
    }

}
