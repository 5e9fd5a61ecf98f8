package cn.yanggu.workbench.domain;

import java.util.List;

/** One of the three industrial zones (一区三园) or the reserved area (预留控制区), with its 四至 boundaries. */
public record Zone(String code, String name, Enums.ZoneKind kind, Double areaKm2,
                   String east, String west, String south, String north, String source, String note)
        implements PlanRecord {

    // ------------------------------------------------------------------ fields
    public static final RecordField<Zone, String> CODE =
            RecordField.of("code", String.class, Zone::code, Zone::withCode);
    public static final RecordField<Zone, String> NAME =
            RecordField.of("name", String.class, Zone::name, Zone::withName);
    public static final RecordField<Zone, Enums.ZoneKind> KIND =
            RecordField.of("kind", Enums.ZoneKind.class, Zone::kind, Zone::withKind);
    public static final RecordField<Zone, Double> AREA_KM2 =
            RecordField.of("areaKm2", Double.class, Zone::areaKm2, Zone::withAreaKm2);
    public static final RecordField<Zone, String> EAST =
            RecordField.of("east", String.class, Zone::east, Zone::withEast);
    public static final RecordField<Zone, String> WEST =
            RecordField.of("west", String.class, Zone::west, Zone::withWest);
    public static final RecordField<Zone, String> SOUTH =
            RecordField.of("south", String.class, Zone::south, Zone::withSouth);
    public static final RecordField<Zone, String> NORTH =
            RecordField.of("north", String.class, Zone::north, Zone::withNorth);
    public static final RecordField<Zone, String> SOURCE =
            RecordField.of("source", String.class, Zone::source, Zone::withSource);
    public static final RecordField<Zone, String> NOTE =
            RecordField.of("note", String.class, Zone::note, Zone::withNote);

    /** Every field of a zone, in the order of its components (the audit log's field names). */
    public static final List<RecordField<Zone, ?>> FIELDS = List.of(CODE, NAME, KIND, AREA_KM2, EAST, WEST, SOUTH,
            NORTH, SOURCE, NOTE);

    @Override
    public List<RecordField<Zone, ?>> fields() {
        return FIELDS;
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.ZONE;
    }

    public Zone withCode(String value) {
        return new Zone(value, name, kind, areaKm2, east, west, south, north, source, note);
    }

    public Zone withName(String value) {
        return new Zone(code, value, kind, areaKm2, east, west, south, north, source, note);
    }

    public Zone withKind(Enums.ZoneKind value) {
        return new Zone(code, name, value, areaKm2, east, west, south, north, source, note);
    }

    public Zone withAreaKm2(Double value) {
        return new Zone(code, name, kind, value, east, west, south, north, source, note);
    }

    public Zone withEast(String value) {
        return new Zone(code, name, kind, areaKm2, value, west, south, north, source, note);
    }

    public Zone withWest(String value) {
        return new Zone(code, name, kind, areaKm2, east, value, south, north, source, note);
    }

    public Zone withSouth(String value) {
        return new Zone(code, name, kind, areaKm2, east, west, value, north, source, note);
    }

    public Zone withNorth(String value) {
        return new Zone(code, name, kind, areaKm2, east, west, south, value, source, note);
    }

    public Zone withSource(String value) {
        return new Zone(code, name, kind, areaKm2, east, west, south, north, value, note);
    }

    public Zone withNote(String value) {
        return new Zone(code, name, kind, areaKm2, east, west, south, north, source, value);
    }
}
