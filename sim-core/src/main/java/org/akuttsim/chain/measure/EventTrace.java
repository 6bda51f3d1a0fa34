package org.akuttsim.chain.measure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.akuttsim.chain.Call;
import org.akuttsim.chain.ChainObserver;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Condition;
import org.akuttsim.chain.Level;
import org.akuttsim.chain.Region;
import org.akuttsim.chain.UnitSpec;
import org.akuttsim.chain.UnitState;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The event log of one replication as CSV, for a researcher's own analysis: every call's milestones
 * and every unit's state changes, in the order they happen, named by ids rather than indices. Only
 * used when a trace is asked for (it allocates per event, unlike the rest of the model); a run without
 * it never calls it. Covers the whole run, warm-up included: {@link #HEADER}'s {@code time_min} tells
 * which events fall in the observed period. Rows come in the order the model carries the steps out:
 * each unit's and each call's rows are in time order, but the steps the model settles when a unit is
 * next looked at (arrival on scene, transport start, arrival past the ED) carry their true time and may
 * come after later rows of other units; sort by {@code time_min} (stable) for one timeline.
 *
 * <p>Columns: {@code time_min} (simulation minutes since the start, warm-up included), {@code event}
 * (call_received, call_triaged, call_dispatched, call_redispatched, call_reached, call_at_hospital,
 * call_done, unit_state), {@code call} (the call's key in hex: the same call in every scenario of a
 * replication), {@code unit} (unit id), {@code station} (the unit's home station), {@code from_state},
 * {@code to_state} (unit_state: {@link UnitState#name}), {@code zone} and {@code district} (the call's
 * zone and the station whose district it is), {@code hospital} (call_at_hospital), {@code level}
 * (assigned, from call_triaged on), {@code need} (true need), {@code condition}, {@code age_group}
 * (0–9), {@code detail} (call_at_hospital: {@code ed} or {@code past_ed}; call_done: the outcome
 * no_ambulance, treat_and_leave, transported or lost).
 */
public final class EventTrace implements ChainObserver, AutoCloseable {

    /** The columns. */
    public static final String[] HEADER = {"time_min", "event", "call", "unit", "station", "from_state", "to_state", "zone", "district",
        "hospital", "level", "need", "condition", "age_group", "detail"};

    private static final String[] OUTCOMES = {"no_ambulance", "treat_and_leave", "transported", "lost"};

    private final Region region;
    private final java.util.List<UnitSpec> units;
    private final CSVPrinter out;
    private final Path file;

    /**
     * Writes the trace of a run of {@code scenario} to {@code file} (its directory is created), starting
     * with the header row.
     *
     * @param scenario the scenario run (its region and fleet give the ids)
     * @param file the CSV file to write or replace
     * @throws IOException if the directory or the file cannot be created or written
     */
    public EventTrace(ChainScenario scenario, Path file) throws IOException {
        this.region = scenario.region();
        this.units = scenario.fleet().units();
        this.file = file;
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
        out.printRecord((Object[]) HEADER);
    }

    @Override
    public void callReceived(Call c, double amkWait, double t) {
        call(t, "call_received", c, -1, false, -1, "");
    }

    @Override
    public void callTriaged(Call c, double t) {
        call(t, "call_triaged", c, -1, true, -1, "");
    }

    @Override
    public void callDispatched(Call c, int unit, double t) {
        call(t, "call_dispatched", c, unit, true, -1, "");
    }

    @Override
    public void callRedispatched(Call c, int unit, double t) {
        call(t, "call_redispatched", c, unit, true, -1, "");
    }

    @Override
    public void callReached(Call c, int unit, double t) {
        call(t, "call_reached", c, unit, true, -1, "");
    }

    @Override
    public void callAtHospital(Call c, int unit, int hospital, boolean pastEd, double t) {
        call(t, "call_at_hospital", c, unit, true, hospital, pastEd ? "past_ed" : "ed");
    }

    @Override
    public void callDone(Call c, int outcome, double t) {
        call(t, "call_done", c, c.unit(), true, -1, OUTCOMES[outcome]);
    }

    @Override
    public void unitStateChanged(int unit, int from, int to, double t) {
        UnitSpec u = units.get(unit);
        print(t, "unit_state", "", u.id(), region.stations().get(u.station()).id(), UnitState.name(from), UnitState.name(to),
                "", "", "", "", "", "", "", "");
    }

    private void call(double t, String event, Call c, int unit, boolean triaged, int hospital, String detail) {
        var zone = region.zones().get(c.zone());
        String unitId = unit < 0 ? "" : units.get(unit).id();
        String station = unit < 0 ? "" : region.stations().get(units.get(unit).station()).id();
        print(t, event, Long.toHexString(c.key()), unitId, station, "", "", zone.id(), region.stations().get(zone.district()).id(),
                hospital < 0 ? "" : region.hospitals().get(hospital).id(), triaged ? Level.of(c.level()).name() : "",
                Level.of(c.need()).name(), Condition.of(c.condition()).name(), Integer.toString(c.ageGroup()), detail);
    }

    private void print(double t, String... fields) {
        try {
            out.print(Double.toString(t));
            for (String f : fields) {
                out.print(f);
            }
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the trace " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close(true);
    }
}
