package org.akuttsim.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Region;
import org.akuttsim.chain.TravelModel;
import org.akuttsim.io.InputValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** crossings.csv: the embedded Trondheimsfjord crossings, located errors, and a travel matrix taking precedence. */
class CrossingsFileTest {

    private static int zone(Region r, String id) {
        for (int z = 0; z < r.zoneCount(); z++) {
            if (r.zones().get(z).id().equals(id)) {
                return z;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void stOlavsReachesFosenByFerryOrAroundTheFjord() {
        ChainScenario s = DefaultRegion.stOlav2021();
        TravelModel t = s.travel();
        Region r = s.region();
        assertEquals(2, t.crossings().size());
        int n = r.zoneCount(), trd = zone(r, "trd_midtbyen"), orland = zone(r, "orland"), orkland = zone(r, "orkland");
        int rissa = zone(r, "indre_fosen_rissa");
        int day = t.bandOfHour(12), night = t.bandOfHour(2);
        double[] m = t.minutes(r, day), mNight = t.minutes(r, night), red = t.responseMinutes(r, day);
        // Trondheim to Rissa: Flakk–Rørvik, 15 min expected wait + 25 min crossing by day, 30 + 25 at night.
        assertTrue(m[trd * n + rissa] >= 40 && red[trd * n + rissa] >= 40, m[trd * n + rissa] + " / RED " + red[trd * n + rissa]);
        assertTrue(mNight[trd * n + rissa] >= 55, "night " + mNight[trd * n + rissa]);
        // Orkland to Ørland: Brekstad–Valset by day; at night it does not sail, so Flakk or the road around.
        assertTrue(m[orkland * n + orland] >= 25 + 30, "by day " + m[orkland * n + orland]);
        assertTrue(mNight[orkland * n + orland] > m[orkland * n + orland], m[orkland * n + orland] + " -> " + mNight[orkland * n + orland]);
        // Zones on one side keep their road.
        Parameters p = DefaultRegion.defaultParameters();
        TravelModel plain = TravelModel.fromCoordinates(p.get("travel.detour_factor"), p.get("travel.speed_urban"),
                p.get("travel.speed_rural"), p.get("travel.intra_zone_km"), p.get("travel.lights_and_sirens_factor"));
        assertEquals(plain.minutes(r, 0)[trd * n + orkland], m[trd * n + orkland], 1e-9);
    }

    /**
     * The test on the embedded region: every response that sets out from the Trondheim side of
     * the fjord to a Fosen zone takes at least the shortest crossing plus its expected wait (Flakk–Rørvik
     * by day: 25 + 15 min), whatever lights and sirens and the drive's variation do to the road legs.
     */
    @Test
    void stOlavsRespondsAcrossTheFjordNoFasterThanTheFerryAllows() {
        ChainScenario s = DefaultRegion.stOlav2021();
        Region r = s.region();
        java.util.Set<Integer> fosen = new java.util.HashSet<>();
        for (int z : s.travel().crossings().get(0).sideB()) {
            fosen.add(z);
        }
        List<double[]> across = new ArrayList<>();
        org.akuttsim.chain.ChainRun run = new org.akuttsim.chain.ChainRun(s,
                new org.akuttsim.experiment.Replication(0, new org.akuttsim.random.StreamFactory(5L).forReplication(0), 0, 120 * 1440));
        run.observe(new org.akuttsim.chain.ChainObserver() {
            int from, to;
            double start, end;

            @Override
            public void unitLegStarted(int unit, int f, int t, double st, double en) {
                from = f;
                to = t;
                start = st;
                end = en;
            }

            @Override
            public void callDispatched(org.akuttsim.chain.Call call, int unit, double t) {
                if (!fosen.contains(from) && fosen.contains(to)) {
                    across.add(new double[] {end - start, call.level()});
                }
            }
        });
        run.run();
        assertTrue(across.size() > 20, "responses across the fjord in 120 days: " + across.size());
        long red = across.stream().filter(x -> x[1] == 0).count();
        assertTrue(red > 5, "RED ones: " + red);
        for (double[] x : across) {
            assertTrue(x[0] >= 25 + 15 - 1e-9, "a response across the fjord drove " + x[0] + " min (level " + (int) x[1] + ")");
        }
        assertTrue(r.zoneCount() > fosen.size());
    }

    @Test
    void badCrossingsAreReportedAtTheirLineAndColumn(@TempDir Path dir) throws Exception {
        ScenarioDirectoryTest.copyDefault(dir);
        String header = "crossing_id,side_a,side_b,quay_a_lat,quay_a_lon,quay_b_lat,quay_b_lon,crossing_minutes,headway_day,"
                + "headway_night,day_start_hour,day_end_hour,around_lat,around_lon";
        Files.writeString(dir.resolve("crossings.csv"), ScenarioDirectoryTest.message(header,
                "a,trd_midtbyen;mars,orland,63.4,10.2,63.5,10.1,25,30,60,6,22,64,11.5",
                "b,trd_midtbyen,orland;trd_midtbyen,63.4,10.2,63.5,10.1,25,0,never,6,22,64,11.5",
                "c,trd_midtbyen,orland,63.4,10.2,63.5,10.1,25,30,60,22,6,64,11.5"));
        InputValidationException e = assertThrows(InputValidationException.class, () -> ScenarioDirectory.load(dir));
        String all = e.getMessage();
        assertTrue(all.contains("crossings.csv line 2, column 'side_a'") && all.contains("'mars' is not one"), all);
        assertTrue(all.contains("crossings.csv line 3, column 'side_b'") && all.contains("not on side_a as well"), all);
        assertTrue(all.contains("crossings.csv line 3, column 'headway_day'"), all);
        assertTrue(all.contains("crossings.csv line 3, column 'headway_night'") && all.contains("found 'never'"), all);
        assertTrue(all.contains("crossings.csv line 4, column 'day_end_hour'"), all);
    }

    @Test
    void aTravelMatrixTakesPrecedenceOverTheCrossings(@TempDir Path dir) throws Exception {
        ScenarioDirectoryTest.copyDefault(dir);
        Region r = DefaultRegion.stOlav2021().region();
        List<String> lines = new ArrayList<>();
        lines.add("from_zone,to_zone,minutes");
        for (int i = 0; i < r.zoneCount(); i++) {
            for (int j = 0; j < r.zoneCount(); j++) {
                lines.add(r.zones().get(i).id() + "," + r.zones().get(j).id() + "," + (i == j ? 5 : 10 + i + j));
            }
        }
        Files.writeString(dir.resolve("travel.csv"), String.join("\n", lines) + "\n");
        ScenarioDefinition d = ScenarioDirectory.load(dir);
        TravelModel t = d.baseline().travel();
        assertTrue(t.crossings().isEmpty());
        assertEquals(1, t.bands());
        int n = r.zoneCount(), trd = zone(r, "trd_midtbyen"), rissa = zone(r, "indre_fosen_rissa");
        assertEquals(10 + trd + rissa, t.minutes(r, 0)[trd * n + rissa], 0.0, "the user's minutes, no ferry added");
        assertTrue(d.warnings().get(0).contains("crossings.csv is not used"), d.warnings().toString());
    }
}
