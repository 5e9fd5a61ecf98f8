package cn.yanggu.workbench.domain;

import java.util.List;

/** An enterprise named by the plan, with the other spellings the plan uses for it. */
public record Enterprise(String code, String name, List<String> aliases, String source, String note)
        implements PlanRecord {
    public Enterprise {
        aliases = List.copyOf(aliases);
    }

    // ------------------------------------------------------------------ fields, in component order

    private static final RecordField.Table<Enterprise> FIELD_TABLE =
            new RecordField.Table<>(EntityKind.ENTERPRISE, Enterprise::build);
    public static final RecordField<Enterprise, String> CODE =
            FIELD_TABLE.field("code", String.class, Enterprise::code);
    public static final RecordField<Enterprise, String> NAME =
            FIELD_TABLE.field("name", String.class, Enterprise::name);
    public static final RecordField<Enterprise, List<String>> ALIASES =
            FIELD_TABLE.field("aliases", List.class, Enterprise::aliases);
    public static final RecordField<Enterprise, String> SOURCE =
            FIELD_TABLE.field("source", String.class, Enterprise::source);
    public static final RecordField<Enterprise, String> NOTE =
            FIELD_TABLE.field("note", String.class, Enterprise::note);

    @Override
    public List<RecordField<Enterprise, ?>> fields() {
        return FIELD_TABLE.fields();
    }

    @SuppressWarnings("unchecked")
    private static Enterprise build(Object[] v) {
        return new Enterprise((String) v[0], (String) v[1], (List<String>) v[2], (String) v[3], (String) v[4]);
    }
}
