package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.I18n;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** A view's header: its title, a row count, and the filter box (Ctrl+F). */
public final class ViewHeader extends HBox {
    private final TextField filter = new TextField();
    /** What the count counts (条规划要点, 项指标, 个项目 …); "项" until a view says. */
    private final javafx.beans.property.StringProperty noun = new javafx.beans.property.SimpleStringProperty();

    public ViewHeader(I18n t, String title, FilterModel<?> model) {
        getStyleClass().add("view-header");
        setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label(title);
        heading.getStyleClass().add("view-title");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.getStyleClass().add("secondary");
        count.setId("view-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        ObservableList<?> visible = model.visible();
        ObservableList<?> all = model.all();
        noun.set(t.get("header.items"));
        count.textProperty().bind(Bindings.createStringBinding(() -> visible.size() == all.size()
                ? t.get("header.count", all.size(), noun.get())
                : t.get("header.countFiltered", visible.size(), all.size(), noun.get()), visible, all, noun));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        filter.setPromptText(t.get("header.filter"));
        filter.getStyleClass().add("filter-field");
        filter.setId("filter");
        filter.textProperty().bindBidirectional(model.filterProperty());
        getChildren().addAll(heading, count, spacer, filter);
    }

    /** Adds an action button after the filter box (新增, 删除 …). */
    public javafx.scene.control.Button addAction(String text, String id, Runnable action) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(text);
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        getChildren().add(b);
        return b;
    }

    /**
     * Adds a filter control (a choice of chain, stage …) just before the filter box, so that Tab goes from one to
     * the next in the order they are shown.
     */
    public void addFilter(javafx.scene.Node control) {
        getChildren().add(getChildren().indexOf(filter), control);
    }

    /** Names what the count counts, e.g. "项指标" → "共 37 项指标". */
    public void noun(String what) {
        noun.set(what);
    }

    public TextField filterField() {
        return filter;
    }
}
