package org.akuttsim.chain.dispatch;

/**
 * The default rules of Norwegian practice as this model reads them:
 * <ul>
 *   <li><b>RED</b>: the nearest free unit by travel time, returning units included; else wait.</li>
 *   <li><b>YELLOW</b>: the nearest free unit if it can be there within {@code yellowAcceptMinutes}
 *       of travel; otherwise wait for a closer unit to become free, but at most {@code yellowMaxWait}
 *       minutes, after which the nearest free unit goes wherever it is.</li>
 *   <li><b>GREEN</b>: readiness-protecting: the nearest free unit whose home district keeps at least
 *       one other free unit (a district's last free unit is not taken); otherwise wait, at most
 *       {@code greenMaxWait} minutes, after which the nearest free unit goes.</li>
 * </ul>
 * Immutable and thread-safe.
 *
 * @param yellowAcceptMinutes travel minutes a YELLOW call accepts without waiting (infinity: always the nearest)
 * @param yellowMaxWait       minutes a YELLOW call waits at most for a closer unit
 * @param greenMaxWait        minutes a GREEN call waits at most for a unit that does not strip a district
 */
public record DefaultDispatch(double yellowAcceptMinutes, double yellowMaxWait, double greenMaxWait) implements DispatchPolicy {

    /**
     * Checks that every limit is &ge; 0 minutes (infinity allowed).
     *
     * @param yellowAcceptMinutes travel minutes a YELLOW call accepts without waiting
     * @param yellowMaxWait minutes a YELLOW call waits at most for a closer unit
     * @param greenMaxWait minutes a GREEN call waits at most for a unit that does not strip a district
     */
    public DefaultDispatch {
        if (!(yellowAcceptMinutes >= 0) || !(yellowMaxWait >= 0) || !(greenMaxWait >= 0)) {
            throw new IllegalArgumentException("dispatch limits must be >= 0 minutes (infinity allowed), were "
                    + yellowAcceptMinutes + ", " + yellowMaxWait + ", " + greenMaxWait);
        }
    }

    /**
     * Defaults: YELLOW accepts any travel, GREEN waits up to 30 minutes to protect readiness.
     *
     * @return the standard policy
     */
    public static DefaultDispatch standard() {
        return new DefaultDispatch(Double.POSITIVE_INFINITY, 0, 30);
    }

    @Override
    public int choose(DispatchView v, int call) {
        int level = v.callLevel(call);
        if (level == 0) {
            return DispatchPolicy.nearestFree(v, call);
        }
        if (level == 1) {
            int u = DispatchPolicy.nearestFree(v, call);
            // The wait first: it is one subtraction, and with the standard limits (no wait) it ends the test.
            if (u >= 0 && v.callWaited(call) < yellowMaxWait && v.travelMinutes(u, call) > yellowAcceptMinutes) {
                return QUEUE;
            }
            return u;
        }
        if (v.callWaited(call) >= greenMaxWait) {
            return DispatchPolicy.nearestFree(v, call);
        }
        return v.nearestFreeUnitNotLastAtHome(call);
    }

    @Override
    public double reconsiderAfter(DispatchView v, int call) {
        int level = v.callLevel(call);
        return level == 1 ? yellowMaxWait : level == 2 ? greenMaxWait : Double.POSITIVE_INFINITY;
    }
}
