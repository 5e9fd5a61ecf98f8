package cn.yanggu.workbench.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The admission check for a proposed project (入园评审): 投资强度 = investment / land, 亩均税收 = annual tax / land,
 * 容积率 = floor area / site area, 建筑系数 = building footprint / site area, each against the version of the plan's
 * threshold in force in the check's year ("higher than 280" is not met by exactly 280; "not lower than 1.0" is met by
 * exactly 1.0). A rule whose first standard starts after the check's year is shown but not judged.
 */
public final class Admission {
    /** Square metres in one 亩 (the plan's and the bureau's 1 亩 = 666.67 m²). */
    public static final double M2_PER_MU = 666.67;

    public static final String INVESTMENT_INTENSITY = "investment-intensity";
    public static final String TAX_PER_MU = "tax-per-mu";
    public static final String PLOT_RATIO = "plot-ratio";
    public static final String BUILDING_COVERAGE = "building-coverage";

    private Admission() {
    }

    /** A proposed project: land in 亩, money in 万元, areas in m². */
    public record Proposal(double landMu, double investmentWan, double taxWan, double siteM2, double floorM2,
                           double footprintM2) {
    }

    /** A rule's outcome: met, not met, or not yet in force in the check's year. */
    public enum Verdict { PASS, FAIL, NOT_IN_FORCE }

    /**
     * One rule's verdict: the project's value, the version of the threshold it was measured against (for a rule not
     * yet in force, the first future version), the verdict and by how much it is met (negative: missed by).
     */
    public record Result(Threshold threshold, Threshold.Version version, double value, Verdict verdict,
                         double margin) {
        /** True unless the rule is in force and not met. */
        public boolean pass() {
            return verdict != Verdict.FAIL;
        }
    }

    public static double muFromSquareMetres(double m2) {
        return m2 / M2_PER_MU;
    }

    public static double squareMetresFromMu(double mu) {
        return mu * M2_PER_MU;
    }

    /**
     * Land as typed: a number in {@code defaultUnit} ("亩" or "m²"), or with its own unit ("12亩", "8000 m²",
     * "8000平方米"); the result is in 亩.
     */
    public static Quantity.Parsed parseLand(String text, String defaultUnit) {
        String s = text == null ? "" : text.strip();
        String unit = defaultUnit;
        for (String suffix : List.of("亩", "平方米", "m²", "㎡", "m2")) {
            if (s.endsWith(suffix)) {
                unit = suffix;
                s = s.substring(0, s.length() - suffix.length());
                break;
            }
        }
        Quantity.Parsed number = Quantity.parse(s, null);
        if (number.value().isEmpty()) {
            return number;
        }
        double v = number.value().get();
        return "亩".equals(unit) ? new Quantity.Parsed(Optional.of(v), Optional.empty(), unit)
                : new Quantity.Parsed(Optional.of(muFromSquareMetres(v)), Optional.empty(), unit);
    }

    /** How far 用地 (亩) and 用地面积 (m²) may disagree before the figures are taken for a typing error. */
    public static final double LAND_TOLERANCE = 0.01;

    /**
     * Figures that cannot all be true, so no verdict is given on them: 用地 in 亩 and 用地面积 in m² disagreeing by more
     * than 1 % (10 亩 with 1,000 m²), a footprint larger than the site (建筑系数 over 100 %), a total floor area below
     * the footprint. Each problem names the field to correct.
     */
    public static List<Problem> implausible(Proposal p) {
        List<Problem> out = new ArrayList<>();
        if (p.landMu() > 0 && p.siteM2() > 0) {
            double fromMu = squareMetresFromMu(p.landMu());
            double off = Math.abs(fromMu - p.siteM2()) / Math.max(fromMu, p.siteM2());
            if (off > LAND_TOLERANCE) {
                out.add(new Problem("siteM2", Problem.Kind.IMPLAUSIBLE_LAND, p.landMu(), p.siteM2(), off));
            }
        }
        if (p.siteM2() > 0 && p.footprintM2() > p.siteM2()) {
            out.add(new Problem("footprintM2", Problem.Kind.IMPLAUSIBLE_COVERAGE, 100.0 * p.footprintM2() / p.siteM2()));
        }
        if (p.footprintM2() > 0 && p.floorM2() > 0 && p.floorM2() < p.footprintM2()) {
            out.add(new Problem("floorM2", Problem.Kind.IMPLAUSIBLE_FLOOR));
        }
        return out;
    }

    /** The value a rule measures, in the threshold's unit (建筑系数 in %). */
    public static Optional<Double> value(String code, Proposal p) {
        return switch (code) {
            case INVESTMENT_INTENSITY -> p.landMu() > 0 ? Optional.of(p.investmentWan() / p.landMu())
                    : Optional.empty();
            case TAX_PER_MU -> p.landMu() > 0 ? Optional.of(p.taxWan() / p.landMu()) : Optional.empty();
            case PLOT_RATIO -> p.siteM2() > 0 ? Optional.of(p.floorM2() / p.siteM2()) : Optional.empty();
            case BUILDING_COVERAGE -> p.siteM2() > 0 ? Optional.of(100.0 * p.footprintM2() / p.siteM2())
                    : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** Checks the proposal against every rule the workbench knows how to measure, with the standards of {@code year}. */
    public static List<Result> check(Proposal p, List<Threshold> thresholds, int year) {
        List<Result> out = new ArrayList<>();
        for (Threshold t : thresholds) {
            Optional<Threshold.Version> inForce = t.inForce(year);
            Optional<Threshold.Version> version = inForce.or(() -> t.after(year));
            Optional<Double> measured = value(t.code(), p);
            if (version.isEmpty() || measured.isEmpty()) {
                continue;
            }
            double v = measured.get();
            double bound = version.get().value();
            boolean lowerBound = t.comparator() == Enums.Comparator.GT || t.comparator() == Enums.Comparator.GE
                    || t.comparator() == Enums.Comparator.EQ;
            Verdict verdict = inForce.isEmpty() ? Verdict.NOT_IN_FORCE
                    : t.comparator().test(v, bound) ? Verdict.PASS : Verdict.FAIL;
            out.add(new Result(t, version.get(), v, verdict, lowerBound ? v - bound : bound - v));
        }
        return out;
    }

    /** True when no rule in force is missed. */
    public static boolean allPass(List<Result> results) {
        return results.stream().allMatch(Result::pass);
    }

    /** The rules a list of results misses. */
    public static List<Result> failures(List<Result> results) {
        return results.stream().filter(r -> r.verdict() == Verdict.FAIL).toList();
    }

    /** One rule's verdict as it was when a check was saved (the threshold may have changed since). */
    public record StoredVerdict(String thresholdCode, String name, String unit, Enums.Comparator comparator,
                                int fromYear, double thresholdValue, double value, Verdict verdict, double margin) {
        public static StoredVerdict of(Result r) {
            Threshold t = r.threshold();
            return new StoredVerdict(t.code(), t.name(), t.unit(), t.comparator(), r.version().fromYear(),
                    r.version().value(), r.value(), r.verdict(), r.margin());
        }
    }

    /**
     * A check saved with a project: the figures as entered (land also in the unit typed), the year whose standards
     * apply, who saved it and when, and the verdicts at that moment.
     */
    public record SavedCheck(long id, String projectCode, int year, Proposal proposal, double landEntered,
                             String landUnit, String at, String user, List<StoredVerdict> verdicts) {
        public SavedCheck {
            verdicts = List.copyOf(verdicts);
        }

        /** The verdicts against the thresholds as they are now, for the check's year. */
        public List<Result> recheck(List<Threshold> thresholds) {
            return check(proposal, thresholds, year);
        }

        public boolean storedAllPass() {
            return verdicts.stream().noneMatch(v -> v.verdict() == Verdict.FAIL);
        }

        /**
         * Whether the verdicts now (thresholds as they are, for the check's year) differ from the stored ones:
         * a threshold or one of its versions was changed after the check was saved.
         */
        public boolean differsFrom(List<Result> now) {
            if (now.size() != verdicts.size()) {
                return true;
            }
            for (Result r : now) {
                StoredVerdict s = verdicts.stream().filter(v -> v.thresholdCode().equals(r.threshold().code()))
                        .findFirst().orElse(null);
                if (s == null || s.verdict() != r.verdict() || s.thresholdValue() != r.version().value()
                        || s.fromYear() != r.version().fromYear()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The latest saved check of each project (by save time, then id), in the order given. */
    public static List<SavedCheck> latestPerProject(List<SavedCheck> checks) {
        java.util.Map<String, SavedCheck> latest = new java.util.LinkedHashMap<>();
        for (SavedCheck c : checks) {
            SavedCheck o = latest.get(c.projectCode());
            if (o == null || c.at().compareTo(o.at()) > 0 || (c.at().equals(o.at()) && c.id() > o.id())) {
                latest.put(c.projectCode(), c);
            }
        }
        return List.copyOf(latest.values());
    }
}
