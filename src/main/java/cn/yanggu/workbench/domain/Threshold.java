package cn.yanggu.workbench.domain;

/** An admission rule for new projects (投资强度, 亩均税收, 容积率, 建筑系数). */
public record Threshold(String code, String name, String unit, Enums.Comparator comparator, double value,
                        Integer appliesFrom, String text, String source) {
}
