package cn.yanggu.workbench.ui.zones;

import cn.yanggu.workbench.app.I18n;
import cn.yanggu.workbench.domain.Plan;
import cn.yanggu.workbench.domain.Zone;
import cn.yanggu.workbench.ui.common.DetailPane;
import cn.yanggu.workbench.ui.common.FilterModel;
import cn.yanggu.workbench.ui.common.Formats;
import cn.yanggu.workbench.ui.common.Labels;
import cn.yanggu.workbench.ui.common.Tables;
import cn.yanggu.workbench.ui.common.FeatureView;
import cn.yanggu.workbench.ui.common.RecordForm;
import cn.yanggu.workbench.ui.common.Session;
import cn.yanggu.workbench.domain.Enums;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;

import java.util.List;

/** 园区: the three industrial zones with area and 四至, the total the plan states, and the reserved area. */
public final class ZonesView extends FeatureView<ZonesView.Row> {
    /** One table row; {@code flag} marks a record the plan is inconsistent about. */
    public record Row(Zone zone, String kind, String flag) {
        String searchable() {
            return FilterModel.text(zone.name(), kind, zone.east(), zone.west(), zone.south(), zone.north(),
                    zone.source(), zone.note());
        }
    }

    private final Label total = new Label();
    private final Label totalCheck = new Label();
    /** The zones as the version in force this year has them, shown when an approved version changed one. */
    private final Label inForce = new Label();
    private final RecordForm<Zone> form;
    private final int thisYear;

    public ZonesView(I18n t, Session session, java.time.Clock clock) {
        super(t, session, t.get("nav.zones"), Row::searchable);
        this.thisYear = java.time.LocalDate.now(clock).getYear();
        header.noun(t.get("noun.zones"));
        form = new RecordForm<>(t, session, "zone-form", List.of(
                RecordForm.Field.of(t.get("zone.name"), Zone.NAME, RecordForm.Kind.REQUIRED_TEXT),
                RecordForm.Field.choice(t.get("zone.kind"), Zone.KIND, RecordForm.Choice.of(t,
                        Enums.ZoneKind.values())),
                RecordForm.Field.number(t.get("zone.areaField"), Zone.AREA_KM2, "km²"),
                RecordForm.Field.of(t.get("zone.east"), Zone.EAST, RecordForm.Kind.TEXT),
                RecordForm.Field.of(t.get("zone.west"), Zone.WEST, RecordForm.Kind.TEXT),
                RecordForm.Field.of(t.get("zone.south"), Zone.SOUTH, RecordForm.Kind.TEXT),
                RecordForm.Field.of(t.get("zone.north"), Zone.NORTH, RecordForm.Kind.TEXT),
                RecordForm.Field.source(t, Zone.SOURCE),
                RecordForm.Field.note(t, Zone.NOTE)));
        editable(form, Row::zone);
        TableView<Row> table = Tables.table(t.get("common.loading"), "zones-table",
                Tables.text(t.get("zone.name"), r -> r.zone().name(), 130),
                Tables.text(t.get("zone.kind"), Row::kind, 90),
                Tables.number(t.get("zone.area"), r -> r.zone().areaKm2(),
                        v -> v == null ? t.get("common.unset") : Formats.number(v), null, 90),
                Tables.text(t.get("zone.east"), r -> r.zone().east(), 170),
                Tables.text(t.get("zone.west"), r -> r.zone().west(), 150),
                Tables.text(t.get("zone.south"), r -> r.zone().south(), 150),
                Tables.text(t.get("zone.north"), r -> r.zone().north(), 170),
                Tables.text(t.get("common.flag"), Row::flag, 60),
                Tables.text(t.get("common.source"), r -> r.zone().source(), 120),
                Tables.text(t.get("common.note"), r -> r.zone().note(), 260));
        model.bind(table);

        total.setId("zones-total");
        total.getStyleClass().add("summary-strong");
        totalCheck.getStyleClass().add("secondary");
        totalCheck.setWrapText(true);
        inForce.setId("zones-in-force");
        inForce.setWrapText(true);
        inForce.managedProperty().bind(inForce.visibleProperty());
        HBox summary = new HBox(16, total, totalCheck);
        summary.setAlignment(Pos.CENTER_LEFT);
        summary.getStyleClass().add("summary-bar");
        root.setCenter(withDetail(table, "zone-detail", 0.68));
        javafx.scene.layout.VBox bottom = new javafx.scene.layout.VBox(summary, inForce);
        inForce.getStyleClass().add("summary-bar");
        root.setBottom(bottom);
    }

    @Override
    protected List<Row> rows(Plan plan) {
        return plan.zones().stream().map(z -> new Row(z, Labels.zoneKind(t, z.kind()),
                z.note() == null && plan.notesFor("zone", z.code()).isEmpty() ? "" : t.get("common.flagged")))
                .toList();
    }

    @Override
    protected void describe(Row row, DetailPane detail) {
        detail.title(row.zone().name());
        Plan plan = session.plan();
        if (plan != null) {
            plan.notesFor("zone", row.zone().code()).forEach(n -> detail.field(t.get("common.flagged"), n.text()));
            plan.zonesInForce(thisYear).stream().filter(z -> z.code().equals(row.zone().code())
                    && !z.equals(row.zone())).findFirst().ifPresent(z -> detail.field(t.get("zones.inForceField",
                    thisYear), inForceText(z)));
        }
    }

    @Override
    protected Zone newRecord(Plan plan, String code) {
        return new Zone("zone-" + code, unusedName(n -> t.get("zone.newName", n), plan.zones()), Enums.ZoneKind.INDUSTRIAL,
                null, null, null, null, null, t.get("common.userEntered"), null);
    }

    @Override
    public void show(Plan plan) {
        super.show(plan);
        Double stated = plan.info().zoneTotalKm2();
        double sum = plan.industrialAreaKm2();
        total.setText(t.get("zone.total", stated == null ? t.get("common.unset") : Formats.number(stated)));
        String sumText = Formats.number(Math.round(sum * 100) / 100.0);
        boolean agrees = stated != null && Math.abs(stated - sum) < 0.005;
        totalCheck.setText(agrees ? t.get("zone.sumAgrees", sumText) : t.get("zone.sumDiffers", sumText));
        List<Zone> now = plan.zonesInForce(thisYear);
        List<String> changed = new java.util.ArrayList<>();
        for (int i = 0; i < now.size(); i++) {
            if (!now.get(i).equals(plan.zones().get(i))) {
                changed.add(now.get(i).name() + " " + inForceText(now.get(i)));
            }
        }
        Double totalNow = plan.zoneTotalInForce(thisYear);
        inForce.setVisible(!changed.isEmpty());
        inForce.setText(changed.isEmpty() ? "" : t.get("zones.inForce", thisYear, (totalNow == null ? ""
                : t.get("zones.inForceTotal", Formats.number(totalNow))) + String.join("；", changed)));
    }

    /** "12.5 km²，东至…，西至…，南至…，北至…（…；调整版本2（文号））": a zone as a version has changed it. */
    private String inForceText(Zone z) {
        return (z.areaKm2() == null ? t.get("common.unset") : Formats.number(z.areaKm2()) + " km²")
                + t.get("zones.inForceSides", nz(z.east()), nz(z.west()), nz(z.south()), nz(z.north()), z.source());
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }

}
