/**
 * The {@code akuttsim} command line (main job, {@code run}, {@code compare}, {@code sweep},
 * {@code validate}). <strong>Not API</strong>: it is used through its options and exit codes
 * (README, "Command line"), not from Java, and is left out of the published javadoc; its classes may
 * change in any release. It needs picocli, an optional dependency of sim-scenarios.
 */
package org.akuttsim.scenarios.cli;
