package org.akuttsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.akuttsim.chain.CrewSchedule;
import org.junit.jupiter.api.Test;

class SchedulesTest {
    @Test
    void parsesTheScheduleForms() {
        assertEquals(168, Schedules.parse("24/7").hoursPerWeek());
        assertEquals(84, Schedules.parse("08-20").hoursPerWeek());
        CrewSchedule weekdays = Schedules.parse("Mon-Fri 08-16");
        assertEquals(40, weekdays.hoursPerWeek());
        assertTrue(weekdays.onDuty(8));
        assertFalse(weekdays.onDuty(5 * 24 + 8), "not on Saturday");
        CrewSchedule night = Schedules.parse("20-08");
        assertEquals(84, night.hoursPerWeek());
        assertTrue(night.onDuty(0), "Sunday's night shift runs into Monday 00-08");
        assertEquals(40 + 16, Schedules.parse("Mon-Fri 08-16; Sat-Sun 10-18").hoursPerWeek());
    }

    @Test
    void rejectsBadText() {
        for (String bad : new String[] {"", "24/6", "8-8", "Mon-Fri", "Fri-Mon 08-16", "Xyz 08-16", "08-25"}) {
            assertThrows(IllegalArgumentException.class, () -> Schedules.parse(bad), bad);
        }
    }
}
