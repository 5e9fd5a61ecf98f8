package cn.yanggu.workbench.ui.chains;

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
    private final DetailPane detail;
    private ChainMapChart maps;
    private Plan plan;
    private ChainMap map;
    private String selected;
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
        chains.setConverter(new StringConverter<>() {
            @Override
            public String toString(Chain c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Chain fromString(String s) {
                return null;
            }
        });
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
            selected = null;
            detail.clear();
            redraw();
        });
        Label hint = new Label(t.get("chainmap.clickHint"));
        hint.getStyleClass().add("hint");
        HBox bar = new HBox(8, chains, current, target, hint);
        bar.setPadding(new Insets(8));
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        canvas.setId("chain-map-canvas");
        canvas.setOnEntityClicked(e -> {
            if (e.getURLText() != null) {
                selected = e.getURLText();
                describe();
            }
        });
        SplitPane split = new SplitPane(canvas, detail);
        split.setDividerPositions(0.74);
        setTop(bar);
        setCenter(split);
    }

    /** Shows {@code plan}; the map is read again when the write may have changed it. */
    void show(Plan p, Changed changed) {
        this.plan = p;
        Chain keep = chains.getValue();
        chains.getItems().setAll(p.chains());
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
        }, detail::clear);
    }

    /** The node whose detail is shown (tests). */
    String selected() {
        return selected;
    }

    SlideCanvas canvas() {
        return canvas;
    }
}
