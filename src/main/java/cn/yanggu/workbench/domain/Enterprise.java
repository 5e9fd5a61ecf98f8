package cn.yanggu.workbench.domain;

import java.util.List;

/** An enterprise named by the plan, with the other spellings the plan uses for it. */
public record Enterprise(String code, String name, List<String> aliases, String source, String note)
        implements PlanRecord {
    public Enterprise {
        aliases = List.copyOf(aliases);
    }

    // ------------------------------------------------------------------ fields
    public static final RecordField<Enterprise, String> CODE =
            RecordField.of("code", String.class, Enterprise::code, Enterprise::withCode);
    public static final RecordField<Enterprise, String> NAME =
            RecordField.of("name", String.class, Enterprise::name, Enterprise::withName);
    public static final RecordField<Enterprise, List<String>> ALIASES =
            RecordField.of("aliases", List.class, Enterprise::aliases, Enterprise::withAliases);
    public static final RecordField<Enterprise, String> SOURCE =
            RecordField.of("source", String.class, Enterprise::source, Enterprise::withSource);
    public static final RecordField<Enterprise, String> NOTE =
            RecordField.of("note", String.class, Enterprise::note, Enterprise::withNote);

    /** Every field of a enterprise, in the order of its components (the audit log's field names). */
    public static final List<RecordField<Enterprise, ?>> FIELDS = List.of(CODE, NAME, ALIASES, SOURCE, NOTE);

    @Override
    public List<RecordField<Enterprise, ?>> fields() {
        return FIELDS;
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.ENTERPRISE;
    }

    public Enterprise withCode(String value) {
        return new Enterprise(value, name, aliases, source, note);
    }

    public Enterprise withName(String value) {
        return new Enterprise(code, value, aliases, source, note);
    }

    public Enterprise withAliases(List<String> value) {
        return new Enterprise(code, name, value, source, note);
    }

    public Enterprise withSource(String value) {
        return new Enterprise(code, name, aliases, value, note);
    }

    public Enterprise withNote(String value) {
        return new Enterprise(code, name, aliases, source, value);
    }
}
