package org.akuttsim.chain;

/**
 * The chain's calendar: minutes since Monday 00:00 of week 0, to hours since time 0, of the day and
 * of the week. Hour h is the interval [60·h, 60·(h + 1)).
 */
public final class ChainClock {

    private static final double PER_MINUTE = 1.0 / 60.0;

    private ChainClock() {
    }

    /**
     * Hours since time 0: the h with 60·h ≤ t &lt; 60·(h + 1), for 0 ≤ t &lt; 2^31 hours. A product
     * and a correction instead of a division (the chain asks for it several times per call; the
     * product is within one hour of the truth, and the comparisons are exact).
     *
     * @param t a simulation time, in minutes (&ge; 0)
     * @return the hours since time 0
     */
    public static int hour(double t) {
        int h = (int) (t * PER_MINUTE);
        if (60.0 * h > t) {
            h--;
        } else if (60.0 * (h + 1.0) <= t) {
            h++;
        }
        return h;
    }

    /**
     * Hour of the day, 0–23.
     *
     * @param t a simulation time, in minutes
     * @return the hour of the day
     */
    public static int hourOfDay(double t) {
        return hour(t) % 24;
    }

    /**
     * Hour of the week, 0 (Monday 00–01) to 167.
     *
     * @param t a simulation time, in minutes
     * @return the hour of the week
     */
    public static int hourOfWeek(double t) {
        return hour(t) % Demand.HOURS_PER_WEEK;
    }
}
