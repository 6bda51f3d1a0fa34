package org.akuttsim.chain;

import org.akuttsim.chain.dispatch.DefaultDispatch;
import org.akuttsim.chain.dispatch.DispatchPolicy;
import org.akuttsim.chain.relocation.RelocationPolicy;

/**
 * The dispatch policy and the options around it.
 *
 * @param policy          chooses units for calls (stateless, thread-safe)
 * @param redispatchToRed when a RED call finds no free unit, take a unit that is still driving to a GREEN
 *                        or YELLOW call (EN_ROUTE) — the nearest such — and put that call back in the queue
 * @param relocation      moves free ambulances between stations (move-up); {@link RelocationPolicy#NONE}: never
 */
public record DispatchRules(DispatchPolicy policy, boolean redispatchToRed, RelocationPolicy relocation) {
    public DispatchRules {
        Check.notNull("dispatch policy", policy);
        Check.notNull("relocation policy", relocation);
    }

    /** Without relocation. */
    public DispatchRules(DispatchPolicy policy, boolean redispatchToRed) {
        this(policy, redispatchToRed, RelocationPolicy.NONE);
    }

    /** These rules with another relocation policy. */
    public DispatchRules withRelocation(RelocationPolicy r) {
        return new DispatchRules(policy, redispatchToRed, r);
    }

    /** These rules with another dispatch policy. */
    public DispatchRules withPolicy(DispatchPolicy p) {
        return new DispatchRules(p, redispatchToRed, relocation);
    }

    /** {@link DefaultDispatch#standard()} without redispatch. */
    public static DispatchRules defaults() {
        return new DispatchRules(DefaultDispatch.standard(), false);
    }
}
