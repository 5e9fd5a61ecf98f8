package cn.yanggu.workbench.ui.indicators;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Enums;
import cn.yanggu.workbench.domain.Growth;
import cn.yanggu.workbench.domain.Indicator;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.YearValue;
import cn.yanggu.workbench.ui.common.DetailPane;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Formats;
import cn.yanggu.workbench.ui.common.Labels;
import cn.yanggu.workbench.ui.common.Tables;
import cn.yanggu.workbench.ui.common.FeatureView;
import cn.yanggu.workbench.ui.common.RecordForm;
import cn.yanggu.workbench.ui.common.Session;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * 指标: 表2-1 as the plan prints it, with the growth computed from its own 2020 and 2025 values beside the stated
 * one (rows that differ are flagged), and below it every other quantitative target and baseline of the plan.
 */
public final class IndicatorsView extends FeatureView<IndicatorsView.Row> {
    /** One indicator row. */
    public record Row(Indicator indicator, String label, Double base, Double target, String baseText,
                      String targetText, BigDecimal stated, BigDecimal computed, String check, String attribute,
                      String chain) {
        String searchable() {
            return FilterModel.text(indicator.name(), indicator.category(), indicator.unit(), attribute, chain,
                    check, indicator.source(), indicator.note(), baseText, targetText);
        }
    }


    private final RecordForm<Indicator> form;

    public IndicatorsView(I18n t, Session session) {
        super(t, session, t.get("nav.indicators"), Row::searchable);
        header.noun(t.get("noun.indicators"));

        TableView<Row> main = Tables.table(t.get("common.loading"), "table21",
                Tables.text(t.get("indicator.category"), r -> r.indicator().category(), 84),
                Tables.text(t.get("indicator.nameUnit"), Row::label, 290),
                Tables.number(t.get("indicator.base2020"), Row::base, Formats::number,
                        r -> yiHover(r, r.base()), 100),
                Tables.number(t.get("indicator.target2025"), Row::target, Formats::number,
                        r -> yiHover(r, r.target()), 100),
                rateColumn(t.get("indicator.statedRate"), Row::stated),
                rateColumn(t.get("indicator.computedRate"), Row::computed),
                Tables.text(t.get("indicator.attribute"), Row::attribute, 70),
                Tables.text(t.get("indicator.check"), Row::check, 120),
                Tables.text(t.get("common.note"), r -> r.indicator().note(), 160));
        model.bind(main, r -> r.indicator().inMainTable());
        // 表2-1 is shown whole — as many rows as it has, no scroll area of its own — and the page scrolls instead
        main.setFixedCellSize(30);
        main.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> main.getItems().size() * 30.0 + 40
                        + (main.getColumnResizePolicy() == TableView.UNCONSTRAINED_RESIZE_POLICY ? 18 : 0),
                main.getItems(), main.columnResizePolicyProperty()));
        main.setMinHeight(Region.USE_PREF_SIZE);
        main.setMaxHeight(Region.USE_PREF_SIZE);

        TableView<Row> other = Tables.table(t.get("common.loading"), "other-indicators",
                Tables.text(t.get("indicator.category"), r -> r.indicator().category(), 84),
                Tables.text(t.get("indicator.name"), r -> r.indicator().name(), 190),
                Tables.text(t.get("indicator.unit"), r -> r.indicator().unit(), 60),
                Tables.text(t.get("indicator.baseline"), Row::baseText, 110),
                Tables.text(t.get("indicator.target"), Row::targetText, 120),
                rateColumn(t.get("indicator.computedRate"), Row::computed),
                Tables.text(t.get("indicator.direction"),
                        r -> Labels.direction(t, r.indicator().direction()), 84),
                Tables.text(t.get("common.note"), r -> r.indicator().note(), 160));
        model.bind(other, r -> !r.indicator().inMainTable());

        Label mainTitle = new Label(t.get("indicator.table21Title"));
        mainTitle.getStyleClass().add("section-title");
        Label rule = new Label(t.get("indicator.rule"));
        rule.getStyleClass().add("secondary");
        rule.setWrapText(true);
        Label otherTitle = new Label(t.get("indicator.otherTitle"));
        otherTitle.getStyleClass().add("section-title");
        Node page = page(6, other, 240, mainTitle, rule, main, otherTitle, other);
        form = new RecordForm<>(t, session, "indicator-form", List.of(
                RecordForm.Field.of(t.get("indicator.name"), Indicator.NAME, RecordForm.Kind.REQUIRED_TEXT),
                RecordForm.Field.of(t.get("indicator.category"), Indicator.CATEGORY, RecordForm.Kind.REQUIRED_TEXT),
                RecordForm.Field.of(t.get("indicator.unit"), Indicator.UNIT, RecordForm.Kind.TEXT),
                RecordForm.Field.choice(t.get("indicator.direction"), Indicator.DIRECTION, RecordForm.Choice.of(t,
                        Enums.Direction.values())),
                RecordForm.Field.choice(t.get("indicator.attribute"), Indicator.ATTRIBUTE, RecordForm.Choice.withUnset(t,
                        RecordForm.Choice.of(t, Enums.Attribute.values()))),
                RecordForm.Field.choice(t.get("indicator.growthKind"), Indicator.GROWTH_KIND, RecordForm.Choice.of(t,
                        Enums.GrowthKind.values())),
                RecordForm.Field.number(t.get("indicator.statedRate"), Indicator.STATED_RATE, null),
                RecordForm.Field.choice(t.get("indicator.chain"), Indicator.CHAIN_CODE, List.of()),
                RecordForm.Field.source(t, Indicator.SOURCE),
                RecordForm.Field.note(t, Indicator.NOTE)));
        editable(form, Row::indicator);
        root.setCenter(withDetail(List.of(main, other), page, "indicator-detail", 0.74));
    }

    private TableColumn<Row, BigDecimal> rateColumn(String title, java.util.function.Function<Row, BigDecimal> f) {
        TableColumn<Row, BigDecimal> c = Tables.column(title, 100);
        c.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        c.setComparator(java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()));
        c.getStyleClass().add("numeric");
        c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? "—" : Formats.fixed(item));
            }
        });
        return c;
    }

    private String yiHover(Row r, Double value) {
        return value != null && "万元".equals(r.indicator().unit()) && Math.abs(value) >= 10000
                ? Formats.wanToYi(value, t) : null;
    }

    @Override
    protected List<Row> rows(Plan plan) {
        int end = plan.info().periodEnd();
        return plan.indicators().stream().map(ind -> {
            Growth.RateCheck check = Growth.check(ind, end);
            Optional<YearValue> base = ind.baseline();
            Optional<YearValue> target = ind.target(end).or(() -> ind.values().stream()
                    .filter(v -> v.kind() == Enums.ValueKind.TARGET).findFirst());
            String unit = ind.unit() == null ? "" : " (" + ind.unit() + ")";
            String label = ind.inMainTable() ? "(" + ind.row() + ") " + ind.name() + unit : ind.name() + unit;
            String checkText;
            if (check.statedPercent().isEmpty()) {
                checkText = t.get("indicator.check.noStated");
            } else if (check.computedPercent().isEmpty()) {
                checkText = t.get("indicator.check.cannot");
            } else if (check.differs()) {
                checkText = t.get("indicator.check.differs");
            } else {
                checkText = t.get("indicator.check.agrees");
            }
            String chain = ind.chainCode() == null ? "" : plan.chain(ind.chainCode()).map(c -> c.name())
                    .orElse(ind.chainCode());
            return new Row(ind, label, base.map(YearValue::value).orElse(null),
                    target.map(YearValue::value).orElse(null), valueText(base, t), valueText(target, t),
                    check.statedPercent().orElse(null), check.computedPercent().orElse(null), checkText,
                    Labels.attribute(t, ind.attribute()), chain);
        }).toList();
    }

    /** "2025：> 85" — the year, the comparison when it is not plain equality, and the number. */
    static String valueText(Optional<YearValue> v, I18n t) {
        if (v.isEmpty()) {
            return t.get("common.unset");
        }
        YearValue y = v.get();
        return t.get("indicator.valueAt", y.year(), Labels.comparator(y.comparator()) + Formats.number(y.value()));
    }

    @Override
    protected void describe(Row row, DetailPane detail) {
        Indicator ind = row.indicator();
        StringBuilder values = new StringBuilder();
        for (YearValue v : ind.values()) {
            values.append(values.length() == 0 ? "" : "\n").append(valueText(Optional.of(v), t))
                    .append(v.asStated() == null ? "" : t.get("indicator.asStated", v.asStated()))
                    .append(v.source() == null ? "" : "  ·  " + v.source())
                    .append(v.note() == null ? "" : "\n    " + v.note());
        }
        detail.title(row.label())
                .field(t.get("indicator.computedRate"), row.computed() == null ? "—" : Formats.fixed(row.computed()))
                .field(t.get("indicator.check"), row.check())
                .field(t.get("indicator.values"), values.toString());
        detail.hint(t.get("indicator.valuesHint"));
    }

    @Override
    protected Indicator newRecord(Plan plan, String code) {
        return Indicator.draft("ind-" + code, unusedName(n -> t.get("indicator.newName", n), plan.indicators()),
                t.get("indicator.newCategory"), t.get("common.userEntered"));
    }

    @Override
    public void show(Plan plan) {
        form.setChoices("chainCode", RecordForm.Choice.withUnset(t, plan.chains().stream()
                .map(c -> new RecordForm.Choice(c.code(), c.name())).toList()));
        super.show(plan);
    }
}
