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
    /**
     * Checks that a policy and a relocation policy are given.
     *
     * @param policy chooses units for calls
     * @param redispatchToRed whether a RED call may take a unit driving to a YELLOW or GREEN call
     * @param relocation moves free ambulances between stations; {@link RelocationPolicy#NONE}: never
     */
    public DispatchRules {
        Check.notNull("dispatch policy", policy);
        Check.notNull("relocation policy", relocation);
    }

    /**
     * Rules without relocation ({@link RelocationPolicy#NONE}).
     *
     * @param policy chooses units for calls
     * @param redispatchToRed whether a RED call may take a unit driving to a YELLOW or GREEN call
     */
    public DispatchRules(DispatchPolicy policy, boolean redispatchToRed) {
        this(policy, redispatchToRed, RelocationPolicy.NONE);
    }

    /**
     * These rules with another relocation policy.
     *
     * @param r the relocation policy; {@link RelocationPolicy#NONE}: never relocate
     * @return new rules with the same dispatch policy and redispatch option
     */
    public DispatchRules withRelocation(RelocationPolicy r) {
        return new DispatchRules(policy, redispatchToRed, r);
    }

    /**
     * These rules with another dispatch policy.
     *
     * @param p the dispatch policy
     * @return new rules with the same redispatch option and relocation policy
     */
    public DispatchRules withPolicy(DispatchPolicy p) {
        return new DispatchRules(p, redispatchToRed, relocation);
    }

    /**
     * {@link DefaultDispatch#standard()} without redispatch and without relocation.
     *
     * @return the default rules
     */
    public static DispatchRules defaults() {
        return new DispatchRules(DefaultDispatch.standard(), false);
    }
}
