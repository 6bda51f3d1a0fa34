/**
 * Experiments: scenarios × replications of a {@link org.akuttsim.experiment.ReplicationModel}, run in
 * parallel with common random numbers (replication r of every scenario uses substream r of every
 * stream), results identical on any number of threads. {@link org.akuttsim.experiment.Experiment}
 * builds and runs one; {@link org.akuttsim.experiment.ExperimentResult} gives summaries with
 * confidence intervals and paired comparisons. With an output directory the replications are written
 * as they finish (locked directory, checksummed blocks, results moved into place when complete) and an
 * interrupted experiment resumes.
 */
package org.akuttsim.experiment;
