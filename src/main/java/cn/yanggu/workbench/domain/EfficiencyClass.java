package cn.yanggu.workbench.domain;

/** One of the four 亩产效益 classes (优先发展, 鼓励提升, 帮扶转型, 整治淘汰). */
public record EfficiencyClass(String code, String name, int rank, String text, String source) {
}
