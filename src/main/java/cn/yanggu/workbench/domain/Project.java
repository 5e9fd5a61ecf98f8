package cn.yanggu.workbench.domain;

import java.util.List;

/** A key project. One record per real project; a project in two 专栏 has two listings. */
public record Project(String code, String name, String chainCode, String zoneCode, String enterpriseCode,
                      Enums.ProjectKind kind, Enums.ProjectStage stage, Double investmentWan,
                      Integer startYear, Integer finishYear, List<Listing> listings, List<Mention> mentions,
                      String source, String note) implements PlanRecord {
    public Project {
        // in 专栏 order, as the database gives them back
        List<Listing> sorted = new java.util.ArrayList<>(listings);
        sorted.sort(java.util.Comparator.comparingInt(Listing::column).thenComparingInt(Listing::number));
        listings = List.copyOf(sorted);
        mentions = List.copyOf(mentions);
    }

    /** An entry of a 专栏 (column 1–9) as the plan prints it. */
    public record Listing(int column, String group, int number, String nameAsListed) {
    }

    /** A place in the running text that names the project. */
    public record Mention(String section, String text) {
    }

    // ------------------------------------------------------------------ fields, in component order

    private static final RecordField.Table<Project> FIELD_TABLE =
            new RecordField.Table<>(EntityKind.PROJECT, Project::build);
    public static final RecordField<Project, String> CODE = FIELD_TABLE.field("code", String.class, Project::code);
    public static final RecordField<Project, String> NAME = FIELD_TABLE.field("name", String.class, Project::name);
    public static final RecordField<Project, String> CHAIN_CODE =
            FIELD_TABLE.field("chainCode", String.class, Project::chainCode);
    public static final RecordField<Project, String> ZONE_CODE =
            FIELD_TABLE.field("zoneCode", String.class, Project::zoneCode);
    public static final RecordField<Project, String> ENTERPRISE_CODE =
            FIELD_TABLE.field("enterpriseCode", String.class, Project::enterpriseCode);
    public static final RecordField<Project, Enums.ProjectKind> KIND =
            FIELD_TABLE.field("kind", Enums.ProjectKind.class, Project::kind);
    public static final RecordField<Project, Enums.ProjectStage> STAGE =
            FIELD_TABLE.field("stage", Enums.ProjectStage.class, Project::stage);
    public static final RecordField<Project, Double> INVESTMENT_WAN =
            FIELD_TABLE.field("investmentWan", Double.class, Project::investmentWan);
    public static final RecordField<Project, Integer> START_YEAR =
            FIELD_TABLE.field("startYear", Integer.class, Project::startYear);
    public static final RecordField<Project, Integer> FINISH_YEAR =
            FIELD_TABLE.field("finishYear", Integer.class, Project::finishYear);
    public static final RecordField<Project, List<Listing>> LISTINGS =
            FIELD_TABLE.field("listings", List.class, Project::listings);
    public static final RecordField<Project, List<Mention>> MENTIONS =
            FIELD_TABLE.field("mentions", List.class, Project::mentions);
    public static final RecordField<Project, String> SOURCE =
            FIELD_TABLE.field("source", String.class, Project::source);
    public static final RecordField<Project, String> NOTE = FIELD_TABLE.field("note", String.class, Project::note);

    @Override
    public List<RecordField<Project, ?>> fields() {
        return FIELD_TABLE.fields();
    }

    @SuppressWarnings("unchecked")
    private static Project build(Object[] v) {
        return new Project((String) v[0], (String) v[1], (String) v[2], (String) v[3], (String) v[4],
                (Enums.ProjectKind) v[5], (Enums.ProjectStage) v[6], (Double) v[7], (Integer) v[8], (Integer) v[9],
                (List<Listing>) v[10], (List<Mention>) v[11], (String) v[12], (String) v[13]);
    }
}
