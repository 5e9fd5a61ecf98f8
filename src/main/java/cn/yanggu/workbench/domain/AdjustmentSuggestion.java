package cn.yanggu.workbench.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * A target the mid-term evaluation proposes to adjust (调整建议), and the figure it proposes: the one decision the
 * mid-term report words and a draft version is made from. A target already met (not a 100 % ceiling) may be raised
 * ({@link Kind#RAISE}, proposed: the value reached); a target at risk may be lowered to where the pace observed so
 * far leads by the period's end ({@link Kind#LOWER}), or, without a pace to carry on (the value moved away from the
 * target), studied with no figure proposed ({@link Kind#LOWER_NO_PACE}).
 */
public record AdjustmentSuggestion(Assessment assessment, Kind kind, OptionalDouble proposed) {
    public enum Kind { RAISE, LOWER, LOWER_NO_PACE }

    /** The suggestions for {@code all} (assessed as of the mid-term's year), in their order. */
    public static List<AdjustmentSuggestion> of(List<Assessment> all, int endYear) {
        List<AdjustmentSuggestion> out = new ArrayList<>();
        for (Assessment a : all) {
            Indicator ind = a.indicator();
            if (a.target().isEmpty() || a.latest().isEmpty()) {
                continue;
            }
            YearValue l = a.latest().get();
            boolean ceiling = "%".equals(ind.unit()) && a.target().get().value() >= 100;
            if (a.status() == Assessment.Status.ACHIEVED && !ceiling) {
                out.add(new AdjustmentSuggestion(a, Kind.RAISE, OptionalDouble.of(l.value())));
            } else if (a.atRisk()) {
                List<Assessment.Point> projection = a.projection(endYear);
                if (!projection.isEmpty() && a.start().isPresent() && a.observedRate().isPresent()
                        && a.observedRate().getAsDouble() > 0) {
                    out.add(new AdjustmentSuggestion(a, Kind.LOWER,
                            OptionalDouble.of(projection.get(projection.size() - 1).value())));
                } else {
                    out.add(new AdjustmentSuggestion(a, Kind.LOWER_NO_PACE, OptionalDouble.empty()));
                }
            }
        }
        return out;
    }
}
