package org.akuttsim.stats;

/**
 * Time average, variance and maximum of a piecewise-constant level: queue length, units busy,
 * occupied ED treatment spaces. The level holds its value from one {@link #update} to the next;
 * each segment contributes its value weighted by its duration.
 *
 * <p>The mean and variance are kept with the weighted form of Welford's update (West, 1979), so
 * they stay accurate over long horizons. {@link #mean(double)} and {@link #variance(double)} include
 * the current level up to the time asked, without changing the statistic.
 *
 * <p>Warm-up: {@link #reset(double)} at the end of the warm-up forgets the history but keeps the
 * current level, which is the state the system is in when observation starts.
 */
public final class TimeWeighted {

    private double level;
    private double lastTime;
    private double startTime;
    private double weight;   // observed duration so far (up to lastTime)
    private double mean;
    private double s;        // Σ w (x − mean)², weighted Welford
    private double max;

    /** A level of 0 from time 0. */
    public TimeWeighted() {
        this(0.0, 0.0);
    }

    /**
     * A level of {@code initialLevel} from time {@code startTime}.
     *
     * @param startTime when observation starts
     * @param initialLevel the level from then on
     */
    public TimeWeighted(double startTime, double initialLevel) {
        checkFinite(startTime, "start time");
        checkFinite(initialLevel, "level");
        this.startTime = startTime;
        this.lastTime = startTime;
        this.level = initialLevel;
        this.max = initialLevel;
    }

    /**
     * The level changes to {@code newValue} at time {@code now}.
     *
     * @param now the time of the change (&ge; the previous update's)
     * @param newValue the level from {@code now} on
     * @throws IllegalArgumentException if {@code now} lies before the previous update, or a value is not finite
     */
    public void update(double now, double newValue) {
        if (!(now >= lastTime) || now == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("time must be finite and >= the last update (" + lastTime + "), was " + now);
        }
        if (newValue - newValue != 0.0) {
            throw new IllegalArgumentException("level must be finite, was " + newValue);
        }
        double w = now - lastTime;
        if (w > 0.0) {
            double total = weight + w;
            double delta = level - mean;
            double r = delta * w / total;
            mean += r;
            s += weight * delta * r;
            weight = total;
        }
        lastTime = now;
        level = newValue;
        if (newValue > max) {
            max = newValue;
        }
    }

    /**
     * Adds {@code delta} to the current level at time {@code now} (e.g. +1 when a unit leaves).
     *
     * @param now the time of the change
     * @param delta the change of the level
     */
    public void add(double now, double delta) {
        update(now, level + delta);
    }

    /**
     * Forgets the history up to {@code now}, keeping the current level (end of warm-up).
     *
     * @param now the new start of observation
     */
    public void reset(double now) {
        if (!(now >= lastTime) || now == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("reset time must be finite and >= the last update (" + lastTime + "), was " + now);
        }
        startTime = now;
        lastTime = now;
        weight = 0.0;
        mean = 0.0;
        s = 0.0;
        max = level;
    }

    /**
     * The current level.
     *
     * @return the level since the last update
     */
    public double level() {
        return level;
    }

    /**
     * When observation started (construction or the last reset).
     *
     * @return the start time
     */
    public double startTime() {
        return startTime;
    }

    /**
     * Time average of the level over [start, now]; NaN when no time has passed.
     *
     * @param now the end of the averaging window (&ge; the last update)
     * @return the time-average level
     */
    public double mean(double now) {
        double w = checkedSpan(now);
        double total = weight + w;
        if (total <= 0.0) {
            return Double.NaN;
        }
        return mean + (level - mean) * w / total;
    }

    /**
     * Time-weighted (population) variance of the level over [start, now]; NaN when no time has passed.
     *
     * @param now the end of the window (&ge; the last update)
     * @return the time-weighted variance
     */
    public double variance(double now) {
        double w = checkedSpan(now);
        double total = weight + w;
        if (total <= 0.0) {
            return Double.NaN;
        }
        double delta = level - mean;
        return (s + weight * delta * delta * w / total) / total;
    }

    /**
     * The largest level held since the start (including the level at the start).
     *
     * @return the maximum level
     */
    public double max() {
        return max;
    }

    /**
     * The integral of the level over [start, now] (e.g. unit-hours busy).
     *
     * @param now the end of the window (&ge; the last update)
     * @return the area under the level, in level × time units
     */
    public double area(double now) {
        double w = checkedSpan(now);
        return mean * weight + level * w;
    }

    private double checkedSpan(double now) {
        if (!(now >= lastTime)) {
            throw new IllegalArgumentException("time must be >= the last update (" + lastTime + "), was " + now);
        }
        return now - lastTime;
    }

    private static void checkFinite(double x, String what) {
        if (x - x != 0.0) {
            throw new IllegalArgumentException(what + " must be finite, was " + x);
        }
    }
}
