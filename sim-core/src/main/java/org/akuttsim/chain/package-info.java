/**
 * The acute-medicine chain as a discrete-event model: calls to the dispatch centre (AMK), triage to a
 * response level, dispatch, the ambulance's mission (scene, transport, handover, way home) and the
 * hospital link. The input is an immutable, validated {@link org.akuttsim.chain.ChainScenario};
 * {@link org.akuttsim.chain.ChainModel} runs it as a {@link org.akuttsim.experiment.ReplicationModel};
 * {@link org.akuttsim.chain.ChainRun} is one replication, assembled from components that each own
 * their state. Measurement is done by {@link org.akuttsim.chain.ChainObserver}s (package
 * {@code chain.measure}; register your own with {@link org.akuttsim.chain.ChainRun#observe}).
 * Time is in minutes from Monday 00:00, distances in kilometres.
 *
 * <p>Besides road ambulances the chain knows air and boat units that travel with a
 * {@link org.akuttsim.chain.Craft}, fjord crossings on the roads ({@link org.akuttsim.chain.FerryCrossing}),
 * transfers between hospitals ({@link org.akuttsim.chain.TransferRules}) and patients referred by a
 * doctor, whose ED bypass differs from that of 113 patients ({@link org.akuttsim.chain.Referral}).
 * Dispatch and relocation policies are in {@code chain.dispatch} and {@code chain.relocation};
 * {@link org.akuttsim.chain.TracingChainModel} also writes each replication's event trace.
 */
package org.akuttsim.chain;
