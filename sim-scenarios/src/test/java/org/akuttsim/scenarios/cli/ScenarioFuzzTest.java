package org.akuttsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.akuttsim.scenarios.DefaultRegion;
import org.akuttsim.scenarios.ScenarioDirectory;
import org.akuttsim.scenarios.ScenarioDirectoryTest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzz suite, scenario files (issue 21): mutates every file of a copy of the embedded St. Olavs
 * directory (zones, stations, units, hospitals, parameters, population_growth and a policies.csv with
 * one scenario per kind of policy) — cells set to negative, zero, huge, NaN, text, empty, another row's
 * id or random characters; rows deleted or duplicated; columns dropped or renamed; files emptied, cut,
 * removed or replaced by binary bytes — and runs {@code validate} and a one-day {@code run} on it.
 * <p>
 * Property: both end cleanly (exit 0, or 1/2 with a message that names a file, never
 * {@value Main#EXIT_BUG} or a stack trace); {@code validate} says valid exactly when the run succeeds
 * (one validation path); a run that succeeds leaves complete result files, one that fails none. The
 * seed is fixed so the build is reproducible; jqwik prints how often each outcome occurred.
 */
class ScenarioFuzzTest {

    static final List<String> FILES = List.of("zones.csv", "stations.csv", "units.csv", "hospitals.csv", "parameters.csv",
            "population_growth.csv", "policies.csv");
    /** One scenario per kind of policy value: a year, a share, a station, a new station, a parameter override. */
    static final String POLICIES = "scenario,policy,value\n2035,population_year,2035\nless,less_overtriage,0.3\n"
            + "closed,close_station,tydal\nopened,open_station,botngard@orkland:1\nassumed,parameter,travel.speed_rural=60\n"
            + "short,staff_shortage,0.2\n";
    /** Values a cell is set to: numbers out of range, non-numbers, ids of other rows and other files, policy names. */
    static final String[] VALUES = {"", " ", "-1", "-0", "0", "0.0", "1", "2.5", "1e9", "1e300", "1e400", "-1e300", "NaN", "Infinity",
        "-Infinity", "99999999999", "0x10", "1,5", "abc", "x,y", "\"", "\"\"", "yes", "no", "24/7", "day", "night", "@:", "a@b:c", "tydal",
        "trondheim_sentrum", "trd_midtbyen", "orkland", "st_olavs", "orkdal", "core", "emergency_ambulance", "patient_transport",
        "population_year", "parameter", "less_overtriage", "close_station", "travel.speed_rural=1e300", "triage.mission_share.red=0.9",
        "x@orkland:5", "2040", "1900", "0.9999", "90+", "0-9", "é", "\t", "=1+1", "nowhere"};

    enum Kind { CELL, CELL_OF_OTHER_ROW, DELETE_ROW, DUPLICATE_ROW, DROP_COLUMN, RENAME_HEADER, EXTRA_CELL, BLANK_LINE, EMPTY_FILE,
        HEADER_ONLY, CUT, BINARY, DELETE_FILE }

    /** One change to one file; {@code row} and {@code column} are taken modulo the file's size. */
    record Mutation(String file, Kind kind, int row, int column, String value) {
        @Override
        public String toString() {
            return file + " " + kind + (kind == Kind.CELL || kind == Kind.EXTRA_CELL || kind == Kind.RENAME_HEADER ? " '" + value + "'" : "")
                    + " row " + row + " column " + column;
        }
    }

    private static Path root;
    private static Path template;

    @BeforeContainer
    static void template() throws IOException {
        root = Files.createTempDirectory("akuttsim-fuzz-");
        template = Files.createDirectories(root.resolve("template"));
        try {
            ScenarioDirectoryTest.copyDefault(template);
        } catch (Exception e) {
            throw new IOException(e);
        }
        try (InputStream in = ScenarioDirectory.class.getResourceAsStream(DefaultRegion.STOLAV + "parameters.csv")) {
            Files.copy(in, template.resolve("parameters.csv"));
        }
        Files.writeString(template.resolve("policies.csv"), POLICIES);
    }

    @AfterContainer
    static void removeTemplate() {
        FuzzChecks.delete(root);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<String> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(VALUES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(6)), // any characters: quotes, line breaks, control
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles().map(d -> Double.toString(d))),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().map(i -> Integer.toString(i))));
        Arbitrary<Kind> kind = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Arbitraries.just(Kind.CELL)),
                net.jqwik.api.Tuple.of(3, Arbitraries.just(Kind.CELL_OF_OTHER_ROW)),
                net.jqwik.api.Tuple.of(10, Arbitraries.of(Kind.values())));
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(FILES), kind, Arbitraries.integers().between(0, 999),
                Arbitraries.integers().between(0, 99), value).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 300, seed = "21", shrinking = ShrinkingMode.BOUNDED)
    void everyMutatedDirectoryGivesACleanErrorOrAValidRun(@ForAll("mutations") List<Mutation> mutations) throws IOException {
        Path d = Files.createTempDirectory(root, "try-");
        try {
            for (String f : FILES) {
                Files.copy(template.resolve(f), d.resolve(f));
            }
            for (Mutation m : mutations) {
                apply(d, m);
            }
            String what = mutations.toString();
            Path out = d.resolve("out");

            MainTest.Outcome v = FuzzChecks.run("validate", d.toString());
            FuzzChecks.assertClean("validate " + what, v);
            MainTest.Outcome r = FuzzChecks.run("run", "-d", d.toString(), "-r", "1", "--length-days", "1", "--warm-up-days", "0", "-q",
                    "-t", "1", "-o", out.toString());
            FuzzChecks.assertClean("run " + what, r);
            FuzzChecks.assertWhole("run " + what, r, out, FuzzChecks.REPORTED);

            assertEquals(v.code() == 0, r.code() == 0, what + ": validate exit " + v.code() + ", run exit " + r.code()
                    + " (a directory that validates must run, and one that runs must validate)\nvalidate:\n" + v.err() + "\nrun:\n" + r.err());
            if (v.code() != 0) {
                assertEquals(1, v.code(), what + ":\n" + v.err());
                assertTrue(v.err().contains(".csv") || v.err().contains("cannot be built"), "the message names a file: " + what + ":\n"
                        + v.err());
                assertTrue(r.err().contains(".csv") || r.err().contains("scenario"), "the run's message names a file or scenario: " + what
                        + ":\n" + r.err());
            }
            Statistics.label("outcome").collect(v.code() == 0 ? "valid run" : "clean error");
            Statistics.label("first mutation").collect(mutations.get(0).kind());
        } finally {
            FuzzChecks.delete(d);
        }
    }

    /** Applies {@code m} to its file in {@code d}. */
    static void apply(Path d, Mutation m) throws IOException {
        Path f = d.resolve(m.file());
        if (!Files.exists(f)) {
            return; // removed by an earlier mutation
        }
        // Bytes as ISO-8859-1 characters: any file (a binary one too) is read and written back unchanged but for the mutation.
        List<String> lines = new ArrayList<>(Files.readAllLines(f, StandardCharsets.ISO_8859_1));
        String value = new String(m.value().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        if (lines.isEmpty()) {
            lines.add("");
        }
        int columns = Math.max(1, lines.get(0).split(",", -1).length);
        int row = lines.size() <= 1 ? 0 : 1 + m.row() % (lines.size() - 1); // a data row, where there is one
        switch (m.kind()) {
            case CELL, EXTRA_CELL, CELL_OF_OTHER_ROW -> {
                List<String> cells = new ArrayList<>(Arrays.asList(lines.get(row).split(",", columns))); // the last cell (a quoted source) whole
                int c = m.column() % cells.size();
                if (m.kind() == Kind.EXTRA_CELL) {
                    cells.add(c, value);
                } else if (m.kind() == Kind.CELL) {
                    cells.set(c, value);
                } else {
                    int o = lines.size() <= 1 ? row : 1 + (m.row() + 1) % (lines.size() - 1);
                    String[] other = lines.get(o).split(",", columns);
                    cells.set(c, other[Math.min(c, other.length - 1)]); // an id of another row: a duplicate
                }
                lines.set(row, String.join(",", cells));
            }
            case DELETE_ROW -> lines.remove(row);
            case DUPLICATE_ROW -> lines.add(row, lines.get(row));
            case DROP_COLUMN -> {
                int c = m.column() % columns;
                for (int i = 0; i < lines.size(); i++) {
                    List<String> cells = new ArrayList<>(Arrays.asList(lines.get(i).split(",", columns)));
                    if (c < cells.size()) {
                        cells.remove(c);
                    }
                    lines.set(i, String.join(",", cells));
                }
            }
            case RENAME_HEADER -> {
                List<String> cells = new ArrayList<>(Arrays.asList(lines.get(0).split(",", -1)));
                cells.set(m.column() % cells.size(), value);
                lines.set(0, String.join(",", cells));
            }
            case BLANK_LINE -> lines.add(row, "");
            case EMPTY_FILE -> lines.clear();
            case HEADER_ONLY -> lines.subList(1, lines.size()).clear();
            case CUT -> {
                String text = String.join("\n", lines);
                int at = (int) ((long) text.length() * (m.row() + 1) / 1001);
                Files.writeString(f, text.substring(0, at), StandardCharsets.ISO_8859_1); // cut anywhere, also inside a quoted cell
                return;
            }
            case BINARY -> {
                byte[] b = new byte[1 + m.row()];
                new Random(m.row() * 100L + m.column()).nextBytes(b);
                Files.write(f, b);
                return;
            }
            case DELETE_FILE -> {
                Files.delete(f);
                return;
            }
            default -> throw new AssertionError(m.kind());
        }
        Files.write(f, lines, StandardCharsets.ISO_8859_1);
    }
}
