package org.akuttsim.chain;

import java.util.Arrays;

/**
 * When a unit is crewed: one flag per hour of the week (hour 0 = Monday 00:00–01:00). A unit going
 * off duty while on a mission finishes the mission first and then goes off duty.
 *
 * @param onDuty 168 flags
 */
public record CrewSchedule(boolean[] onDuty) {
    /**
     * Checks that there are 168 flags and keeps a copy of them.
     *
     * @param onDuty whether the unit is crewed, by hour of week (0 = Monday 00–01)
     */
    public CrewSchedule {
        Check.notNull("crew schedule", onDuty);
        if (onDuty.length != Demand.HOURS_PER_WEEK) {
            throw new IllegalArgumentException("crew schedule must have 168 hourly flags, had " + onDuty.length);
        }
        onDuty = onDuty.clone();
    }

    /**
     * Crewed around the clock.
     *
     * @return the schedule
     */
    public static CrewSchedule twentyFourSeven() {
        boolean[] m = new boolean[Demand.HOURS_PER_WEEK];
        Arrays.fill(m, true);
        return new CrewSchedule(m);
    }

    /**
     * Crewed every day (or weekdays only) from {@code startHour} to {@code endHour} (exclusive).
     *
     * @param startHour the first crewed hour of the day, 0..23
     * @param endHour the hour the shift ends, 1..24
     * @param weekdaysOnly true for Monday to Friday only
     * @return the schedule
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

    /**
     * Day shift 08–20 every day.
     *
     * @return the schedule
     */
    public static CrewSchedule dayOnly() {
        return daily(8, 20, false);
    }

    /** {@return the 168 hourly flags, hour 0 = Monday 00–01 (a copy)} */
    @Override
    public boolean[] onDuty() {
        return onDuty.clone();
    }

    /**
     * {@return whether the unit is crewed in {@code hourOfWeek}}
     *
     * @param hourOfWeek the hour of the week, 0..167
     */
    public boolean onDuty(int hourOfWeek) {
        return onDuty[hourOfWeek];
    }

    /**
     * Crewed hours per week.
     *
     * @return the number of crewed hours in a week
     */
    public int hoursPerWeek() {
        int n = 0;
        for (boolean b : onDuty) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /**
     * True if crewed in every hour.
     *
     * @return whether the unit is always crewed
     */
    public boolean alwaysOn() {
        return hoursPerWeek() == Demand.HOURS_PER_WEEK;
    }
}
