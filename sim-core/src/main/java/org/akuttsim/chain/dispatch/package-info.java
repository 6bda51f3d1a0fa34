/**
 * Dispatch policies: a {@link org.akuttsim.chain.dispatch.DispatchPolicy} decides which free unit, if
 * any, takes a call, seeing the chain only through a read-only
 * {@link org.akuttsim.chain.dispatch.DispatchView}. {@link org.akuttsim.chain.dispatch.DefaultDispatch}
 * is the default (the nearest free unit; GREEN calls do not take a district's last free unit);
 * {@link org.akuttsim.chain.dispatch.FixedPreferenceDispatch} is the hypercube model's rule.
 */
package org.akuttsim.chain.dispatch;
