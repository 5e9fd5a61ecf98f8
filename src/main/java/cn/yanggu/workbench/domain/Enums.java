package cn.yanggu.workbench.domain;

/** Namespace for the plan's small closed vocabularies. Each constant keeps the code stored in the database. */
public final class Enums {
    private Enums() {
    }

    /** 园区类别：工业集中区或预留控制区。 */
    public enum ZoneKind { INDUSTRIAL, RESERVED }

    /** 企业在产业链中的角色：龙头、骨干、其他。 */
    public enum EnterpriseRole { LEADING, BACKBONE, OTHER }

    /** 项目阶段：储备 / 开工 / 在建 / 竣工（规划第七章“储备一批、开工一批、建设一批、竣工一批”）。 */
    public enum ProjectStage { RESERVE, STARTED, UNDER_CONSTRUCTION, COMPLETED }

    /** 项目类别：工程项目或创新平台（专栏7）。 */
    public enum ProjectKind { PROJECT, PLATFORM }

    /** 指标方向：越高越好或越低越好。 */
    public enum Direction { HIGHER, LOWER }

    /** 指标属性：预期性 / 约束性。 */
    public enum Attribute { EXPECTED, BINDING }

    /** 增速口径：年均、累计、规划未给增速，或只有方向性要求（“进一步下降”“持续降低”，无数值）。 */
    public enum GrowthKind { ANNUAL, CUMULATIVE, NONE, DIRECTION }

    /** 年度值类别：基期值、目标值、实际值。 */
    public enum ValueKind { BASELINE, TARGET, ACTUAL }

    /** 数据口径：预计、快报、年报（年报最权威）。 */
    public enum Vintage { ESTIMATE, PRELIMINARY, FINAL }

    /** 目标比较方式：达到（=）、超过（>）、不低于（>=）及其反向。 */
    public enum Comparator {
        EQ("="), GT(">"), GE(">="), LT("<"), LE("<=");

        private final String symbol;

        Comparator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        /** The sign people write before a number: = > ≥ < ≤. */
        public String sign() {
            return switch (this) {
                case EQ -> "=";
                case GT -> ">";
                case GE -> "≥";
                case LT -> "<";
                case LE -> "≤";
            };
        }

        public static Comparator ofSymbol(String s) {
            if (s == null || s.isBlank()) {
                return EQ;
            }
            for (Comparator c : values()) {
                if (c.symbol.equals(s.trim())) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown comparator: " + s);
        }

        /** Whether {@code value} satisfies this comparison against {@code bound}. */
        public boolean test(double value, double bound) {
            return switch (this) {
                case EQ -> value == bound;
                case GT -> value > bound;
                case GE -> value >= bound;
                case LT -> value < bound;
                case LE -> value <= bound;
            };
        }
    }

    /** Lower-case wire name of a constant, as stored in SQLite and in the JSON files. */
    public static String wire(Enum<?> e) {
        return e == null ? null : e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Parses a wire name back; null stays null. */
    public static <E extends Enum<E>> E parse(Class<E> type, String wire) {
        if (wire == null || wire.isBlank()) {
            return null;
        }
        return Enum.valueOf(type, wire.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
