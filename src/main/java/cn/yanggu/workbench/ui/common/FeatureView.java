package cn.yanggu.workbench.ui.common;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Plan;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;

import java.util.List;
import java.util.function.Function;

/**
 * A feature view built around filtered table rows: the header with title, count and filter on top, the rows
 * rebuilt from each plan snapshot, and optionally a detail pane for the selected row.
 */
public abstract class FeatureView<R> implements WorkbenchView {
    protected final I18n t;
    protected final FilterModel<R> model;
    protected final ViewHeader header;
    protected final BorderPane root = new BorderPane();

    protected FeatureView(I18n t, String title, Function<R, String> searchable) {
        this.t = t;
        this.model = new FilterModel<>(searchable);
        this.header = new ViewHeader(t, title, model);
        root.getStyleClass().add("view");
        root.setTop(header);
    }

    /** The rows for a plan, in the plan's order. */
    protected abstract List<R> rows(Plan plan);

    /** Fills the detail pane for a selected row (views with a detail pane override this). */
    protected void describe(R row, DetailPane detail) {
    }

    /** The table beside a detail pane that shows the selected row in full. */
    protected SplitPane withDetail(TableView<R> table, String detailId, double divider) {
        DetailPane detail = new DetailPane(detailId, t.get("detail.selectHint"));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row == null) {
                detail.clear();
            } else {
                describe(row, detail);
            }
        });
        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(divider);
        return split;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void show(Plan plan) {
        model.setAll(rows(plan));
    }

    @Override
    public void focusFilter() {
        header.filterField().requestFocus();
    }

    public FilterModel<R> model() {
        return model;
    }
}
