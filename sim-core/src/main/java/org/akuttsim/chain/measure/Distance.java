package org.akuttsim.chain.measure;

import org.akuttsim.chain.Call;
import org.akuttsim.chain.ChainObserver;
import org.akuttsim.chain.Craft;
import org.akuttsim.chain.Fleet;
import org.akuttsim.chain.MetricParameters;
import org.akuttsim.chain.UnitType;
import org.akuttsim.experiment.Responses;

/**
 * Kilometres driven by the fleet (a broken-off leg counts the share driven) and the CO2 they emit:
 * litres per km × kg CO2 per litre ({@link MetricParameters}). Air and boat units with a {@link Craft}
 * do not drive: their legs are counted apart, as hours under way (km ÷ speed) × their CO2 per hour.
 *
 * <p>Metrics: {@code km.total} (road kilometres), {@code co2.tonnes} (road and, where the fleet has
 * them, air and boat); for each craft type in the fleet ({@code air}, {@code boat}) {@code
 * craft.<type>.missions} (dispatches to calls), {@code .km}, {@code .hours} and {@code .co2.tonnes}.
 */
public final class Distance implements ChainObserver {

    private static final String[] KINDS = {"air", "boat"};

    private final MetricParameters metrics;
    /** Per unit: its craft, or null for a road unit; null when the fleet has no craft. */
    private final Craft[] craft;
    /** Per unit: 0 air, 1 boat (crafts only). */
    private final int[] kind;
    private final boolean[] kindInFleet = new boolean[KINDS.length];
    private double km;
    private final double[] craftKm = new double[KINDS.length], craftHours = new double[KINDS.length],
            craftCo2 = new double[KINDS.length];
    private final long[] craftMissions = new long[KINDS.length];

    /**
     * Kilometres and CO2 of a fleet of road units only, with the given fuel and emission factors.
     *
     * @param metrics the fuel per km and CO2 per litre
     */
    public Distance(MetricParameters metrics) {
        this(metrics, null);
    }

    /**
     * Kilometres and CO2 of a fleet whose air and boat units with a {@link Craft} are counted apart.
     *
     * @param metrics the fuel per km and CO2 per litre of road units
     * @param fleet the units, to tell its crafts apart (null: road units only)
     */
    public Distance(MetricParameters metrics, Fleet fleet) {
        this.metrics = metrics;
        boolean any = fleet != null && fleet.units().stream().anyMatch(u -> u.craft() != null);
        craft = any ? new Craft[fleet.size()] : null;
        kind = any ? new int[fleet.size()] : null;
        if (any) {
            for (int u = 0; u < fleet.size(); u++) {
                craft[u] = fleet.units().get(u).craft();
                kind[u] = fleet.units().get(u).type() == UnitType.AIR_AMBULANCE ? 0 : 1;
                kindInFleet[kind[u]] |= craft[u] != null;
            }
        }
    }

    @Override
    public void unitDrove(int unit, double legKm, double t) {
        if (craft == null || craft[unit] == null) {
            km += legKm;
            return;
        }
        int k = kind[unit];
        double hours = legKm / craft[unit].speedKmh();
        craftKm[k] += legKm;
        craftHours[k] += hours;
        craftCo2[k] += hours * craft[unit].co2KgPerHour() / 1000.0;
    }

    @Override
    public void callDispatched(Call call, int unit, double t) {
        if (craft != null && craft[unit] != null) {
            craftMissions[kind[unit]]++;
        }
    }

    @Override
    public void observationStarts(double t) {
        km = 0;
        java.util.Arrays.fill(craftKm, 0);
        java.util.Arrays.fill(craftHours, 0);
        java.util.Arrays.fill(craftCo2, 0);
        java.util.Arrays.fill(craftMissions, 0);
    }

    @Override
    public void record(Responses out) {
        double road = km * metrics.fuelLitresPerKm() * metrics.co2KgPerLitre() / 1000.0;
        out.put("km.total", km);
        if (craft == null) {
            out.put("co2.tonnes", road);
            return;
        }
        double all = road;
        for (int k = 0; k < KINDS.length; k++) {
            if (kindInFleet[k]) {
                all += craftCo2[k];
                out.put("craft." + KINDS[k] + ".missions", craftMissions[k]);
                out.put("craft." + KINDS[k] + ".km", craftKm[k]);
                out.put("craft." + KINDS[k] + ".hours", craftHours[k]);
                out.put("craft." + KINDS[k] + ".co2.tonnes", craftCo2[k]);
            }
        }
        out.put("co2.tonnes", all);
    }

    /** {@return the road kilometres driven in the observed period (legs of units with a craft not included)} */
    public double km() {
        return km;
    }
}
