package cn.yanggu.workbench.domain;

import java.util.List;

/** A key project. One record per real project; a project in two 专栏 has two listings. */
public record Project(String code, String name, String chainCode, String zoneCode, String enterpriseCode,
                      Enums.ProjectKind kind, Enums.ProjectStage stage, Double investmentWan,
                      Integer startYear, Integer finishYear, List<Listing> listings, List<Mention> mentions,
                      String source, String note) {
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
}
