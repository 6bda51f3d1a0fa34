package org.akuttsim.chain.dispatch;

/**
 * The plain rule: every call, whatever its level, gets the nearest free unit that can serve it
 * (returning and relocating units included; ties to the unit free the longest). When none is free
 * the call waits ({@code loss = false}) or is lost ({@code loss = true}). Unlike {@link DefaultDispatch}
 * it never holds a GREEN call back to keep a district's last unit at home.
 *
 * @param loss true: lose calls that find no free unit; false: they wait in the priority queue
 */
public record NearestFreeDispatch(boolean loss) implements DispatchPolicy {

    @Override
    public int choose(DispatchView v, int call) {
        int u = DispatchPolicy.nearestFree(v, call);
        return u >= 0 || !loss ? u : LOSE;
    }
}
