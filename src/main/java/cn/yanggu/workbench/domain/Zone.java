package cn.yanggu.workbench.domain;

import java.util.List;

/** One of the three industrial zones (一区三园) or the reserved area (预留控制区), with its 四至 boundaries. */
public record Zone(String code, String name, Enums.ZoneKind kind, Double areaKm2,
                   String east, String west, String south, String north, String source, String note)
        implements PlanRecord {

    // ------------------------------------------------------------------ fields, in component order

    private static final RecordField.Table<Zone> FIELD_TABLE =
            new RecordField.Table<>(EntityKind.ZONE, Zone::build);
    public static final RecordField<Zone, String> CODE = FIELD_TABLE.field("code", String.class, Zone::code);
    public static final RecordField<Zone, String> NAME = FIELD_TABLE.field("name", String.class, Zone::name);
    public static final RecordField<Zone, Enums.ZoneKind> KIND =
            FIELD_TABLE.field("kind", Enums.ZoneKind.class, Zone::kind);
    public static final RecordField<Zone, Double> AREA_KM2 = FIELD_TABLE.field("areaKm2", Double.class, Zone::areaKm2);
    public static final RecordField<Zone, String> EAST = FIELD_TABLE.field("east", String.class, Zone::east);
    public static final RecordField<Zone, String> WEST = FIELD_TABLE.field("west", String.class, Zone::west);
    public static final RecordField<Zone, String> SOUTH = FIELD_TABLE.field("south", String.class, Zone::south);
    public static final RecordField<Zone, String> NORTH = FIELD_TABLE.field("north", String.class, Zone::north);
    public static final RecordField<Zone, String> SOURCE = FIELD_TABLE.field("source", String.class, Zone::source);
    public static final RecordField<Zone, String> NOTE = FIELD_TABLE.field("note", String.class, Zone::note);

    @Override
    public List<RecordField<Zone, ?>> fields() {
        return FIELD_TABLE.fields();
    }

    private static Zone build(Object[] v) {
        return new Zone((String) v[0], (String) v[1], (Enums.ZoneKind) v[2], (Double) v[3], (String) v[4],
                (String) v[5], (String) v[6], (String) v[7], (String) v[8], (String) v[9]);
    }
}
