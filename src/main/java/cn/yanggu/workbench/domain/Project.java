package cn.yanggu.workbench.domain;

import java.util.List;

/** A key project. One record per real project; a project in two 专栏 has two listings. */
public record Project(String code, String name, String chainCode, String zoneCode, String enterpriseCode,
                      Enums.ProjectKind kind, Enums.ProjectStage stage, Double investmentWan,
                      Integer startYear, Integer finishYear, List<Listing> listings, List<Mention> mentions,
                      String source, String note) implements PlanRecord {
    public Project {
        listings = List.copyOf(listings);
        mentions = List.copyOf(mentions);
    }

    /** An entry of a 专栏 (column 1–9) as the plan prints it. */
    public record Listing(int column, String group, int number, String nameAsListed) {
    }

    /** A place in the running text that names the project. */
    public record Mention(String section, String text) {
    }

    // ------------------------------------------------------------------ fields
    public static final RecordField<Project, String> CODE =
            RecordField.of("code", String.class, Project::code, Project::withCode);
    public static final RecordField<Project, String> NAME =
            RecordField.of("name", String.class, Project::name, Project::withName);
    public static final RecordField<Project, String> CHAIN_CODE =
            RecordField.of("chainCode", String.class, Project::chainCode, Project::withChainCode);
    public static final RecordField<Project, String> ZONE_CODE =
            RecordField.of("zoneCode", String.class, Project::zoneCode, Project::withZoneCode);
    public static final RecordField<Project, String> ENTERPRISE_CODE =
            RecordField.of("enterpriseCode", String.class, Project::enterpriseCode, Project::withEnterpriseCode);
    public static final RecordField<Project, Enums.ProjectKind> KIND =
            RecordField.of("kind", Enums.ProjectKind.class, Project::kind, Project::withKind);
    public static final RecordField<Project, Enums.ProjectStage> STAGE =
            RecordField.of("stage", Enums.ProjectStage.class, Project::stage, Project::withStage);
    public static final RecordField<Project, Double> INVESTMENT_WAN =
            RecordField.of("investmentWan", Double.class, Project::investmentWan, Project::withInvestmentWan);
    public static final RecordField<Project, Integer> START_YEAR =
            RecordField.of("startYear", Integer.class, Project::startYear, Project::withStartYear);
    public static final RecordField<Project, Integer> FINISH_YEAR =
            RecordField.of("finishYear", Integer.class, Project::finishYear, Project::withFinishYear);
    public static final RecordField<Project, List<Listing>> LISTINGS =
            RecordField.of("listings", List.class, Project::listings, Project::withListings);
    public static final RecordField<Project, List<Mention>> MENTIONS =
            RecordField.of("mentions", List.class, Project::mentions, Project::withMentions);
    public static final RecordField<Project, String> SOURCE =
            RecordField.of("source", String.class, Project::source, Project::withSource);
    public static final RecordField<Project, String> NOTE =
            RecordField.of("note", String.class, Project::note, Project::withNote);

    /** Every field of a project, in the order of its components (the audit log's field names). */
    public static final List<RecordField<Project, ?>> FIELDS = List.of(CODE, NAME, CHAIN_CODE, ZONE_CODE,
            ENTERPRISE_CODE, KIND, STAGE, INVESTMENT_WAN, START_YEAR, FINISH_YEAR, LISTINGS, MENTIONS, SOURCE, NOTE);

    @Override
    public List<RecordField<Project, ?>> fields() {
        return FIELDS;
    }

    @Override
    public EntityKind entityKind() {
        return EntityKind.PROJECT;
    }

    public Project withCode(String value) {
        return new Project(value, name, chainCode, zoneCode, enterpriseCode, kind, stage, investmentWan, startYear, finishYear, listings, mentions, source, note);
    }

    public Project withName(String value) {
        return new Project(code, value, chainCode, zoneCode, enterpriseCode, kind, stage, investmentWan, startYear, finishYear, listings, mentions, source, note);
    }

    public Project withChainCode(String value) {
        return new Project(code, name, value, zoneCode, enterpriseCode, kind, stage, investmentWan, startYear, finishYear, listings, mentions, source, note);
    }

    public Project withZoneCode(String value) {
        return new Project(code, name, chainCode, value, enterpriseCode, kind, stage, investmentWan, startYear, finishYear, listings, mentions, source, note);
    }

    public Project withEnterpriseCode(String value) {
        return new Project(code, name, chainCode, zoneCode, value, kind, stage, investmentWan, startYear, finishYear, listings, mentions, source, note);
    }

    public Project withKind(Enums.ProjectKind value) {
        return new Project(code, name, chainCode, zoneCode, enterpriseCode, value, stage, investmentWan, startYear, finishYear, listings, mentions, source, note);
    }

    public Project withStage(Enums.ProjectStage value) {
        return new Project(code, name, chainCode, zoneCode, enterpriseCode, kind, value, investmentWan, startYear, finishYear, listings, mentions, source, note);
    }

    public Project withInvestmentWan(Double value) {
        return new Project(code, name, chainCode, zoneCode, enterpriseCode, kind, stage, value, startYear, finishYear, listings, mentions, source, note);
    }

    public Project withStartYear(Integer value) {
        return new Project(code, name, chainCode, zoneCode, enterpriseCode, kind, stage, investmentWan, value, finishYear, listings, mentions, source, note);
    }

    public Project withFinishYear(Integer value) {
        return new Project(code, name, chainCode, zoneCode, enterpriseCode, kind, stage, investmentWan, startYear, value, listings, mentions, source, note);
    }

    public Project withListings(List<Listing> value) {
        return new Project(code, name, chainCode, zoneCode, enterpriseCode, kind, stage, investmentWan, startYear, finishYear, value, mentions, source, note);
    }

    public Project withMentions(List<Mention> value) {
        return new Project(code, name, chainCode, zoneCode, enterpriseCode, kind, stage, investmentWan, startYear, finishYear, listings, value, source, note);
    }

    public Project withSource(String value) {
        return new Project(code, name, chainCode, zoneCode, enterpriseCode, kind, stage, investmentWan, startYear, finishYear, listings, mentions, value, note);
    }

    public Project withNote(String value) {
        return new Project(code, name, chainCode, zoneCode, enterpriseCode, kind, stage, investmentWan, startYear, finishYear, listings, mentions, source, value);
    }
}
