package org.akuttsim.random;

/**
 * Arrival times of a non-homogeneous Poisson process with a {@link WeeklyRate}, starting at time 0.
 *
 * <p><b>Method: inversion of the cumulative intensity</b> (Çinlar). If E₁, E₂, … are independent
 * unit-rate exponentials, the times {@code Λ⁻¹(E₁ + … + E_k)} are the arrivals of a Poisson
 * process with intensity λ(t), where Λ is the cumulative intensity. Because λ is piecewise
 * constant, Λ is piecewise linear and its inverse is a binary search over the week's 169
 * cumulative values and one division. Each arrival costs exactly one uniform, whatever the rate:
 * unlike thinning against the week's peak rate, no uniforms are spent on rejected candidates, and
 * an hour with rate zero is simply skipped. The position is kept as (whole weeks, expected count
 * within the week), so a year of arrivals loses no precision.
 *
 * <p><b>Thinning for scenario comparisons.</b> To compare scenarios whose rates differ (e.g.
 * 2021 and 2035 populations) under common random numbers, generate <em>candidates</em> with a
 * process at an envelope rate that covers every scenario ({@link WeeklyRate#envelope}), give each
 * candidate its own uniform mark (e.g. the next number of a separate "marks" stream, drawn for
 * every candidate whether or not it is accepted, or the first uniform of the call's
 * {@link KeyedRandom}), and accept it in a scenario when
 * {@code scenarioRate.accepts(t, mark, envelope)}. Every scenario then sees the same candidate
 * times and marks, and a scenario with higher rates accepts a superset of another's calls:
 * <pre>{@code
 * WeeklyArrivalProcess candidates = new WeeklyArrivalProcess(envelope, streams.stream("arrivals"));
 * RandomStream marks = streams.stream("arrivalMarks");
 * double t = candidates.next();
 * if (scenarioRate.accepts(t, marks.nextDouble(), envelope)) { ... a call at t ... }
 * }</pre>
 * The candidate number ({@link #count()}) is a stable identity for the call across scenarios.
 *
 * <p>Not thread-safe (it owns a position in a stream); one per source per replication.
 */
public final class WeeklyArrivalProcess {

    private final WeeklyRate rate;
    private final RandomStream stream;
    private final double perWeek;
    private long week;
    private double withinWeek; // expected count from the start of the current week, in [0, perWeek)
    private long count;

    /**
     * A process starting at time 0 that draws one uniform of {@code stream} per arrival.
     *
     * @param rate the weekly rate profile; time 0 is Monday 00:00
     * @param stream the stream that supplies one uniform per arrival
     */
    public WeeklyArrivalProcess(WeeklyRate rate, RandomStream stream) {
        if (rate == null || stream == null) {
            throw new IllegalArgumentException("rate and stream must not be null");
        }
        this.rate = rate;
        this.stream = stream;
        this.perWeek = rate.perWeek();
    }

    /**
     * The next arrival time (non-decreasing from call to call), or +∞ if the rate is zero all week.
     *
     * @return the next arrival time, in the rate's time unit
     */
    public double next() {
        if (perWeek == 0.0) {
            return Double.POSITIVE_INFINITY;
        }
        double y = withinWeek - Math.log(1.0 - stream.nextDouble());
        if (y >= perWeek) {
            double weeks = Math.floor(y / perWeek);
            week += (long) weeks;
            y -= weeks * perWeek;
            if (y >= perWeek) { // rounding at an exact multiple
                week++;
                y -= perWeek;
            }
            if (y < 0.0) {
                y = 0.0;
            }
        }
        withinWeek = y;
        count++;
        return week * rate.weekLength() + rate.inverseWithinWeek(y);
    }

    /**
     * Arrivals (candidates) generated so far; the k-th call of {@link #next()} makes it k.
     *
     * @return the number of arrivals generated
     */
    public long count() {
        return count;
    }

    /** {@return the weekly rate profile this process follows} */
    public WeeklyRate rate() {
        return rate;
    }
}
