package cn.yanggu.workbench.domain;

/** An element of the monitoring cycle (年度监测分析, 中期评估, 总结评估) or a statistic the plan wants tracked. */
public record MonitoringItem(String code, String name, String kind, String text, String source) {
}
