package org.akuttsim.chain;

import java.util.Arrays;

/**
 * When a unit is crewed: one flag per hour of the week (hour 0 = Monday 00:00–01:00). A unit going
 * off duty while on a mission finishes the mission first and then goes off duty.
 *
 * @param onDuty 168 flags
 */
public record CrewSchedule(boolean[] onDuty) {
    public CrewSchedule {
        Check.notNull("crew schedule", onDuty);
        if (onDuty.length != Demand.HOURS_PER_WEEK) {
            throw new IllegalArgumentException("crew schedule must have 168 hourly flags, had " + onDuty.length);
        }
        onDuty = onDuty.clone();
    }

    /** Crewed around the clock. */
    public static CrewSchedule twentyFourSeven() {
        boolean[] m = new boolean[Demand.HOURS_PER_WEEK];
        Arrays.fill(m, true);
        return new CrewSchedule(m);
    }

    /**
     * Crewed every day (or weekdays only) from {@code startHour} to {@code endHour} (exclusive).
     */
    public static CrewSchedule daily(int startHour, int endHour, boolean weekdaysOnly) {
        if (startHour < 0 || endHour > 24 || startHour >= endHour) {
            throw new IllegalArgumentException("shift hours must satisfy 0 <= start < end <= 24, were " + startHour + "-" + endHour);
        }
        boolean[] m = new boolean[Demand.HOURS_PER_WEEK];
        for (int d = 0; d < (weekdaysOnly ? 5 : 7); d++) {
            for (int h = startHour; h < endHour; h++) {
                m[d * 24 + h] = true;
            }
        }
        return new CrewSchedule(m);
    }

    /** Day shift 08–20 every day. */
    public static CrewSchedule dayOnly() {
        return daily(8, 20, false);
    }

    @Override
    public boolean[] onDuty() {
        return onDuty.clone();
    }

    public boolean onDuty(int hourOfWeek) {
        return onDuty[hourOfWeek];
    }

    /** Crewed hours per week. */
    public int hoursPerWeek() {
        int n = 0;
        for (boolean b : onDuty) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** True if crewed in every hour. */
    public boolean alwaysOn() {
        return hoursPerWeek() == Demand.HOURS_PER_WEEK;
    }
}
