package org.akuttsim.scenarios.report;

import org.akuttsim.experiment.ExperimentResult;
import org.akuttsim.stats.ConfidenceInterval;

/**
 * The answer to a report's {@link Question} in words, generated from the results: the lever's effect on
 * readiness with its interval and what it is compared with, the share of the growth's loss it recovers
 * (in words such as "a twelfth" when that is close), and what it costs or gains the sickest. Signs and
 * significance decide the wording: an interval that covers zero is "no detectable" change, never a
 * gain or a loss.
 */
final class AnswerSentence {

    /** Fractions named in words: {numerator, denominator, words}. */
    private static final Object[][] FRACTIONS = {
            {1, 1, "all"}, {3, 4, "three quarters"}, {2, 3, "two thirds"}, {1, 2, "half"}, {1, 3, "a third"},
            {1, 4, "a quarter"}, {1, 5, "a fifth"}, {1, 6, "a sixth"}, {1, 7, "a seventh"}, {1, 8, "an eighth"},
            {1, 9, "a ninth"}, {1, 10, "a tenth"}, {1, 12, "a twelfth"}, {1, 15, "a fifteenth"}, {1, 20, "a twentieth"}};

    private AnswerSentence() {
    }

    /** The answer as plain text (sentences, no markup). */
    static String of(ExperimentResult r, Question q) {
        String lb = q.lever().base(), la = q.lever().alternative();
        String gb = q.growth().base(), ga = q.growth().alternative();
        ConfidenceInterval lever = Effects.of(r, q.lever(), q.readiness());
        ConfidenceInterval growth = Effects.of(r, q.growth(), q.readiness());
        StringBuilder s = new StringBuilder();
        String what = readinessName(q.readiness());
        String effect = pp(lever);
        if (!Effects.significant(lever)) {
            s.append("With ").append(q.leverName()).append(", ").append(what).append(" shows no detectable change: ")
                    .append(effect).append(" (").append(la).append(" minus ").append(lb)
                    .append("; the interval includes zero).");
        } else {
            s.append("With ").append(q.leverName()).append(", ").append(what).append(lever.mean() > 0 ? " rises by " : " falls by ")
                    .append(magnitude(lever)).append(" against ").append(lb).append(" without it.");
            if (Effects.significant(growth) && growth.mean() < 0 && lever.mean() > 0) {
                double[] share = Effects.recoveredShare(r, q.growth(), q.lever(), q.readiness());
                s.append(" That recovers ").append(fractionWords(share[0])).append(" (")
                        .append(Numbers.fmt(100 * share[0], 0)).append(" % [").append(Numbers.fmt(100 * share[1], 0))
                        .append(", ").append(Numbers.fmt(100 * share[2], 0)).append("]) of the ")
                        .append(Numbers.fmt(-100 * growth.mean(), 1)).append(" pp that growth from ").append(gb).append(" to ")
                        .append(ga).append(" takes away.");
            } else if (Effects.significant(growth) && growth.mean() < 0) {
                s.append(" That adds to the ").append(Numbers.fmt(-100 * growth.mean(), 1)).append(" pp that growth from ")
                        .append(gb).append(" to ").append(ga).append(" takes away.");
            } else {
                s.append(" Growth from ").append(gb).append(" to ").append(ga).append(" changes it by ").append(pp(growth))
                        .append(Effects.significant(growth) ? "." : ", no detectable change, so there is no loss to recover.");
            }
        }
        ConfidenceInterval sick = Effects.of(r, q.lever(), q.sickest());
        String minutes = Numbers.interval(sick.mean(), sick.low(), sick.high(), 1, true) + " min";
        if (Double.isNaN(sick.mean())) {
            s.append(" The response time of the sickest could not be measured (no such calls).");
        } else if (!Effects.significant(sick)) {
            s.append(" For patients whose true need is RED, the 90th-percentile response time shows no detectable change (")
                    .append(minutes).append(").");
        } else if (sick.mean() < 0) {
            s.append(" It costs the sickest nothing: patients whose true need is RED are reached ")
                    .append(Numbers.fmt(-sick.mean(), Numbers.decimalsFor(sick.mean(), sick.low(), sick.high(), 1)))
                    .append(" min sooner at the 90th percentile (").append(minutes).append(").");
        } else {
            s.append(" It costs the sickest: patients whose true need is RED are reached ")
                    .append(Numbers.fmt(sick.mean(), Numbers.decimalsFor(sick.mean(), sick.low(), sick.high(), 1)))
                    .append(" min later at the 90th percentile (").append(minutes).append(").");
        }
        return s.toString();
    }

    /** "+1.3 pp [1.1, 1.5]" for a share difference. */
    static String pp(ConfidenceInterval c) {
        return Numbers.interval(100 * c.mean(), 100 * c.low(), 100 * c.high(), 1, true) + " pp";
    }

    /** "1.3 pp [1.1, 1.5]" for a difference whose sign the verb already says (bounds as magnitudes). */
    static String magnitude(ConfidenceInterval c) {
        double lo = Math.min(Math.abs(c.low()), Math.abs(c.high())), hi = Math.max(Math.abs(c.low()), Math.abs(c.high()));
        return Numbers.interval(100 * Math.abs(c.mean()), 100 * lo, 100 * hi, 1, false) + " pp";
    }

    private static String readinessName(String metric) {
        return switch (metric) {
            case "readiness.meanOverDistricts" -> "local readiness (mean over districts)";
            case "readiness.populationWeighted" -> "local readiness (population-weighted)";
            default -> metric;
        };
    }

    /**
     * A share in words: the nearest named fraction when it is within 15 % of it ("about a twelfth"),
     * else "about N %"; "less than a twentieth" below 1/20 and "more than all" above 1.15.
     */
    static String fractionWords(double share) {
        if (Double.isNaN(share)) {
            return "an unknown share";
        }
        if (share > 1.15) {
            return "more than all";
        }
        if (share < 0.05 * 0.85) {
            return "less than a twentieth";
        }
        String best = null;
        double bestError = 0.15;
        for (Object[] f : FRACTIONS) {
            double v = ((Integer) f[0]).doubleValue() / (Integer) f[1];
            double error = Math.abs(share - v) / v;
            if (error <= bestError) {
                best = (String) f[2];
                bestError = error;
            }
        }
        if (best != null) {
            return "about " + best;
        }
        return "about " + Numbers.fmt(100 * share, 0) + " %";
    }
}
