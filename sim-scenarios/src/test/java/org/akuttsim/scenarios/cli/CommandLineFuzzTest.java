package org.akuttsim.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.akuttsim.scenarios.DefaultRegion;
import org.akuttsim.scenarios.PolicyNames;
import org.akuttsim.scenarios.ScenarioDirectory;
import org.akuttsim.scenarios.ScenarioDirectoryTest;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzz suite, command lines (issue 21): starts from a tiny valid command line of the main job,
 * {@code run}, {@code compare}, {@code sweep} or {@code validate} and changes it — an option of that
 * command set to a bad number, an out-of-range or unknown value, its value left out, the option given
 * twice or removed, a conflicting option (--region with --scenario-dir, --lever with --parameter), an
 * unknown option, a stray argument, a flag such as --resume or --help — sometimes into an output
 * directory that already holds a complete earlier run.
 * <p>
 * Property: exit 0, or 1/2 with a message that names the option, value or file, never
 * {@value Main#EXIT_BUG} or a stack trace; a command that exits 0 leaves complete results; one that
 * fails leaves earlier results byte for byte as they were and writes no result file of its own.
 */
class CommandLineFuzzTest {

    enum Command { MAIN, RUN, COMPARE, SWEEP, VALIDATE }

    enum Op { SET, NO_VALUE, TWICE, REMOVE, FLAG, UNKNOWN_OPTION, STRAY_ARGUMENT }

    /** One change; {@code option} and {@code value} are indices into the command's options and the option's values. */
    record Change(Op op, int option, int value) {
    }

    /** A generated case: the command, its changes, and whether a complete earlier run is in --out first. */
    record Case(Command command, List<Change> changes, boolean earlier) {
    }

    /** Option kinds and their values: valid ones (all small: a try must stay short) and bad ones. */
    static final List<String> JUNK = List.of("", " ", "abc", "NaN", "Infinity", "-Infinity", "-1", "0", "-0", "1e300", "99999999999",
            "1.5", ",", "1,2", "--", "-", "é", "\u0000", "${x}", "%n", "--resume", "-q");
    static final List<String> INT = List.of("1", "2", "3", "+2", "0x2", "07", "2147483648", "-2147483648", "1_0", "2.0");
    static final List<String> SEED = List.of("1", "-1", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "0x7f",
            "12345678901234567890");
    static final List<String> DAYS = List.of("0.5", "2", "1e-9", "4.9e-324", "0.0001", "1d", "2.", "36526", "1e5", "-1e-9", "0x1p1");
    static final List<String> CONFIDENCE = List.of("0.5", "0.99", "0.999999", "1e-9", "1", "100", "95", "0.95.", "95%");
    static final List<String> REGION = List.of("stolav", "hmn", "HMN", "Stolav", " stolav", "stolav ", "trondelag", "hmn,stolav");
    static final List<String> NAMES = List.of("2021", "2035", "2021,2035", "2035,2021", "2021,2021", "2050", "2021,,2035",
            "2035 less overtriage 30%", "baseline", "less", "closed", "2021;2035", " 2021", "2021,2035,2035 less overtriage 30%");
    static final List<String> PARAMETER = List.of("travel.speed_rural", "triage.green_no_ambulance_need", "ward.max_boarding",
            "profile.hour.00", "demand.missions_per_1000.90+", "calibration.red_share", "nope.x", "triage.mission_share.red");
    static final List<String> VALUES = List.of("0", "0,0.1", "0.1,0.1", "-1", "2", "abc", "tydal", "2035", "2040", "1e300", "60,70",
            "0.5", "1", "0,1", "botngard@orkland:1", "x=1", "0,,0.1", "0.3,1e-9", "1e6", "-1e6", "0.00001");
    /** Paths, resolved per try: a fresh directory, a file, below a file, a nested new directory, the scenario directory. */
    static final List<String> OUT = List.of("@out", "@file", "@file/below", "@out/a/b/c", "@try");
    static final List<String> DIR = List.of("@dir", "@missing", "@file", "@empty", "@zones-only", "@dir", "@dir");

    /** An option: its names (the first used when added) and its values. */
    record Opt(List<String> names, List<String> values, boolean removable) {
        Opt(String name, List<String> values) {
            this(List.of(name), values, true);
        }
    }

    static final Opt REPLICATIONS = new Opt(List.of("-r", "--replications"), INT, true);
    static final Opt SEED_OPT = new Opt("--seed", SEED);
    static final Opt THREADS = new Opt(List.of("-t", "--threads"), INT, true);
    static final Opt OUT_OPT = new Opt(List.of("-o", "--out"), OUT, false); // never removed: the default is in the working directory
    static final Opt WARM_UP = new Opt("--warm-up-days", DAYS);
    static final Opt LENGTH = new Opt(List.of("--length-days"), DAYS, false); // never removed: the default is a year
    static final Opt CONFIDENCE_OPT = new Opt("--confidence", CONFIDENCE);
    static final Opt REGION_OPT = new Opt("--region", REGION);
    static final Opt SCENARIO_DIR = new Opt(List.of("-d", "--scenario-dir"), DIR, true);
    static final Opt SCENARIO = new Opt(List.of("-s", "--scenario"), NAMES, true);
    static final Opt BASELINE = new Opt(List.of("-b", "--baseline"), NAMES, true);
    static final Opt LEVER = new Opt(List.of("-l", "--lever"), Stream.concat(PolicyNames.NAMES.stream(), Stream.of("nope", "LESS_OVERTRIAGE"))
            .toList(), true);
    static final Opt PARAMETER_OPT = new Opt(List.of("-p", "--parameter"), PARAMETER, true);
    static final Opt VALUES_OPT = new Opt(List.of("-v", "--values"), VALUES, true);
    static final Opt BASE = new Opt("--base", NAMES);
    static final Opt SWEEP_REPLICATIONS = new Opt(List.of("--sweep-replications"), INT, false); // never removed: 8 per point
    static final Opt VALIDATE_DIR = new Opt(List.of(""), DIR, false); // validate's DIR, a positional parameter
    static final List<String> FLAGS = List.of("--resume", "-q", "--quiet", "--help", "-h", "--version", "-V", "--no-sweep", "--trace");

    static final List<Opt> COMMON = List.of(REPLICATIONS, SEED_OPT, THREADS, OUT_OPT, WARM_UP, LENGTH, CONFIDENCE_OPT, REGION_OPT);

    static List<Opt> options(Command c) {
        List<Opt> o = new ArrayList<>(c == Command.VALIDATE ? List.of(VALIDATE_DIR) : COMMON);
        switch (c) {
            case MAIN -> o.add(SWEEP_REPLICATIONS);
            case RUN -> o.addAll(List.of(SCENARIO_DIR, SCENARIO));
            case COMPARE -> o.addAll(List.of(SCENARIO_DIR, SCENARIO, BASELINE));
            case SWEEP -> o.addAll(List.of(SCENARIO_DIR, LEVER, PARAMETER_OPT, VALUES_OPT, BASE));
            default -> { }
        }
        return o;
    }

    /** The valid starting point of each command: tiny runs of the embedded St. Olavs region. */
    static List<String> base(Command c) {
        List<String> tiny = List.of("-r", "1", "--length-days", "1", "--warm-up-days", "0", "-q", "-t", "1", "-o", "@out");
        List<String> a = new ArrayList<>();
        switch (c) {
            case MAIN -> a.addAll(List.of("--sweep-replications", "1"));
            case RUN -> a.addAll(List.of("run", "-s", "2021"));
            case COMPARE -> a.addAll(List.of("compare", "-s", "2021,2035"));
            case SWEEP -> a.addAll(List.of("sweep", "--lever", "less_overtriage", "--values", "0,0.3"));
            case VALIDATE -> {
                return new ArrayList<>(List.of("validate", "@dir"));
            }
            default -> throw new AssertionError(c);
        }
        a.addAll(tiny);
        return a;
    }

    private static Path root;
    private static Path scenarios;
    private static int tryNumber;

    @BeforeContainer
    static void directories() throws Exception {
        root = Files.createTempDirectory("akuttsim-cli-fuzz-");
        scenarios = ScenarioDirectoryTest.copyDefault(Files.createDirectories(root.resolve("scenarios")));
        Files.writeString(scenarios.resolve("policies.csv"), ScenarioFuzzTest.POLICIES);
        try (InputStream in = ScenarioDirectory.class.getResourceAsStream(DefaultRegion.STOLAV + "parameters.csv")) {
            Files.copy(in, scenarios.resolve("parameters.csv"));
        }
        Files.createDirectories(root.resolve("empty"));
        Files.createDirectories(root.resolve("zones-only"));
        Files.copy(scenarios.resolve("zones.csv"), root.resolve("zones-only").resolve("zones.csv"));
        Files.writeString(root.resolve("file"), "not a directory\n");
    }

    @AfterContainer
    static void remove() {
        FuzzChecks.delete(root);
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Op> op = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.just(Op.SET)), Tuple.of(5, Arbitraries.of(Op.values())));
        Arbitrary<Change> change = Combinators.combine(op, Arbitraries.integers().between(0, 99), Arbitraries.integers().between(0, 999))
                .as(Change::new);
        return Combinators.combine(Arbitraries.of(Command.values()), change.list().ofMinSize(1).ofMaxSize(3),
                Arbitraries.integers().between(0, 4).map(i -> i == 0)).as(Case::new);
    }

    @Property(tries = 300, seed = "21", shrinking = ShrinkingMode.BOUNDED)
    void everyChangedCommandLineGivesACleanErrorOrAValidRun(@ForAll("cases") Case c) throws IOException {
        Path t = Files.createDirectories(root.resolve("try-" + tryNumber++));
        try {
            Path out = t.resolve("out");
            Map<String, byte[]> before = new LinkedHashMap<>();
            if (c.earlier() && c.command() != Command.VALIDATE) {
                MainTest.Outcome first = FuzzChecks.run(resolve(base(c.command()), t));
                assertEquals(0, first.code(), "the unchanged command line runs:\n" + first.err());
                try (Stream<Path> files = Files.list(out)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        before.put(f.getFileName().toString(), Files.readAllBytes(f));
                    }
                }
            }
            List<String> args = base(c.command());
            List<Opt> opts = options(c.command());
            // A missing value goes last, so that nothing added later is taken for it (a stray word after -o would be a
            // directory in the working directory).
            List<Change> changes = new ArrayList<>(c.changes());
            changes.sort(java.util.Comparator.comparing(ch -> ch.op() == Op.NO_VALUE));
            for (Change ch : changes) {
                change(args, c.command(), opts.get(ch.option() % opts.size()), ch);
            }
            if (!before.isEmpty() && c.changes().get(0).value() % 2 == 0) {
                args.add("--resume"); // continue the earlier run, with whatever the changes altered: read back, or refused
            }
            String[] resolved = resolve(args, t);
            String what = String.join(" ", args);
            MainTest.Outcome o = FuzzChecks.run(resolved);
            FuzzChecks.assertClean(what, o);

            boolean info = args.stream().anyMatch(a -> List.of("--help", "-h", "--version", "-V").contains(a));
            Path actualOut = lastValue(resolved, "-o", "--out");
            if (o.code() == 0 && !info && c.command() != Command.VALIDATE) {
                FuzzChecks.assertWhole(what, o, actualOut, expected(c.command(), args));
                if (c.command() == Command.MAIN && !args.contains("--no-sweep")) {
                    FuzzChecks.assertWhole(what, o, actualOut.resolve("overtriage-sweep"),
                            FuzzChecks.concat(FuzzChecks.RESULT_FILES, List.of("comparison.csv")));
                }
            }
            if (o.code() != 0) {
                // the message: stderr without warnings and notes, up to the usage help picocli adds
                String message = o.err().lines().filter(l -> !l.startsWith("warning: ") && !l.startsWith("note: "))
                        .takeWhile(l -> !l.startsWith("Usage: ")).collect(java.util.stream.Collectors.joining("\n"));
                assertTrue(namesSomething(message, resolved), what + ": the message names no option, value or file:\n" + o.err());
                if (actualOut != null && !actualOut.equals(out) || before.isEmpty()) {
                    FuzzChecks.assertWhole(what, o, actualOut == null ? out : actualOut, List.of()); // no result file
                }
            }
            if (!before.isEmpty() && (o.code() != 0 || !out.equals(actualOut))) {
                for (Map.Entry<String, byte[]> e : before.entrySet()) {
                    assertArrayEquals(e.getValue(), Files.readAllBytes(out.resolve(e.getKey())), what + ": the earlier " + e.getKey()
                            + " was changed by a command that " + (o.code() == 0 ? "wrote elsewhere" : "failed:\n" + o.err()));
                }
            }
            Statistics.label("outcome").collect(o.code() == 0 ? "valid run" : o.code() == 1 ? "clean error, exit 1" : "clean error, exit 2");
            Statistics.label("command").collect(c.command());
            Statistics.label("first change").collect(c.changes().get(0).op());
        } finally {
            FuzzChecks.delete(t);
        }
    }

    /** Applies one change to {@code args}. */
    static void change(List<String> args, Command command, Opt opt, Change ch) {
        String name = opt.names().get(ch.value() % opt.names().size());
        // never junk for --out: a relative path would write into the working directory
        String value = ch.value() % 3 == 0 && opt != OUT_OPT ? JUNK.get(ch.value() / 3 % JUNK.size())
                : opt.values().get(ch.value() % opt.values().size());
        boolean positional = opt == VALIDATE_DIR;
        switch (ch.op()) {
            case SET -> {
                if (positional && args.size() > 1) {
                    args.set(1, value);
                } else if (positional) {
                    args.add(value);
                } else {
                    remove(args, opt);
                    args.add(name);
                    args.add(value);
                }
            }
            case NO_VALUE -> {
                if (positional && args.size() > 1) {
                    args.remove(1);
                } else if (!positional) {
                    remove(args, opt);
                    args.add(name); // the last argument: its value is missing
                }
            }
            case TWICE -> {
                if (positional) {
                    args.add(value);
                } else {
                    args.add(name);
                    args.add(opt.values().get(ch.value() % opt.values().size()));
                }
            }
            case REMOVE -> {
                if (opt.removable()) {
                    remove(args, opt);
                }
            }
            case FLAG -> args.add(FLAGS.get(ch.value() % FLAGS.size()));
            case UNKNOWN_OPTION -> args.add(List.of("--bogus", "-x", "--replicates", "--seed=", "---r", "-rr").get(ch.value() % 6));
            case STRAY_ARGUMENT -> args.add(command == Command.VALIDATE ? 1 : args.size(), List.of("extra", "2035", "@dir").get(ch.value() % 3));
            default -> throw new AssertionError(ch.op());
        }
        // a conflicting option now and then: --region with a scenario directory, --lever with --parameter
        if (ch.value() % 17 == 0) {
            switch (command) {
                case RUN, COMPARE -> args.addAll(List.of("--region", "stolav", "-d", "@dir"));
                case SWEEP -> args.addAll(List.of("--parameter", "travel.speed_rural"));
                default -> { }
            }
        }
    }

    /** Removes every occurrence of {@code opt} (under any of its names) and its value. */
    static void remove(List<String> args, Opt opt) {
        for (int i = 0; i < args.size(); i++) {
            if (opt.names().contains(args.get(i))) {
                args.remove(i);
                if (i < args.size()) {
                    args.remove(i);
                }
                i--;
            }
        }
    }

    /** Files a complete run of this command line writes in --out. */
    static List<String> expected(Command c, List<String> args) {
        return FuzzChecks.concat(FuzzChecks.REPORTED, switch (c) {
            case MAIN -> List.of("comparison.csv", "comparison-vs-2035.csv");
            case COMPARE -> List.of("comparison.csv");
            default -> List.of();
        });
    }

    /** The {@code @name} placeholders of a try made into its paths. */
    static String[] resolve(List<String> args, Path t) {
        return args.stream().map(a -> switch (a) {
            case "@out" -> t.resolve("out").toString();
            case "@out/a/b/c" -> t.resolve("out").resolve("a/b/c").toString();
            case "@try" -> t.toString();
            case "@file" -> root.resolve("file").toString();
            case "@file/below" -> root.resolve("file").resolve("below").toString();
            case "@dir" -> scenarios.toString();
            case "@missing" -> t.resolve("missing").toString();
            case "@empty" -> root.resolve("empty").toString();
            case "@zones-only" -> root.resolve("zones-only").toString();
            default -> a;
        }).toArray(String[]::new);
    }

    /** The value of the last of {@code names} in {@code args}, as a path (null when absent or without value). */
    static Path lastValue(String[] args, String... names) {
        Path p = null;
        for (int i = 0; i + 1 < args.length; i++) {
            if (List.of(names).contains(args[i])) {
                p = Path.of(args[i + 1]);
            }
        }
        return p;
    }

    /** Whether a message names an option, a value or a file of the command line. */
    static boolean namesSomething(String line, String[] args) {
        if (line.contains(".csv") || line.contains("'") || line.matches("(?s).*--[a-z].*")) { // a file, a quoted value, an option
            return true;
        }
        for (String a : args) {
            if (a.startsWith("-") && a.length() > 1 && line.contains(a) || a.startsWith("/") && line.contains(a)) {
                return true;
            }
        }
        return false;
    }
}
