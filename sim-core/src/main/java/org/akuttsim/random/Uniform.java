package org.akuttsim.random;

/** The continuous uniform distribution on [min, max]. */
public final class Uniform implements Distribution {

    private final double min;
    private final double max;

    private Uniform(double min, double max) {
        this.min = min;
        this.max = max;
    }

    /**
     * Requires finite {@code min < max}.
     *
     * @param min the lower end
     * @param max the upper end
     * @return the continuous uniform distribution on [min, max]
     */
    public static Uniform of(double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException("uniform needs finite min < max, were " + min + ", " + max);
        }
        return new Uniform(min, max);
    }

    @Override
    public double inverseCdf(double u) {
        Distribution.checkProbability(u);
        return min + u * (max - min);
    }

    @Override
    public double cdf(double x) {
        return x <= min ? 0.0 : x >= max ? 1.0 : (x - min) / (max - min);
    }

    @Override
    public double mean() {
        return 0.5 * (min + max);
    }

    @Override
    public double variance() {
        double w = max - min;
        return w * w / 12.0;
    }

    @Override
    public String toString() {
        return "Uniform(" + min + ", " + max + ")";
    }
}
