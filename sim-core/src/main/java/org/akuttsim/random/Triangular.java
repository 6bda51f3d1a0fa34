package org.akuttsim.random;

/**
 * The triangular distribution on [min, max] with its peak at {@code mode}: the usual choice when
 * only "shortest, most likely, longest" is known (e.g. an expert's estimate of a handover time).
 */
public final class Triangular implements Distribution {

    private final double min;
    private final double mode;
    private final double max;
    private final double modeProbability; // F(mode)

    private Triangular(double min, double mode, double max) {
        this.min = min;
        this.mode = mode;
        this.max = max;
        this.modeProbability = (mode - min) / (max - min);
    }

    /**
     * Requires finite {@code min <= mode <= max} and {@code min < max}.
     *
     * @param min the lower end of the support
     * @param mode the most likely value
     * @param max the upper end of the support
     * @return the triangular distribution
     */
    public static Triangular of(double min, double mode, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(mode) || !Double.isFinite(max)) {
            throw new IllegalArgumentException("triangular min, mode and max must be finite, were "
                    + min + ", " + mode + ", " + max);
        }
        if (!(min <= mode && mode <= max && min < max)) {
            throw new IllegalArgumentException("triangular needs min <= mode <= max and min < max, were "
                    + min + ", " + mode + ", " + max);
        }
        return new Triangular(min, mode, max);
    }

    @Override
    public double inverseCdf(double u) {
        Distribution.checkProbability(u);
        if (u <= modeProbability) {
            return min + Math.sqrt(u * (max - min) * (mode - min));
        }
        return max - Math.sqrt((1.0 - u) * (max - min) * (max - mode));
    }

    @Override
    public double cdf(double x) {
        if (x <= min) {
            return 0.0;
        }
        if (x >= max) {
            return 1.0;
        }
        if (x <= mode) {
            return (x - min) * (x - min) / ((max - min) * (mode - min));
        }
        return 1.0 - (max - x) * (max - x) / ((max - min) * (max - mode));
    }

    @Override
    public double mean() {
        return (min + mode + max) / 3.0;
    }

    @Override
    public double variance() {
        return (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18.0;
    }

    @Override
    public String toString() {
        return "Triangular(" + min + ", " + mode + ", " + max + ")";
    }
}
