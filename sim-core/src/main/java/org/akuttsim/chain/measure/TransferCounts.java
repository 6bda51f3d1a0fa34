package org.akuttsim.chain.measure;

import java.util.Arrays;

import org.akuttsim.chain.ChainObserver;
import org.akuttsim.experiment.Responses;

/**
 * Transfers between hospitals ({@link org.akuttsim.chain.TransferRules}) and the ambulance time they take.
 * Added to a run only when its scenario has transfers, so a run without them reports exactly what it
 * did before.
 *
 * <p>Metrics: {@code transfer.missions} (transfers started in the observation), {@code transfer.urgent}
 * (of those, by rule with lights and sirens), {@code transfer.unit_hours} (hours units spend on
 * transfers — from taking the transfer to the handover at the receiving hospital; the drive home is
 * free time, as after any mission — within the observation) and {@code transfer.km} (kilometres to the
 * sending hospital and on to the receiving one; the drive home is in {@code km.total} only).
 */
public final class TransferCounts implements ChainObserver {

    private double[] since = new double[0];
    private double observedFrom;
    private long missions, urgent;
    private double hours, km;

    private void grow(int unit) {
        if (unit >= since.length) {
            int old = since.length;
            since = Arrays.copyOf(since, Math.max(unit + 1, 2 * old));
            Arrays.fill(since, old, since.length, Double.NaN);
        }
    }

    @Override
    public void transferStarted(int unit, int from, int to, boolean isUrgent, double t) {
        grow(unit);
        since[unit] = t;
        missions++;
        urgent += isUrgent ? 1 : 0;
    }

    @Override
    public void unitDrove(int unit, double legKm, double t) {
        if (unit < since.length && !Double.isNaN(since[unit])) {
            km += legKm;
        }
    }

    @Override
    public void transferDone(int unit, double t) {
        grow(unit);
        hours += (t - Math.max(since[unit], observedFrom)) / 60.0;
        since[unit] = Double.NaN;
    }

    @Override
    public void observationStarts(double t) {
        observedFrom = t;
        missions = urgent = 0;
        hours = km = 0;
    }

    @Override
    public void observationEnds(double t) {
        for (int u = 0; u < since.length; u++) {
            if (!Double.isNaN(since[u])) {
                hours += (t - Math.max(since[u], observedFrom)) / 60.0;
                since[u] = t; // counted up to the end
            }
        }
    }

    @Override
    public void record(Responses out) {
        out.put("transfer.missions", missions);
        out.put("transfer.urgent", urgent);
        out.put("transfer.unit_hours", hours);
        out.put("transfer.km", km);
    }
}
