package org.akuttsim.chain.hospital;

import java.util.Arrays;

/**
 * One hospital's emergency department and ward in {@link EmergencyDepartments}: its state, its
 * pending happenings and its streamed statistics, as plain fields of one object.
 *
 * <p>Why an object per hospital rather than arrays indexed by hospital: every happening reads and
 * writes a dozen of these values, and a field is one load where an array element is a load of the
 * array, a bounds check and a load — about a third of the department's instructions went to that.
 * The fields are package-private: {@link PatientFlow} moves the patients and changes them directly;
 * this class keeps the time-weighted statistics ({@link #integrateTo}).
 */
final class Department {

    static final double MINUTES_PER_HOUR = 60.0;
    static final double MINUTES_PER_DAY = 1440.0;
    private static final double FOUR_HOURS = 240.0;
    /** Histogram range for waits, stays and offload delays: one week in 1-minute bins. */
    private static final double HIST_LIMIT = 7 * MINUTES_PER_DAY;

    final int index;
    final String id;
    final int spaces;
    final int beds;

    // Walk-ins and referrals: their processes and the time of each one's next arrival (∞: none).
    final HourlyArrivals walkIns;
    final HourlyArrivals referrals;
    double nextWalkIn = Double.POSITIVE_INFINITY;
    double nextReferral = Double.POSITIVE_INFINITY;

    // Pending happenings (see PatientFlow.settle): treatment ends (at most the spaces) and
    // ward discharges (one per busy bed, so their number is the ward's occupancy).
    final EndTimes treatmentEnds;
    final EndTimes wardEnds;
    /**
     * When the longest-boarding patient moves to a corridor bed ({@link WardRelief}; +∞ while nobody
     * boards or without corridor beds). Boarders queue in order of admission, so theirs is the first.
     */
    double boardDeadline = Double.POSITIVE_INFINITY;
    /** The earliest pending happening (or earlier: a lower bound is enough to know when to settle). */
    double nextHappening = Double.POSITIVE_INFINITY;

    // State.
    int inEd;
    int busySpaces;
    int ambulanceWaiting; // ambulance patients in the queues
    int boarding;
    boolean wakePending;
    long wakeHandle;
    double wakeTime;
    final int[] queueHead; // [need]: patient slots linked through Patient.next
    final int[] queueTail;
    int boardHead = Patient.NONE;
    int boardTail = Patient.NONE;

    // Totals since time 0 (never reset): conservation checks.
    long arrivedTotal;
    long dischargedTotal;
    long toWardTotal;

    // Statistics since the last reset.
    final long[] arrivals = new long[3]; // [source]
    double lastChange;
    /** Hour of day of {@link #lastChange} (as the original formula gives it) and the end of that hour. */
    private int hourOfDay;
    private double hourEnd;
    double[] timeAtLevel; // [patients in ED]
    final double[] areaByHourOfDay = new double[24];
    double timeAtOrAboveCapacity;
    double busyArea;
    double wardArea;
    /** Time integral of the ward patients above the beds (corridor patients). */
    double corridorArea;
    final MinuteHistogram wait = new MinuteHistogram(1.0, HIST_LIMIT, FOUR_HOURS);
    final MinuteHistogram los = new MinuteHistogram(1.0, HIST_LIMIT, FOUR_HOURS);
    final MinuteHistogram offloadDelay = new MinuteHistogram(1.0, HIST_LIMIT, FOUR_HOURS);
    double offloadTimeSum;
    long admissions;
    long discharges;
    long boardedPatients;
    double boardingSum;
    long wardEntries;
    long corridorEntries; // boarders moved to a corridor bed at their boarding limit
    long shortenedStays; // ward stays shortened by discharge pressure
    double wardStaySum; // realised ward stays (minutes), at entry

    Department(int index, EmergencyDepartmentSpec spec, int needs, HourlyArrivals walkIns, HourlyArrivals referrals, double now) {
        this.index = index;
        this.id = spec.id();
        this.spaces = spec.treatmentSpaces();
        this.beds = spec.wardBeds();
        this.walkIns = walkIns;
        this.referrals = referrals;
        treatmentEnds = new EndTimes(spaces);
        wardEnds = new EndTimes(beds);
        queueHead = new int[needs];
        queueTail = new int[needs];
        Arrays.fill(queueHead, Patient.NONE);
        Arrays.fill(queueTail, Patient.NONE);
        timeAtLevel = new double[4 * spaces + 16];
        restartAt(now);
    }

    /** The earliest of the pending happenings, recomputed. */
    double earliestHappening() {
        return Math.min(Math.min(Math.min(nextWalkIn, nextReferral), Math.min(treatmentEnds.first(), wardEnds.first())),
                boardDeadline);
    }

    /** Starts the statistics' clock at {@code now} (construction, reset). */
    void restartAt(double now) {
        lastChange = now;
        cacheHourOf(now);
    }

    /**
     * Integrates the time-weighted statistics up to {@code now} (not before the last change) with the
     * state unchanged. The sums receive the same terms in the same order as one integration per event
     * would give them.
     */
    void integrateTo(double now) {
        double from = lastChange;
        if (now <= from) {
            return;
        }
        double dt = now - from;
        int level = inEd;
        double[] atLevel = timeAtLevel;
        if (level >= atLevel.length) {
            atLevel = growTimeAtLevel(level);
        }
        atLevel[level] += dt;
        if (level >= spaces) {
            timeAtOrAboveCapacity += dt;
        }
        busyArea += busySpaces * dt;
        int inWard = wardEnds.size();
        wardArea += inWard * dt;
        if (inWard > beds) {
            corridorArea += (inWard - beds) * dt;
        }
        lastChange = now;
        if (now <= hourEnd) { // the usual case: no hour boundary in between
            areaByHourOfDay[hourOfDay] += level * dt;
            if (now >= hourEnd - 1.0) {
                cacheHourOf(now); // near the boundary: the hour of `now` by the exact formula
            }
            return;
        }
        splitByHour(from, now, level);
    }

    /**
     * Occupancy by hour of day over [from, now) when it crosses an hour's end: the interval split at
     * hour boundaries. A method of its own (once an hour or so) keeps {@link #integrateTo}, which the
     * ED's steps inline, small.
     */
    private void splitByHour(double from, double now, int level) {
        double t = from;
        while (t < now) {
            double hourStart = Math.floor(t / MINUTES_PER_HOUR) * MINUTES_PER_HOUR;
            double segEnd = Math.min(now, hourStart + MINUTES_PER_HOUR);
            areaByHourOfDay[(int) ((long) (hourStart / MINUTES_PER_HOUR) % 24)] += level * (segEnd - t);
            t = segEnd;
        }
        cacheHourOf(now);
    }

    private double[] growTimeAtLevel(int level) {
        timeAtLevel = Arrays.copyOf(timeAtLevel, Math.max(level + 1, timeAtLevel.length * 2));
        return timeAtLevel;
    }

    /**
     * Caches the hour of {@code t} as {@code (long) (t / 60)} gives it, and that hour's end. More than a
     * minute before the end, a later time in the same interval has the same hour by that formula (the
     * division's rounding is ~1e-16 relative), so {@link #integrateTo} recomputes it only within the
     * last minute of an hour or past its end.
     */
    private void cacheHourOf(double t) {
        long hour = (long) (t / MINUTES_PER_HOUR);
        hourOfDay = (int) (hour % 24);
        hourEnd = (hour + 1) * MINUTES_PER_HOUR;
    }

    /** Discards the statistics (not the state) at {@code now}; the caller has settled up to now. */
    void resetStatistics(double now) {
        restartAt(now);
        Arrays.fill(arrivals, 0);
        Arrays.fill(timeAtLevel, 0);
        Arrays.fill(areaByHourOfDay, 0);
        timeAtOrAboveCapacity = 0;
        busyArea = 0;
        wardArea = 0;
        corridorArea = 0;
        wait.reset();
        los.reset();
        offloadDelay.reset();
        offloadTimeSum = 0;
        admissions = 0;
        discharges = 0;
        boardedPatients = 0;
        boardingSum = 0;
        wardEntries = 0;
        corridorEntries = 0;
        shortenedStays = 0;
        wardStaySum = 0;
    }

    /** Time-weighted mean number of patients in the ED since the reset (up to its last change). */
    double occupancyMean() {
        double sum = 0;
        double area = 0;
        double[] a = timeAtLevel;
        for (int k = 0; k < a.length; k++) {
            sum += a[k];
            area += k * a[k];
        }
        return sum > 0 ? area / sum : Double.NaN;
    }

    /** The smallest level L with share of time at levels ≤ L at least {@code p}. */
    double occupancyQuantile(double p) {
        double[] a = timeAtLevel;
        double sum = 0;
        for (double v : a) {
            sum += v;
        }
        if (!(sum > 0)) {
            return Double.NaN;
        }
        double cum = 0;
        for (int k = 0; k < a.length; k++) {
            cum += a[k];
            if (cum >= p * sum * (1 - 1e-12)) {
                return k;
            }
        }
        return a.length - 1;
    }

    /** Mean occupancy by hour of day since {@code statStart} (up to the last change). */
    double[] occupancyByHourOfDay(double statStart) {
        // Time observed in each hour of day since the reset, by the same splitting as integrateTo().
        double[] time = new double[24];
        double t = statStart;
        double end = lastChange;
        while (t < end) {
            double hourStart = Math.floor(t / MINUTES_PER_HOUR) * MINUTES_PER_HOUR;
            double segEnd = Math.min(end, hourStart + MINUTES_PER_HOUR);
            if (segEnd - t >= MINUTES_PER_HOUR && end - t >= MINUTES_PER_DAY) {
                // Whole days at once.
                double days = Math.floor((end - t) / MINUTES_PER_DAY);
                for (int i = 0; i < 24; i++) {
                    time[i] += days * MINUTES_PER_HOUR;
                }
                t += days * MINUTES_PER_DAY;
                continue;
            }
            time[(int) ((long) (hourStart / MINUTES_PER_HOUR) % 24)] += segEnd - t;
            t = segEnd;
        }
        double[] mean = new double[24];
        for (int i = 0; i < 24; i++) {
            mean[i] = time[i] > 0 ? areaByHourOfDay[i] / time[i] : Double.NaN;
        }
        return mean;
    }
}
