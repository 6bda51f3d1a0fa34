package org.akuttsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.akuttsim.chain.Condition;
import org.akuttsim.chain.Level;
import org.akuttsim.experiment.Responses;
import org.junit.jupiter.api.Test;

/**
 * Call to hospital and to definitive care for chest pain, stroke and sepsis, by true need, on the
 * St. Olavs region: St. Olavs has the PCI and stroke centre, Orkdal an ED only, and only true RED
 * chest pain and stroke go to the centre (specialCentreNeedUpTo = RED).
 */
class TimeCriticalPathwaysTest {

    @Test
    void definitiveCareCountsOnlyHospitalsThatCanGiveIt() {
        Responses out = DestinationAndIntraZoneTest.run(DestinationAndIntraZoneTest.BASE);
        for (Condition c : new Condition[] {Condition.CHEST_PAIN, Condition.STROKE, Condition.SEPSIS}) {
            double byNeed = 0;
            for (int need = 0; need < Level.AMBULANCE_LEVELS; need++) {
                String q = c + ".need." + Level.of(need);
                double n = out.get("callToHospital." + q + ".n");
                byNeed += n;
                double definitive = out.get("callToDefinitiveCare." + q + ".n");
                double elsewhere = out.get("callToDefinitiveCare." + q + ".elsewhere");
                assertEquals(n, definitive + Math.round(elsewhere * n), 1e-6, q + ": each transport reaches definitive care or not");
            }
            assertTrue(byNeed <= out.get("callToHospital." + c + ".n"), c + ": true needs below GREEN are not split out");
        }
        assertEquals(0.0, out.get("callToDefinitiveCare.CHEST_PAIN.need.RED.elsewhere"), 0.0, "true-RED chest pain goes to PCI");
        assertEquals(0.0, out.get("callToDefinitiveCare.SEPSIS.need.YELLOW.elsewhere"), 0.0, "any ED treats sepsis");
        assertTrue(out.get("callToDefinitiveCare.STROKE.need.YELLOW.elsewhere") > 0, "some YELLOW strokes go to Orkdal's ED");
        double within = out.get("stroke.sceneWithin25");
        assertTrue(within > 0.2 && within < 1, "share of stroke transports leaving within 25 min: " + within);
    }
}
