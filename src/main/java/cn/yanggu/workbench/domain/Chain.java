package cn.yanggu.workbench.domain;

import java.util.List;

/** One of the six industry chains (section 三), with its brand, links and enterprises. */
public record Chain(String code, String name, List<String> aliases, String brand, String brandSource,
                    String positioning, String section, Integer column,
                    List<Link> links, List<Member> enterprises) implements PlanRecord {
    public Chain {
        aliases = List.copyOf(aliases);
        links = List.copyOf(links);
        enterprises = List.copyOf(enterprises);
    }

    /** A link (环节) of the chain, grouped as the plan groups them. */
    public record Link(String group, String name, String detail, String source) {
    }

    /** An enterprise of the chain and its role. */
    public record Member(String enterpriseCode, Enums.EnterpriseRole role, String source) {
    }

    // ------------------------------------------------------------------ fields, in component order

    private static final RecordField.Table<Chain> FIELD_TABLE =
            new RecordField.Table<>(EntityKind.CHAIN, Chain::build);
    public static final RecordField<Chain, String> CODE = FIELD_TABLE.field("code", String.class, Chain::code);
    public static final RecordField<Chain, String> NAME = FIELD_TABLE.field("name", String.class, Chain::name);
    public static final RecordField<Chain, List<String>> ALIASES =
            FIELD_TABLE.field("aliases", List.class, Chain::aliases);
    public static final RecordField<Chain, String> BRAND = FIELD_TABLE.field("brand", String.class, Chain::brand);
    public static final RecordField<Chain, String> BRAND_SOURCE =
            FIELD_TABLE.field("brandSource", String.class, Chain::brandSource);
    public static final RecordField<Chain, String> POSITIONING =
            FIELD_TABLE.field("positioning", String.class, Chain::positioning);
    public static final RecordField<Chain, String> SECTION = FIELD_TABLE.field("section", String.class, Chain::section);
    public static final RecordField<Chain, Integer> COLUMN = FIELD_TABLE.field("column", Integer.class, Chain::column);
    public static final RecordField<Chain, List<Link>> LINKS = FIELD_TABLE.field("links", List.class, Chain::links);
    public static final RecordField<Chain, List<Member>> ENTERPRISES =
            FIELD_TABLE.field("enterprises", List.class, Chain::enterprises);

    @Override
    public List<RecordField<Chain, ?>> fields() {
        return FIELD_TABLE.fields();
    }

    /** This chain with other links (环节). */
    public Chain withLinks(List<Link> links) {
        return LINKS.with(this, links);
    }

    /** This chain listing other enterprises. */
    public Chain withEnterprises(List<Member> enterprises) {
        return ENTERPRISES.with(this, enterprises);
    }

    @SuppressWarnings("unchecked")
    private static Chain build(Object[] v) {
        return new Chain((String) v[0], (String) v[1], (List<String>) v[2], (String) v[3], (String) v[4],
                (String) v[5], (String) v[6], (Integer) v[7], (List<Link>) v[8], (List<Member>) v[9]);
    }
}
