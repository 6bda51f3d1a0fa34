package org.akuttsim.chain;

import org.akuttsim.chain.dispatch.DefaultDispatch;
import org.akuttsim.chain.dispatch.DispatchPolicy;

/**
 * The dispatch policy and the options around it.
 *
 * @param policy          chooses units for calls (stateless, thread-safe)
 * @param redispatchToRed when a RED call finds no free unit, take a unit that is still driving to a GREEN
 *                        or YELLOW call (EN_ROUTE) — the nearest such — and put that call back in the queue
 */
public record DispatchRules(DispatchPolicy policy, boolean redispatchToRed) {
    /**
     * Checks that a policy is given.
     *
     * @param policy chooses units for calls
     * @param redispatchToRed whether a RED call may take a unit driving to a YELLOW or GREEN call
     */
    public DispatchRules {
        Check.notNull("dispatch policy", policy);
    }

    /**
     * {@link DefaultDispatch#standard()} without redispatch.
     *
     * @return the default rules
     */
    public static DispatchRules defaults() {
        return new DispatchRules(DefaultDispatch.standard(), false);
    }
}
