/**
 * Larson's hypercube queueing model (1974), solved exactly for loss and FCFS-queue variants: the
 * reference that the chain, reduced to the same assumptions, is validated against (utilisations,
 * dispatch fractions, loss and waiting probabilities).
 */
package org.akuttsim.chain.hypercube;
