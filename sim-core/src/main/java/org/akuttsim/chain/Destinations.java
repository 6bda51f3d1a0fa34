package org.akuttsim.chain;

/**
 * Where a transported patient goes: the nearest ED (by normal-driving minutes in the first time
 * band), or the nearest PCI centre for chest pain and the nearest stroke centre for stroke when the
 * patient's true need is at most {@link SceneParameters#specialCentreNeedUpTo()} (falling back to
 * the nearest ED when the region has no such centre).
 */
final class Destinations {

    private static final int ANY = 0, PCI = 1, STROKE = 2;

    private final int[] nearestEd, nearestPci, nearestStroke;
    private final int specialNeedUpTo;

    Destinations(ChainScenario s, Roads roads) {
        Region region = s.region();
        int zones = region.zoneCount();
        nearestEd = new int[zones];
        nearestPci = new int[zones];
        nearestStroke = new int[zones];
        for (int z = 0; z < zones; z++) {
            nearestEd[z] = nearest(region, roads, z, ANY);
            nearestPci[z] = nearest(region, roads, z, PCI);
            nearestStroke[z] = nearest(region, roads, z, STROKE);
        }
        specialNeedUpTo = s.scene().specialCentreNeedUpTo();
    }

    private static int nearest(Region region, Roads roads, int zone, int capability) {
        int best = -1;
        double bestMinutes = Double.POSITIVE_INFINITY;
        for (int h = 0; h < region.hospitalCount(); h++) {
            Hospital hs = region.hospitals().get(h);
            if ((capability == PCI && !hs.pci()) || (capability == STROKE && !hs.strokeCentre())) {
                continue;
            }
            double m = roads.minutes(0, zone, hs.zone());
            if (m < bestMinutes) {
                bestMinutes = m;
                best = h;
            }
        }
        return best < 0 ? nearest(region, roads, zone, ANY) : best;
    }

    /** The hospital for the call's patient. */
    int of(Call c) {
        if (c.need <= specialNeedUpTo) {
            if (c.condition == Condition.CHEST_PAIN.ordinal()) {
                return nearestPci[c.zone];
            } else if (c.condition == Condition.STROKE.ordinal()) {
                return nearestStroke[c.zone];
            }
        }
        return nearestEd[c.zone];
    }
}
