/**
 * Numeric internals of the chain: table-driven lognormal quantiles ({@link
 * org.akuttsim.chain.internal.LognormalQuantile}), the normal quantile and exponential they are built
 * on. <strong>Not public API</strong>: public only so that {@code org.akuttsim.chain} and
 * {@code org.akuttsim.chain.hospital} can share them; they may change or disappear in any release.
 * Each is tested against the exact function it replaces (relative error bounds, monotone in u so that
 * common random numbers hold). The tables are kept because they measured −3.5 % of the chain's
 * instructions per St. Olavs year when introduced (398.8 → 384.9 M, {@code benchmarks/README.md} in git
 * history, round 4).
 */
package org.akuttsim.chain.internal;
