package org.akuttsim.scenarios;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.akuttsim.chain.ChainModel;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.experiment.Replication;
import org.akuttsim.experiment.Responses;
import org.akuttsim.random.StreamFactory;
import org.akuttsim.stats.Tally;

/**
 * The calibration table: what the 2021 baseline should reproduce, the published figure (from the
 * {@code calibration.*} parameters, each with its source), and the simulated value (mean over
 * replications). Run {@code java -cp … org.akuttsim.scenarios.Calibration [replications] [stolav|hmn]}
 * (a bad argument: a usage error and exit code 2).
 */
public final class Calibration {

    /** One row of the table. */
    public record Row(String quantity, double published, String source, double simulated, double halfWidth) {
    }

    private Calibration() {
    }

    /**
     * The table for {@code scenario} (built from {@code p}), from {@code replications} one-year runs.
     *
     * @param scenario the scenario to simulate
     * @param p the parameters it was built from (published figures and targets)
     * @param replications the number of one-year replications
     * @param seed the master seed
     * @return one row per quantity
     */
    public static List<Row> table(ChainScenario scenario, Parameters p, int replications, long seed) {
        double pop = scenario.region().totalPopulation();
        String[] names = {"missions per 1,000", "RED share of missions", "RED p50 urban (min)", "RED p50 rural (min)",
            "RED p90 urban (min)", "RED p90 rural (min)", "ED arrivals per 1,000", "ED admission share",
            "main ED arrivals per day", "ward occupancy", "main ward stay (days)", "main ED occupancy", "main ED boarding share",
            "main ED boarding (min)", "main ED offload delay", "ward corridor share"};
        // null: no published figure (reported for the table, not calibrated)
        String[] params = {"calibration.missions_per_1000", "calibration.red_share", "calibration.red_p50_urban",
            "calibration.red_p50_rural", "calibration.red_p90_urban", "calibration.red_p90_rural",
            "calibration.ed_arrivals_per_1000", "calibration.admission_share", "calibration.main_ed_arrivals_per_day",
            "calibration.ward_occupancy", "calibration.ward_stay", null, null, null, null, null};
        String main = "ed." + scenario.region().hospitals().get(0).id() + ".";
        Tally[] t = new Tally[names.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = new Tally();
        }
        StreamFactory f = new StreamFactory(seed);
        ChainModel model = new ChainModel();
        double year = 365.25 * 24 * 60;
        for (int r = 0; r < replications; r++) {
            Responses out = new Responses();
            model.run(scenario, new Replication(r, f.forReplication(r), 7 * 24 * 60, year), out);
            double missions = out.get("missions.RED") + out.get("missions.YELLOW") + out.get("missions.GREEN");
            double ed = 0;
            double adm = 0;
            double dec = 0;
            double ward = 0;
            double beds = 0;
            double corridor = 0;
            double entries = 0;
            for (var h : scenario.region().hospitals()) {
                ward += out.get("ed." + h.id() + ".ward.occupancy.mean");
                beds += h.wardBeds();
                ed += out.get("ed." + h.id() + ".arrivals.total");
                double a = out.get("ed." + h.id() + ".admissions");
                entries += a;
                corridor += a * out.get("ed." + h.id() + ".ward.corridor.share");
                double share = out.get("ed." + h.id() + ".outpatient.share");
                adm += a;
                dec += share < 1 ? a / (1 - share) : 0;
            }
            double[] v = {missions / pop * 1000, out.get("missions.RED") / missions, out.get("response.RED.urban.p50"),
                out.get("response.RED.rural.p50"), out.get("response.RED.urban.p90"),
                out.get("response.RED.rural.p90"), ed / pop * 1000, dec > 0 ? adm / dec : Double.NaN,
                out.get(main + "arrivals.perDay"), ward / beds, out.get(main + "ward.stay.mean_days"), out.get(main + "occupancy.mean"), out.get(main + "boarding.share"),
                out.get(main + "boarding.mean_min"), out.get(main + "offload.delay.mean_min"),
                entries > 0 ? corridor / entries : Double.NaN};
            for (int i = 0; i < v.length; i++) {
                t[i].add(v[i]);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            double hw = t[i].count() > 1 ? 2.58 * t[i].standardDeviation() / Math.sqrt(t[i].count()) : Double.NaN;
            rows.add(params[i] == null ? new Row(names[i], Double.NaN, "no published figure (reported, not calibrated)", t[i].mean(), hw)
                    : new Row(names[i], p.get(params[i]), p.source(params[i]), t[i].mean(), hw));
        }
        return rows;
    }

    /**
     * Prints the table.
     *
     * @param rows the rows
     * @param out where to print
     */
    public static void print(List<Row> rows, PrintStream out) {
        out.printf(Locale.ROOT, "%-24s %10s %18s   %s%n", "quantity", "published", "simulated (99% CI)", "source of the published figure");
        for (Row r : rows) {
            out.printf(Locale.ROOT, "%-24s %10.3g %10.3g ± %-6.2g   %s%n", r.quantity(), r.published(), r.simulated(),
                    r.halfWidth(), r.source().length() > 90 ? r.source().substring(0, 90) + "…" : r.source());
        }
    }

    /** The usage line printed with every argument error. */
    static final String USAGE = "usage: Calibration [REPLICATIONS] [stolav|hmn]  (REPLICATIONS: a whole number >= 1, default 5;"
            + " region default stolav)";

    /**
     * The command line: {@code [replications] [stolav|hmn]}; exits with {@link #run}'s code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the table for {@code args}; 0, or 2 with a usage error on stderr (no stack trace) for a bad
     * argument.
     *
     * @param args the arguments: replications (default 10) and region (default stolav)
     * @param out where the table goes
     * @param err where a usage error goes
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 2) {
            err.println("error: expected at most 2 arguments, found " + args.length + "\n" + USAGE);
            return 2;
        }
        int n = 5;
        if (args.length > 0) {
            try {
                n = Integer.parseInt(args[0].trim());
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1) {
                err.println("error: REPLICATIONS: expected a whole number >= 1, found '" + args[0] + "'\n" + USAGE);
                return 2;
            }
        }
        String region = args.length > 1 ? args[1] : "stolav";
        if (!region.equals("stolav") && !region.equals("hmn")) {
            err.println("error: region: expected stolav or hmn, found '" + region + "'\n" + USAGE);
            return 2;
        }
        long t0 = System.nanoTime();
        if (region.equals("stolav")) {
            print(table(DefaultRegion.stOlav2021(), DefaultRegion.defaultParameters(), n, 20210101L), out);
        } else {
            print(table(DefaultRegion.helseMidtNorge(2021), DefaultRegion.helseMidtNorge().parameters(), n, 20210101L), out);
        }
        out.printf(Locale.ROOT, "%d one-year replications of %s in %.1f s%n", n, region, (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
