package cn.yanggu.workbench.domain;

/** A recorded inconsistency of the plan text: what it says, and what was kept. */
public record PlanNote(String entity, String code, String field, String text, String source) {
}
