package org.akuttsim.scenarios;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.akuttsim.chain.CrewSchedule;
import org.akuttsim.chain.Demand;

/**
 * Crew schedules written as text in {@code units.csv}:
 * <ul>
 *   <li>{@code 24/7} — always crewed;</li>
 *   <li>{@code 08-20} — every day from 08:00 to 20:00; {@code 20-08} wraps past midnight;</li>
 *   <li>{@code Mon-Fri 08-16}, {@code Sat-Sun 10-18}, {@code Wed 08-20} — on the named days only
 *       (a wrapping shift ends on the following morning);</li>
 *   <li>several parts joined by {@code ;}, e.g. {@code Mon-Fri 08-20; Sat-Sun 10-18}.</li>
 * </ul>
 */
public final class Schedules {

    private static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    private static final Pattern PART = Pattern.compile("(?:([A-Za-z]{3})(?:-([A-Za-z]{3}))?\\s+)?(\\d{1,2})-(\\d{1,2})");

    /** What {@link #parse} accepts, for error messages. */
    public static final String EXPECTED = "a schedule such as '24/7', '08-20', 'Mon-Fri 08-16' or 'Mon-Fri 08-20; Sat-Sun 10-18'";

    private Schedules() {
    }

    /**
     * Parses a schedule; an {@link IllegalArgumentException} whose message is {@link #EXPECTED} on bad text.
     *
     * @param text the schedule cell, e.g. {@code 24/7}
     * @return the schedule
     */
    public static CrewSchedule parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equalsIgnoreCase("24/7")) {
            return CrewSchedule.twentyFourSeven();
        }
        boolean[] on = new boolean[Demand.HOURS_PER_WEEK];
        if (t.isEmpty()) {
            throw new IllegalArgumentException(EXPECTED);
        }
        for (String part : t.split(";")) {
            Matcher m = PART.matcher(part.trim());
            if (!m.matches()) {
                throw new IllegalArgumentException(EXPECTED);
            }
            int d0 = 0;
            int d1 = 6;
            if (m.group(1) != null) {
                d0 = day(m.group(1));
                d1 = m.group(2) == null ? d0 : day(m.group(2));
                if (d1 < d0) {
                    throw new IllegalArgumentException(EXPECTED + " (days run Mon to Sun)");
                }
            }
            int start = Integer.parseInt(m.group(3));
            int end = Integer.parseInt(m.group(4));
            if (start > 23 || end > 24 || start == end) {
                throw new IllegalArgumentException(EXPECTED + " (hours 00-24, start different from end)");
            }
            for (int d = d0; d <= d1; d++) {
                int len = end > start ? end - start : 24 - start + end;
                for (int k = 0; k < len; k++) {
                    on[(d * 24 + start + k) % Demand.HOURS_PER_WEEK] = true;
                }
            }
        }
        return new CrewSchedule(on);
    }

    private static int day(String s) {
        int i = Arrays.asList(DAYS).indexOf(s.toLowerCase(Locale.ROOT));
        if (i < 0) {
            throw new IllegalArgumentException(EXPECTED + " (days Mon, Tue, Wed, Thu, Fri, Sat, Sun)");
        }
        return i;
    }
}
