package org.akuttsim.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one CSV row per call (its timestamps, in minutes) for researchers' own analysis. Used only
 * when {@link MetricParameters#traceFile()} is set: it allocates per call, unlike the rest of the model.
 */
public final class TraceWriter implements CallListener, AutoCloseable {

    private static final String[] OUTCOMES = {"no_ambulance", "treat_and_leave", "transported", "lost"};
    private final CSVPrinter printer;

    /**
     * Opens {@code file} (replacing it) and writes the header row.
     *
     * @param file the CSV file
     * @throws IOException if the file cannot be opened
     */
    public TraceWriter(Path file) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        printer = CSVFormat.DEFAULT.builder().setHeader("call_key", "zone", "age_group", "condition", "true_need", "assigned_level",
                "received_min", "triaged_min", "dispatched_min", "on_scene_min", "at_hospital_min", "unit", "travel_min", "outcome")
                .build().print(w);
    }

    /**
     * {@code trace.csv} for replication 3 of scenario "2035 less OT" becomes {@code trace-2035_less_OT-r3.csv}:
     * scenarios that share their metric parameters (a policy derives a scenario from its base, trace
     * file included) write files of their own. Characters other than letters, digits, '.', '_', '=' and
     * '-' in the name become '_'.
     *
     * @param trace the trace file the scenario names
     * @param scenario the scenario's name
     * @param replication the replication's index
     * @return the scenario's and replication's own file beside it
     */
    public static Path fileFor(Path trace, String scenario, int replication) {
        String name = trace.getFileName().toString();
        String suffix = "-" + scenario.replaceAll("[^A-Za-z0-9._=-]", "_") + "-r" + replication;
        int dot = name.lastIndexOf('.');
        String withSuffix = dot < 0 ? name + suffix : name.substring(0, dot) + suffix + name.substring(dot);
        return trace.resolveSibling(withSuffix);
    }

    @Override
    public void callDone(long key, int zone, int ageGroup, int condition, int need, int level, double received, double triaged,
                         double dispatched, double onScene, double atHospital, int unit, double travel, int outcome) {
        try {
            printer.printRecord(Long.toHexString(key), zone, ageGroup, Condition.of(condition), Level.of(need), Level.of(level),
                    received, triaged, dispatched, onScene, atHospital, unit, travel, OUTCOMES[outcome]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
