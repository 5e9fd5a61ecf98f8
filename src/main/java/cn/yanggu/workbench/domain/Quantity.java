package cn.yanggu.workbench.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Numbers as people type or paste them from Excel/WPS: ASCII or full-width digits, "." "．" or "。" as the decimal
 * mark, "," "，" or spaces as thousands separators, an optional trailing "%" and an optional unit
 * ("170亿元"). A value in another unit of the same family is converted into the indicator's unit.
 */
public final class Quantity {
    private Quantity() {
    }

    /** The outcome of parsing: a value in the target unit, or the problem. */
    public record Parsed(Optional<Double> value, Optional<Problem.Kind> problem, String unitTyped) {
        static Parsed ok(double v, String unit) {
            return new Parsed(Optional.of(v), Optional.empty(), unit);
        }

        static Parsed fail(Problem.Kind kind, String unit) {
            return new Parsed(Optional.empty(), Optional.of(kind), unit);
        }
    }

    /** Families of units and each unit's size relative to the family's base. */
    private static final List<Map<String, BigDecimal>> FAMILIES = List.of(
            Map.of("元", BigDecimal.ONE, "万元", new BigDecimal("10000"), "亿元", new BigDecimal("100000000")),
            Map.of("美元", BigDecimal.ONE, "万美元", new BigDecimal("10000"), "亿美元", new BigDecimal("100000000")),
            Map.of("吨", BigDecimal.ONE, "万吨", new BigDecimal("10000")),
            Map.of("元/亩", BigDecimal.ONE, "万元/亩", new BigDecimal("10000")),
            Map.of("平方米", BigDecimal.ONE, "m²", BigDecimal.ONE, "㎡", BigDecimal.ONE,
                    "平方公里", new BigDecimal("1000000"), "km²", new BigDecimal("1000000")),
            Map.of("米", BigDecimal.ONE, "公里", new BigDecimal("1000")));

    /**
     * Parses {@code text} for a value in {@code unit} (may be null). Returns empty value and no problem for blank
     * text (the cell is to be cleared).
     */
    private static final java.util.regex.Pattern THOUSANDS =
            java.util.regex.Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?([eE][+-]?\\d+)?");

    public static Parsed parse(String text, String unit) {
        if (text == null) {
            return new Parsed(Optional.empty(), Optional.empty(), null);
        }
        StringBuilder n = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + (c - '０'));
            } else if (c == '．' || c == '。') {
                c = '.';
            } else if (c == '－' || c == '−') {
                c = '-';
            } else if (c == '＋') {
                c = '+';
            } else if (c == '％') {
                c = '%';
            } else if (c == '，' || c == '\u00A0' || c == '\u3000' || c == '\'') {
                c = c == '，' ? ',' : ' ';
            }
            n.append(c);
        }
        // a separator between two digits groups thousands; anywhere else (before a unit, around the text) it is space
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == ',' || c == ' ') {
                boolean between = i > 0 && Character.isDigit(n.charAt(i - 1)) && i + 1 < n.length()
                        && Character.isDigit(n.charAt(i + 1));
                if (between) {
                    b.append(',');
                }
                continue;
            }
            b.append(c);
        }
        String s = b.toString().strip();
        if (s.isEmpty()) {
            return new Parsed(Optional.empty(), Optional.empty(), null);
        }
        int end = 0;
        while (end < s.length() && (Character.isDigit(s.charAt(end)) || "+-.eE,".indexOf(s.charAt(end)) >= 0)) {
            end++;
        }
        String number = s.substring(0, end);
        String typedUnit = s.substring(end).strip();
        if (number.indexOf(',') >= 0) {
            // only where a number really has them: 1,234,567.5 — not 1,2,3 or 12,34
            if (!THOUSANDS.matcher(number).matches()) {
                return Parsed.fail(Problem.Kind.NOT_A_NUMBER, typedUnit);
            }
            number = number.replace(",", "");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(number);
        } catch (NumberFormatException e) {
            return Parsed.fail(Problem.Kind.NOT_A_NUMBER, typedUnit);
        }
        if (typedUnit.isEmpty() || typedUnit.equals(unit)) {
            return Parsed.ok(value.doubleValue(), typedUnit);
        }
        if (typedUnit.equals("%") && unit != null && unit.equals("%")) {
            return Parsed.ok(value.doubleValue(), typedUnit);
        }
        Optional<BigDecimal> factor = factor(typedUnit, unit);
        if (factor.isEmpty()) {
            return Parsed.fail(Problem.Kind.UNIT_MISMATCH, typedUnit);
        }
        return Parsed.ok(value.multiply(factor.get()).doubleValue(), typedUnit);
    }

    /** How many {@code to} one {@code from} is (170 亿元 → 万元: 10000), when both are of one family. */
    public static Optional<BigDecimal> factor(String from, String to) {
        if (from == null || to == null) {
            return Optional.empty();
        }
        for (Map<String, BigDecimal> family : FAMILIES) {
            if (family.containsKey(from) && family.containsKey(to)) {
                return Optional.of(family.get(from).divide(family.get(to), java.math.MathContext.DECIMAL64)
                        .stripTrailingZeros());
            }
        }
        return Optional.empty();
    }
}
