package cn.yanggu.workbench.domain;

/** A qualitative statement of the plan: guiding idea, principle, development position, goal or 2035 vision. */
public record Statement(String code, String kind, String title, String text, String source) {
}
