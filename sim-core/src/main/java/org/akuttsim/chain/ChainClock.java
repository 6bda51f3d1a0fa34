package org.akuttsim.chain;

/** The chain's calendar: minutes since Monday 00:00 of week 0, to hours of the day and of the week. */
final class ChainClock {

    private ChainClock() {
    }

    /** Hours since time 0. */
    static int hour(double t) {
        return (int) (t / 60.0);
    }

    /** Hour of the day, 0–23. */
    static int hourOfDay(double t) {
        return hour(t) % 24;
    }

    /** Hour of the week, 0 (Monday 00–01) to 167. */
    static int hourOfWeek(double t) {
        return hour(t) % Demand.HOURS_PER_WEEK;
    }
}
