package cn.yanggu.workbench.domain;

/**
 * A narrative section of a report (存在问题, 下一步工作 …) as written by a user for one year and report kind, with
 * who saved it last and when.
 */
public record Narrative(int year, ReportKind kind, String section, String text, String updatedAt, String updatedBy) {
    /** The sections users write; their order is the order in the report. */
    public static final String PROBLEMS = "problems";
    public static final String NEXT_STEPS = "next_steps";
    public static final java.util.List<String> SECTIONS = java.util.List.of(PROBLEMS, NEXT_STEPS);
    /** The longest text a section takes (about 15 pages of 仿宋 三号). */
    public static final int MAX_LENGTH = 10_000;
}
