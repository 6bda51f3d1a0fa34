/**
 * Random numbers for common random numbers: MRG32k3a streams
 * ({@link org.akuttsim.random.Mrg32k3a}, draw for draw as in SSJ) named per source of randomness and
 * positioned at substream r for replication r ({@link org.akuttsim.random.StreamFactory}), keyed
 * per-entity numbers ({@link org.akuttsim.random.KeyedRandom}), distributions by inversion (each
 * variate from exactly one uniform, increasing in it) and weekly arrival processes by thinning.
 */
package org.akuttsim.random;
