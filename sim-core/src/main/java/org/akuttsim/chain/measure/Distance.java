package org.akuttsim.chain.measure;

import org.akuttsim.chain.ChainObserver;
import org.akuttsim.chain.MetricParameters;
import org.akuttsim.experiment.Responses;

/**
 * Kilometres driven by the fleet (a broken-off leg counts the share driven) and the CO2 they emit:
 * litres per km × kg CO2 per litre ({@link MetricParameters}).
 *
 * <p>Metrics: {@code km.total}, {@code co2.tonnes}.
 */
public final class Distance implements ChainObserver {

    private final MetricParameters metrics;
    private double km;

    /**
     * Kilometres and CO2, with the given fuel and emission factors.
     *
     * @param metrics the fuel per km and CO2 per litre
     */
    public Distance(MetricParameters metrics) {
        this.metrics = metrics;
    }

    @Override
    public void unitDrove(int unit, double legKm, double t) {
        km += legKm;
    }

    @Override
    public void observationStarts(double t) {
        km = 0;
    }

    @Override
    public void record(Responses out) {
        out.put("km.total", km);
        out.put("co2.tonnes", km * metrics.fuelLitresPerKm() * metrics.co2KgPerLitre() / 1000.0);
    }

    /** {@return the kilometres driven by all units in the observed period} */
    public double km() {
        return km;
    }
}
