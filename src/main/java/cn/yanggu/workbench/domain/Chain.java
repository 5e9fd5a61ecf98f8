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

    // ------------------------------------------------------------------ fields
    public static final RecordField<Chain, String> CODE =
            RecordField.of("code", String.class, Chain::code, Chain::withCode);
    public static final RecordField<Chain, String> NAME =
            RecordField.of("name", String.class, Chain::name, Chain::withName);
    public static final RecordField<Chain, List<String>> ALIASES =
            RecordField.of("aliases", List.class, Chain::aliases, Chain::withAliases);
    public static final RecordField<Chain, String> BRAND =
            RecordField.of("brand", String.class, Chain::brand, Chain::withBrand);
    public static final RecordField<Chain, String> BRAND_SOURCE =
            RecordField.of("brandSource", String.class, Chain::brandSource, Chain::withBrandSource);
    public static final RecordField<Chain, String> POSITIONING =
            RecordField.of("positioning", String.class, Chain::positioning, Chain::withPositioning);
    public static final RecordField<Chain, String> SECTION =
            RecordField.of("section", String.class, Chain::section, Chain::withSection);
    public static final RecordField<Chain, Integer> COLUMN =
            RecordField.of("column", Integer.class, Chain::column, Chain::withColumn);
    public static final RecordField<Chain, List<Link>> LINKS =
            RecordField.of("links", List.class, Chain::links, Chain::withLinks);
    public static final RecordField<Chain, List<Member>> ENTERPRISES =
            RecordField.of("enterprises", List.class, Chain::enterprises, Chain::withEnterprises);

    /** Every field of a chain, in the order of its components (the audit log's field names). */
    public static final List<RecordField<Chain, ?>> FIELDS = List.of(CODE, NAME, ALIASES, BRAND, BRAND_SOURCE,
            POSITIONING, SECTION, COLUMN, LINKS, ENTERPRISES);

    @Override
    public List<RecordField<Chain, ?>> fields() {
        return FIELDS;
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.CHAIN;
    }

    public Chain withCode(String value) {
        return new Chain(value, name, aliases, brand, brandSource, positioning, section, column, links, enterprises);
    }

    public Chain withName(String value) {
        return new Chain(code, value, aliases, brand, brandSource, positioning, section, column, links, enterprises);
    }

    public Chain withAliases(List<String> value) {
        return new Chain(code, name, value, brand, brandSource, positioning, section, column, links, enterprises);
    }

    public Chain withBrand(String value) {
        return new Chain(code, name, aliases, value, brandSource, positioning, section, column, links, enterprises);
    }

    public Chain withBrandSource(String value) {
        return new Chain(code, name, aliases, brand, value, positioning, section, column, links, enterprises);
    }

    public Chain withPositioning(String value) {
        return new Chain(code, name, aliases, brand, brandSource, value, section, column, links, enterprises);
    }

    public Chain withSection(String value) {
        return new Chain(code, name, aliases, brand, brandSource, positioning, value, column, links, enterprises);
    }

    public Chain withColumn(Integer value) {
        return new Chain(code, name, aliases, brand, brandSource, positioning, section, value, links, enterprises);
    }

    public Chain withLinks(List<Link> value) {
        return new Chain(code, name, aliases, brand, brandSource, positioning, section, column, value, enterprises);
    }

    public Chain withEnterprises(List<Member> value) {
        return new Chain(code, name, aliases, brand, brandSource, positioning, section, column, links, value);
    }
}
