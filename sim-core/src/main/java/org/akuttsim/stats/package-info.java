/**
 * Statistics of one replication and across replications: tallies (Welford), time-weighted levels,
 * counters, fixed-bin histograms with quantile error bounds, Student-t confidence intervals, paired
 * and Welch differences, and exact queueing results (Erlang B and C, M/M/c, M/M/1, M/G/∞) that the
 * validation tests compare simulations with.
 */
package org.akuttsim.stats;
