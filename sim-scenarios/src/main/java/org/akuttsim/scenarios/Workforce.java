package org.akuttsim.scenarios;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.CrewSchedule;
import org.akuttsim.chain.Demand;
import org.akuttsim.chain.Fleet;
import org.akuttsim.chain.UnitSpec;

/**
 * The workforce path 2021 → 2035 (issue 20): ambulance staff by station, retirements each year,
 * recruitment, and the crewed unit-hours that follow. Staff shortage as a path, not one fraction.
 *
 * <ul>
 *   <li><b>Rota.</b> A unit crewed h hours a week needs h × {@link #FTE_PER_24_7} / 168 full-time
 *       staff (a 24/7 ambulance ≈ 10 FTE: domain-brief "Staff per 24/7 ambulance", Ambulanse
 *       Midt-Norge ≈ 800 staff / ≈ 100 ambulances, national 5,030 FTE).</li>
 *   <li><b>Staff in the base year</b>: each station's rota × (1 + {@link #BASE_MARGIN}).</li>
 *   <li><b>Retirements</b>: {@link #RETIREMENT_PER_YEAR} of the base year's staff a year.</li>
 *   <li><b>Recruitment</b>: {@code recruits} × the base year's staff a year, shared between stations
 *       in proportion to their base-year staff.</li>
 *   <li><b>Crewed hours that follow</b>: a station keeps its units, largest schedule first, while its
 *       staff cover their rota; the first unit they do not cover goes day-only (its hours 08–20) if
 *       they cover that, and the units after it are off the road. A station whose staff cover not even
 *       its first unit's day hours closes (its zones keep their district; other stations serve them).
 *       At least one unit stays in the fleet.</li>
 * </ul>
 */
public final class Workforce {

    /** A 24/7 ambulance needs ≈ 10 FTE (domain-brief: "Staff per 24/7 ambulance ≈ 10 FTE", A with D check). */
    public static final double FTE_PER_24_7 = 10;
    /**
     * ASSUMPTION: stations are staffed 10 % above their rota in the base year (part-time pool and
     * overtime that cover holidays and sickness; no figure published, domain-brief-turn2 §7 "Not found").
     */
    public static final double BASE_MARGIN = 0.10;
    /**
     * ASSUMPTION: 300 of 1,050 staff retire by 2035 (the seed's "more than 300 of 1,000–1,100", not
     * confirmed, domain-brief-turn2 §7), evenly over 14 years: 300 / 1,050 / 14 ≈ 2.04 % a year.
     */
    public static final double RETIREMENT_PER_YEAR = 300.0 / 1050.0 / 14.0;
    /** The base year of the path (the region's population table). */
    public static final int BASE_YEAR = 2021;

    private Workforce() {
    }

    /** Staff (FTE) a unit with this schedule needs. */
    static double rota(CrewSchedule s) {
        return s.hoursPerWeek() * FTE_PER_24_7 / Demand.HOURS_PER_WEEK;
    }

    /**
     * FTE at each station in {@code year} with {@code recruits} (share of base staff a year): the
     * base-year staff (rota × (1 + {@link #BASE_MARGIN})) × (1 + (recruits − {@link #RETIREMENT_PER_YEAR})
     * × years since {@link #BASE_YEAR}), never below 0.
     *
     * @param base     the base year's fleet (its units' stations and schedules)
     * @param stations the number of stations (every unit's station index is below it)
     * @param year     the year of the path ({@link #BASE_YEAR} gives the base-year staff)
     * @param recruits staff recruited each year, as a share of the base year's staff
     * @return per station index, the staff in full-time equivalents
     */
    public static double[] staff(Fleet base, int stations, int year, double recruits) {
        double[] s = new double[stations];
        for (UnitSpec u : base.units()) {
            s[u.station()] += rota(u.schedule()) * (1 + BASE_MARGIN);
        }
        double f = Math.max(0, 1 + (recruits - RETIREMENT_PER_YEAR) * (year - BASE_YEAR));
        for (int i = 0; i < stations; i++) {
            s[i] *= f;
        }
        return s;
    }

    /**
     * The fleet crewed by the staff of {@code year} (see the class): units in the base fleet's order,
     * some day-only (08–20) or left out where staff fall below the rota; at least one unit.
     *
     * @param base     the base year's fleet
     * @param stations the number of stations (every unit's station index is below it)
     * @param year     the year of the path
     * @param recruits staff recruited each year, as a share of the base year's staff
     * @return the crewed fleet ({@code base} itself, unit for unit, when the staff crew every unit)
     */
    public static Fleet crewed(Fleet base, int stations, int year, double recruits) {
        double[] staff = staff(base, stations, year, recruits);
        List<UnitSpec> all = base.units();
        UnitSpec[] crewed = new UnitSpec[all.size()];
        for (int st = 0; st < stations; st++) {
            List<Integer> units = new ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).station() == st) {
                    units.add(i);
                }
            }
            units.sort(Comparator.comparingInt((Integer i) -> -all.get(i).schedule().hoursPerWeek()).thenComparingInt(i -> i));
            double left = staff[st] + 1e-9;
            for (int i : units) {
                UnitSpec u = all.get(i);
                if (rota(u.schedule()) <= left) {
                    crewed[i] = u;
                    left -= rota(u.schedule());
                    continue;
                }
                CrewSchedule day = dayHours(u.schedule());
                if (day.hoursPerWeek() > 0 && rota(day) <= left) {
                    crewed[i] = new UnitSpec(u.id(), u.type(), u.station(), day, u.travelFactor());
                }
                break; // the first unit the staff do not cover: day-only at most, the rest off the road
            }
        }
        // the fleet's own order, so a path that crews every unit is the base fleet itself
        List<UnitSpec> kept = new ArrayList<>();
        for (UnitSpec u : crewed) {
            if (u != null) {
                kept.add(u);
            }
        }
        if (kept.isEmpty()) {
            kept.add(all.get(0));
        }
        return new Fleet(kept);
    }

    /** The hours 08–20 of {@code s}. */
    static CrewSchedule dayHours(CrewSchedule s) {
        boolean[] on = s.onDuty();
        for (int h = 0; h < on.length; h++) {
            int hod = h % 24;
            on[h] &= hod >= 8 && hod < 20;
        }
        return new CrewSchedule(on);
    }

    /**
     * The workforce of {@code year} with {@code recruits} (share of the base year's staff recruited each
     * year; {@link #RETIREMENT_PER_YEAR} replaces every retirement). <b>Moves</b> {@code Fleet}: units
     * go day-only or off the road where staff fall below the rota.
     *
     * @param year     the year of the path, {@link #BASE_YEAR} to {@link GrowthProfile#LAST_YEAR}
     * @param recruits staff recruited each year, as a share in [0, 1] of the base year's staff
     * @return the lever, named {@code workforce=<year>:<recruits>}
     * @throws IllegalArgumentException if {@code year} or {@code recruits} is out of range
     */
    public static Policy path(int year, double recruits) {
        if (year < BASE_YEAR || year > GrowthProfile.LAST_YEAR) {
            throw new IllegalArgumentException("workforce year must be in " + BASE_YEAR + "–" + GrowthProfile.LAST_YEAR + ", was " + year);
        }
        if (!(recruits >= 0 && recruits <= 1)) {
            throw new IllegalArgumentException("recruits must be a share in [0, 1] of the base year's staff a year, was " + recruits);
        }
        return Policy.of("workforce=" + year + ":" + org.akuttsim.io.CsvRow.fmt(recruits),
                "fleet: crewed by the staff of " + year + " (retirements " + String.format(Locale.ROOT, "%.4f", RETIREMENT_PER_YEAR)
                        + "/yr, recruits " + org.akuttsim.io.CsvRow.fmt(recruits) + "/yr)",
                sc -> sc.toBuilder().fleet(crewed(sc.fleet(), sc.region().stationCount(), year, recruits)).build());
    }

    /**
     * {@code policies.csv} value: {@code YEAR} (no recruitment), {@code YEAR:replace} (recruits replace
     * retirements) or {@code YEAR:SHARE} (recruits a year as a share of the base year's staff).
     */
    static Policy parse(String v) {
        String[] parts = v.split(":", -1);
        int year;
        double recruits = 0;
        try {
            year = Integer.parseInt(parts[0].trim());
            if (parts.length == 2) {
                recruits = parts[1].trim().equalsIgnoreCase("replace") ? RETIREMENT_PER_YEAR : Double.parseDouble(parts[1].trim());
            } else if (parts.length > 2) {
                year = -1;
            }
        } catch (NumberFormatException e) {
            year = -1;
        }
        if (year < BASE_YEAR || year > GrowthProfile.LAST_YEAR || !(recruits >= 0 && recruits <= 1)) {
            throw new IllegalArgumentException("expected 'YEAR', 'YEAR:replace' or 'YEAR:SHARE' for workforce, with YEAR from " + BASE_YEAR
                    + " to " + GrowthProfile.LAST_YEAR + " and SHARE in [0, 1] (recruits a year, share of the base year's staff), e.g. '2035:0.01'");
        }
        return path(year, recruits);
    }
}
