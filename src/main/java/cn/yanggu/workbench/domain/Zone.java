package cn.yanggu.workbench.domain;

/** One of the three industrial zones (一区三园) or the reserved area (预留控制区), with its 四至 boundaries. */
public record Zone(String code, String name, Enums.ZoneKind kind, Double areaKm2,
                   String east, String west, String south, String north, String source, String note) {
}
