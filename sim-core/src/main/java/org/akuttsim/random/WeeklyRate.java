package org.akuttsim.random;

import java.util.Arrays;

/**
 * An arrival rate that is constant within each of the 168 hours of a week and repeats every week:
 * the shape of emergency-call demand by hour of day and day of week.
 *
 * <p>Model time 0 is the start of hour 0 of the week (by the project's convention Monday 00:00);
 * {@code timeUnitsPerHour} says how long an hour is in model time (60 for a model that counts in
 * minutes, 1 for one that counts in hours). Rates are given in events per <em>hour</em>, as
 * published figures are, and reported by {@link #rateAt(double)} in events per model time unit.
 *
 * <p>Immutable. It knows the cumulative intensity Λ(t) (expected events in [0, t]) and its
 * inverse, which {@link WeeklyArrivalProcess} uses to generate arrivals, and it supports thinning
 * against an envelope rate ({@link #accepts(double, double, WeeklyRate)}).
 */
public final class WeeklyRate {

    /** Hours in a week. */
    public static final int HOURS = 168;

    private final double[] perHour;       // events per hour, as given
    private final double[] perTimeUnit;   // events per model time unit
    private final double[] cumulative;    // cumulative[i] = expected events in hours [0, i) of a week
    private final double hourLength;
    private final double weekLength;

    private WeeklyRate(double[] perHour, double hourLength) {
        this.perHour = perHour;
        this.hourLength = hourLength;
        this.weekLength = HOURS * hourLength;
        this.perTimeUnit = new double[HOURS];
        this.cumulative = new double[HOURS + 1];
        for (int i = 0; i < HOURS; i++) {
            perTimeUnit[i] = perHour[i] / hourLength;
            cumulative[i + 1] = cumulative[i] + perHour[i];
        }
    }

    /**
     * @param eventsPerHour    168 non-negative finite rates, hour 0 = Monday 00:00–01:00
     * @param timeUnitsPerHour model time units in one hour (&gt; 0), e.g. 60 for minutes
     * @return the weekly profile with those hourly rates
     */
    public static WeeklyRate ofHourlyRates(double[] eventsPerHour, double timeUnitsPerHour) {
        if (eventsPerHour == null || eventsPerHour.length != HOURS) {
            throw new IllegalArgumentException("a weekly rate needs " + HOURS + " hourly rates, got "
                    + (eventsPerHour == null ? "null" : eventsPerHour.length));
        }
        if (!(timeUnitsPerHour > 0.0) || timeUnitsPerHour == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("time units per hour must be > 0 and finite, was " + timeUnitsPerHour);
        }
        for (int i = 0; i < HOURS; i++) {
            double r = eventsPerHour[i];
            if (!(r >= 0.0) || r == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("rate for hour of week " + i + " (day " + (i / 24) + ", hour "
                        + (i % 24) + ") must be finite and >= 0, was " + r);
            }
        }
        return new WeeklyRate(eventsPerHour.clone(), timeUnitsPerHour);
    }

    /**
     * The same rate in every hour of the week.
     *
     * @param eventsPerHour the rate in every hour (&ge; 0)
     * @param timeUnitsPerHour model time units in one hour (&gt; 0)
     * @return the constant weekly profile
     */
    public static WeeklyRate constant(double eventsPerHour, double timeUnitsPerHour) {
        double[] r = new double[HOURS];
        Arrays.fill(r, eventsPerHour);
        return ofHourlyRates(r, timeUnitsPerHour);
    }

    /**
     * The hour-by-hour maximum of several rates on the same clock: the envelope from which every
     * one of them can be obtained by thinning.
     *
     * @param first a rate
     * @param others more rates on the same clock
     * @return the hourly maximum of all of them
     */
    public static WeeklyRate envelope(WeeklyRate first, WeeklyRate... others) {
        double[] max = first.perHour.clone();
        for (WeeklyRate o : others) {
            if (o.hourLength != first.hourLength) {
                throw new IllegalArgumentException("rates on different clocks (" + first.hourLength + " and "
                        + o.hourLength + " time units per hour)");
            }
            for (int i = 0; i < HOURS; i++) {
                max[i] = Math.max(max[i], o.perHour[i]);
            }
        }
        return new WeeklyRate(max, first.hourLength);
    }

    /**
     * This rate multiplied by {@code factor} (&ge; 0) in every hour, e.g. for demand growth.
     *
     * @param factor the multiplier (&ge; 0)
     * @return the scaled rate, on the same clock
     */
    public WeeklyRate scaled(double factor) {
        if (!(factor >= 0.0) || factor == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("scale factor must be finite and >= 0, was " + factor);
        }
        double[] r = new double[HOURS];
        for (int i = 0; i < HOURS; i++) {
            r[i] = perHour[i] * factor;
        }
        return new WeeklyRate(r, hourLength);
    }

    /**
     * Model time units in one hour.
     *
     * @return model time units in one hour (e.g. 60 for minutes)
     */
    public double hourLength() {
        return hourLength;
    }

    /**
     * Model time units in one week.
     *
     * @return model time units in one week, 168 hours
     */
    public double weekLength() {
        return weekLength;
    }

    /**
     * The given rate of hour {@code hourOfWeek} (0..167), in events per hour.
     *
     * @param hourOfWeek the hour, 0 = Monday 00:00–01:00
     * @return events per hour in that hour
     */
    public double perHour(int hourOfWeek) {
        return perHour[hourOfWeek];
    }

    /**
     * Expected events per week.
     *
     * @return the expected number of events in one week
     */
    public double perWeek() {
        return cumulative[HOURS];
    }

    /**
     * The hour of the week (0..167) that contains time {@code t} (&ge; 0).
     *
     * @param t a model time
     * @return the hour of the week, 0..167
     */
    public int hourOfWeek(double t) {
        double inWeek = t - Math.floor(t / weekLength) * weekLength;
        int h = (int) (inWeek / hourLength);
        return h < HOURS ? h : HOURS - 1;
    }

    /**
     * The rate at time {@code t}, in events per model time unit.
     *
     * @param t a model time (&ge; 0)
     * @return the rate at {@code t}, in events per model time unit
     */
    public double rateAt(double t) {
        return perTimeUnit[hourOfWeek(t)];
    }

    /**
     * Λ(t): the expected number of events in [0, t], for t &ge; 0.
     *
     * @param t a model time (&ge; 0)
     * @return Λ(t), the expected number of events from 0 to {@code t}
     */
    public double cumulative(double t) {
        if (!(t >= 0.0)) {
            throw new IllegalArgumentException("time must be >= 0, was " + t);
        }
        double weeks = Math.floor(t / weekLength);
        double inWeek = t - weeks * weekLength;
        int h = (int) (inWeek / hourLength);
        if (h >= HOURS) {
            h = HOURS - 1;
        }
        return weeks * cumulative[HOURS] + cumulative[h] + (inWeek - h * hourLength) * perTimeUnit[h];
    }

    /**
     * The expected number of events in [from, to].
     *
     * @param from the start, a model time (&ge; 0)
     * @param to the end, a model time (&ge; from)
     * @return Λ(to) - Λ(from)
     */
    public double expectedCount(double from, double to) {
        if (!(to >= from)) {
            throw new IllegalArgumentException("interval end " + to + " is before its start " + from);
        }
        return cumulative(to) - cumulative(from);
    }

    /**
     * The time within a week (in [0, weekLength)) at which the expected count since the start of
     * the week reaches {@code y}, for {@code 0 <= y < perWeek()}: the earliest such time, so hours
     * with rate zero are skipped, never landed in.
     */
    double inverseWithinWeek(double y) {
        // Smallest i in 1..HOURS with cumulative[i] > y; hour i-1 then has a positive rate.
        int lo = 1;
        int hi = HOURS;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > y) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        int h = lo - 1;
        double into = (y - cumulative[h]) / perTimeUnit[h];
        return h * hourLength + Math.min(into, hourLength);
    }

    /**
     * Thinning: whether a candidate generated at {@code envelope}'s rate at time {@code t}, carrying
     * the uniform {@code mark}, is an arrival of this (lower) rate, i.e.
     * {@code mark · envelope(t) < this(t)}. Accepted with probability this(t) / envelope(t), so the
     * accepted candidates form a Poisson process at this rate.
     *
     * <p>Why: with the envelope's candidates and marks shared by all scenarios (common random
     * numbers), a scenario whose rate is higher in every hour accepts a superset of the calls of a
     * scenario with a lower rate — population growth adds calls and never moves existing ones.
     * The envelope must cover this rate in every hour (see {@link #coveredBy(WeeklyRate)}).
     *
     * @param t the candidate's time
     * @param mark the candidate's uniform on [0, 1)
     * @param envelope the rate the candidates were generated at; covers this rate
     * @return true when the candidate is an arrival of this rate
     */
    public boolean accepts(double t, double mark, WeeklyRate envelope) {
        int h = hourOfWeek(t);
        return mark * envelope.perHour[h] < perHour[h];
    }

    /**
     * True if {@code envelope} has the same clock and is at least this rate in every hour.
     *
     * @param envelope the candidate envelope
     * @return true when this rate can be obtained from {@code envelope} by thinning
     */
    public boolean coveredBy(WeeklyRate envelope) {
        if (envelope.hourLength != hourLength) {
            return false;
        }
        for (int i = 0; i < HOURS; i++) {
            if (envelope.perHour[i] < perHour[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return "WeeklyRate(" + perWeek() + " per week, " + hourLength + " time units per hour)";
    }
}
