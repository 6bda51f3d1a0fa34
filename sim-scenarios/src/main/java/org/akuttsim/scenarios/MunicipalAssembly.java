package org.akuttsim.scenarios;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.akuttsim.chain.AgeGroups;
import org.akuttsim.chain.ArrivalEnvelope;
import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Demand;
import org.akuttsim.chain.DurationModel;
import org.akuttsim.chain.Level;
import org.akuttsim.chain.Region;
import org.akuttsim.chain.Triage;
import org.akuttsim.chain.Zone;
import org.akuttsim.chain.hospital.EmergencyDepartmentModel;
import org.akuttsim.chain.hospital.EmergencyDepartmentSpec;
import org.akuttsim.chain.municipal.LegevaktSite;
import org.akuttsim.chain.municipal.MunicipalServices;

/**
 * Where the municipal side's published figures become the scenario's {@link MunicipalServices}
 * (issue 20), and where the calibrated totals are kept when it joins the chain.
 *
 * <ul>
 *   <li><b>Sites.</b> One legevakt per station district, then districts merged greedily (most
 *       populous first) into the first site within {@code legevakt.merge_minutes} of the district's
 *       station: an intermunicipal legevakt (Trondheim legevakt serves Trondheim, Klæbu, Malvik,
 *       Melhus and Midtre Gauldal, domain-brief-turn2 §5).</li>
 *   <li><b>Direct contacts</b> (116117, not through AMK): {@code legevakt.contacts_per_person_year}
 *       on average in the base year, by age with {@link #AGE_FACTOR}; over the week with
 *       {@code legevakt.daytime_share} on weekdays 08–16 and {@link #weeklyShares} otherwise.</li>
 *   <li><b>116117</b>: direct contacts call first; nurses by site and hour answer them (the base year's call
 *       load ÷ {@code legevakt.target_utilisation}, at least one), a call takes {@code legevakt.phone_call_mean},
 *       and {@code legevakt.phone_only_share} is settled on the phone, so the calls are the consultations ÷
 *       (1 − that share).</li>
 *   <li><b>Doctors on duty</b> by site and hour of week: the base year's expected consultation load
 *       (direct + AMK's LEGEVAKT outcomes) ÷ {@code legevakt.target_utilisation}, rounded up, at least
 *       one. <b>Daytime municipal slots</b>: the base year's GP_MUNICIPAL load ×
 *       {@code municipal.capacity_factor}, rounded up, at least one, in GP opening hours.</li>
 *   <li><b>Totals kept.</b> The ED's fixed referral stream is split: each hospital's stream is
 *       reduced by the referrals the modelled legevakt and municipal services are expected to send it,
 *       so the 2021 ED arrivals stay as calibrated. AMK's call rates are reduced by the ambulances
 *       legevakt doctors are expected to order and those for patients too far from their legevakt
 *       ({@code legevakt.far_*}), so the missions stay as calibrated (the demand rates
 *       were fitted to all missions, doctor-ordered ones included).</li>
 * </ul>
 */
public final class MunicipalAssembly {

    /**
     * Relative legevakt contacts per person by age group 0–9 … 90+. ASSUMPTION: shape interpolated from
     * SSB 2023 consultations per person (all 0.23; 0–5 y 0.45; 67–79 0.22; 80–89 0.34; 90+ 0.38;
     * domain-brief-turn2 §5); the groups SSB does not give are set near the mean, scaled to the
     * region's base-year mean.
     */
    static final double[] AGE_FACTOR = {0.38, 0.18, 0.24, 0.21, 0.18, 0.18, 0.20, 0.23, 0.34, 0.38};

    private MunicipalAssembly() {
    }

    /**
     * {@code sc} with its municipal side from {@code p}, the ED referral stream split and AMK's rates reduced (see the class).
     *
     * @param sc the scenario without a municipal side (region, travel model, demand, hospitals)
     * @param p  the scenario's parameters ({@code legevakt.*}, {@code municipal.*})
     * @return the scenario with its {@link MunicipalServices}, each ED's referral stream reduced by the
     *         referrals the municipal side is expected to send it, and AMK's call rates reduced by the
     *         ambulances it is expected to order
     */
    public static ChainScenario attach(ChainScenario sc, Parameters p) {
        Region region = sc.region();
        int zones = region.zoneCount();
        double[] minutes = sc.travel().minutes(region, 0);
        // direct contacts call 116117 first; a share is settled on the phone, so calls = consultations / (1 - that share)
        double phoneOnly = p.get("legevakt.phone_only_share");
        double[] perPerson = agedRates(region, p.get("legevakt.contacts_per_person_year") / (1 - phoneOnly));
        double callMean = p.get("legevakt.phone_call_mean");
        double[] week = weeklyShares(p.get("legevakt.daytime_share"), sc.triage());
        Loads loads = loads(sc, perPerson, week);
        double[][] direct = loads.direct, amkLv = loads.amkLv, amkGp = loads.amkGp;
        double missionsPerYear = loads.missionsPerYear;
        Demand d = sc.demand();
        // sites: one per station district, merged within legevakt.merge_minutes
        int[] siteOfZone = new int[zones];
        List<Integer> siteZone = mergeDistricts(region, minutes, p.get("legevakt.merge_minutes"), siteOfZone);
        int sites = siteZone.size();
        double consult = p.get("legevakt.consultation_mean");
        double visit = p.get("municipal.visit_mean");
        double util = p.get("legevakt.target_utilisation");
        double capacity = p.get("municipal.capacity_factor");
        double[][] lvLoad = new double[sites][Demand.HOURS_PER_WEEK];
        double[][] gpLoad = new double[sites][Demand.HOURS_PER_WEEK];
        double[][] phoneLoad = new double[sites][Demand.HOURS_PER_WEEK];
        double[] consultationsPerYear = new double[sites];
        for (int z = 0; z < zones; z++) {
            int s = siteOfZone[z];
            for (int h = 0; h < Demand.HOURS_PER_WEEK; h++) {
                double consultations = direct[z][h] * (1 - phoneOnly) + amkLv[z][h];
                lvLoad[s][h] += consultations * consult;
                gpLoad[s][h] += amkGp[z][h] * visit;
                phoneLoad[s][h] += direct[z][h] * callMean;
                consultationsPerYear[s] += consultations * Demand.MINUTES_PER_YEAR / Demand.HOURS_PER_WEEK;
            }
        }
        List<LegevaktSite> list = new ArrayList<>();
        for (int s = 0; s < sites; s++) {
            int[] doctors = new int[Demand.HOURS_PER_WEEK];
            int[] slots = new int[Demand.HOURS_PER_WEEK];
            int[] nurses = new int[Demand.HOURS_PER_WEEK];
            for (int h = 0; h < Demand.HOURS_PER_WEEK; h++) {
                nurses[h] = Math.max(1, (int) Math.ceil(phoneLoad[s][h] / util - 1e-9));
                doctors[h] = Math.max(1, (int) Math.ceil(lvLoad[s][h] / util - 1e-9));
                slots[h] = sc.triage().gpOpen(h) ? Math.max(1, (int) Math.ceil(gpLoad[s][h] * capacity - 1e-9)) : 0;
            }
            list.add(new LegevaktSite(siteName(region, siteZone.get(s)), siteZone.get(s), doctors, slots, nurses));
        }
        double edShare = p.get("legevakt.ed_referral_share");
        double ambShare = p.get("legevakt.ambulance_share");
        double gpEdShare = p.get("municipal.ed_referral_share");
        MunicipalServices m = new MunicipalServices(list, siteOfZone, perPerson, week, 1.0,
                DurationModel.lognormal(consult, p.get("legevakt.consultation_cv")), DurationModel.lognormal(visit, 1.0), edShare, ambShare,
                gpEdShare, p.get("legevakt.ambulance_red_share")).withFarPatients(p.get("legevakt.far_minutes"), p.get("legevakt.far_ambulance_share"))
                .withTelephone(DurationModel.lognormal(callMean, 1.0), phoneOnly);
        ChainScenario.Builder b = sc.toBuilder().municipal(m);
        // keep the calibrated ED arrivals: legevakt's referrals come out of each ED's fixed referral stream
        if (sc.hospitals() instanceof EmergencyDepartmentModel ed) {
            double[] sent = edReferralsPerYear(sc, m, minutes, loads);
            List<EmergencyDepartmentSpec> specs = new ArrayList<>();
            for (EmergencyDepartmentSpec e : ed.parameters().hospitals()) {
                int h = indexOfHospital(region, e.id());
                double perYear = Arrays.stream(e.referralPerHour()).sum() * Demand.MINUTES_PER_YEAR / (Demand.HOURS_PER_WEEK * 60.0);
                specs.add(h < 0 || perYear <= 0 ? e : e.withReferralsScaled(Math.max(0, 1 - sent[h] / perYear)));
            }
            b.hospitals(new EmergencyDepartmentModel(ed.parameters().withHospitals(specs)));
        }
        // keep the calibrated missions: the ambulances legevakt doctors order come out of AMK's call rates
        double ordered = Arrays.stream(consultationsPerYear).sum() * ambShare;
        for (int z = 0; z < zones; z++) {
            if (minutes[z * zones + siteZone.get(siteOfZone[z])] > m.farMinutes()) {
                for (int h = 0; h < Demand.HOURS_PER_WEEK; h++) {
                    ordered += (direct[z][h] * (1 - phoneOnly) + amkLv[z][h]) * m.farAmbulanceShare() * Demand.MINUTES_PER_YEAR
                            / Demand.HOURS_PER_WEEK;
                }
            }
        }
        if (ordered > 0 && missionsPerYear > 0) {
            double f = Math.max(0, 1 - ordered / missionsPerYear);
            double[] r = d.ratePerPersonYear();
            for (int g = 0; g < r.length; g++) {
                r[g] *= f;
            }
            Demand reduced = d.withRates(r);
            b.demand(reduced).envelope(ArrivalEnvelope.of(region, reduced));
        }
        return b.build();
    }

    /** Expected flows per zone and hour of week, per minute: direct contacts, AMK's LEGEVAKT and GP_MUNICIPAL outcomes; AMK missions a year. */
    record Loads(double[][] direct, double[][] amkLv, double[][] amkGp, double missionsPerYear) {
    }

    /** The expected flows of {@code sc}'s demand and triage with direct contacts {@code perPerson} by age spread by {@code week}. */
    static Loads loads(ChainScenario sc, double[] perPerson, double[] week) {
        Region region = sc.region();
        int zones = region.zoneCount();
        double[][] direct = new double[zones][Demand.HOURS_PER_WEEK];
        double[][] amkLv = new double[zones][Demand.HOURS_PER_WEEK];
        double[][] amkGp = new double[zones][Demand.HOURS_PER_WEEK];
        double missionsPerYear = 0;
        Demand d = sc.demand();
        double[][] mix = d.conditionMix();
        double[][] nbc = d.needByCondition();
        for (int z = 0; z < zones; z++) {
            Zone zone = region.zones().get(z);
            for (int g = 0; g < AgeGroups.COUNT; g++) {
                double callsPerMinute = zone.population(g) * d.ratePerPersonYear(g) / Demand.MINUTES_PER_YEAR;
                double directPerMinute = zone.population(g) * perPerson[g] / Demand.MINUTES_PER_YEAR;
                double[] need = new double[Level.COUNT];
                for (int c = 0; c < mix[g].length; c++) {
                    for (int n = 0; n < Level.COUNT; n++) {
                        need[n] += mix[g][c] * nbc[c][n];
                    }
                }
                for (int h = 0; h < Demand.HOURS_PER_WEEK; h++) {
                    boolean open = sc.triage().gpOpen(h);
                    double calls = callsPerMinute * d.profile(h);
                    direct[z][h] += directPerMinute * week[h] * Demand.HOURS_PER_WEEK;
                    for (int n = 0; n < Level.COUNT; n++) {
                        amkLv[z][h] += calls * need[n] * sc.triage().probability(open, n, Level.LEGEVAKT.ordinal());
                        amkGp[z][h] += calls * need[n] * sc.triage().probability(open, n, Level.GP_MUNICIPAL.ordinal());
                        for (int l = 0; l < Level.AMBULANCE_LEVELS; l++) {
                            missionsPerYear += calls * need[n] * sc.triage().probability(open, n, l) * Demand.MINUTES_PER_YEAR
                                    / Demand.HOURS_PER_WEEK;
                        }
                    }
                }
            }
        }
        return new Loads(direct, amkLv, amkGp, missionsPerYear);
    }

    /**
     * The ED referrals a year the municipal side {@code m} of {@code sc} is expected to send each hospital
     * (legevakt consultations × their ED share + daytime municipal visits × theirs, to the ED nearest the site):
     * what {@link #attach} takes out of each ED's fixed referral stream.
     *
     * @param sc the scenario (region, travel model, demand)
     * @param m  its municipal side
     * @return per hospital index of the region, the expected ED referrals per year (0 for a hospital
     *         nearest no site)
     */
    public static double[] edReferralsPerYear(ChainScenario sc, MunicipalServices m) {
        return edReferralsPerYear(sc, m, sc.travel().minutes(sc.region(), 0), loads(sc, m.contactsPerPersonYear(), m.weeklyShare()));
    }

    private static double[] edReferralsPerYear(ChainScenario sc, MunicipalServices m, double[] minutes, Loads l) {
        Region region = sc.region();
        int[] siteOfZone = m.siteOfZone();
        double[] sent = new double[region.hospitalCount()];
        for (int z = 0; z < region.zoneCount(); z++) {
            int h = MunicipalServices.nearestHospital(region, minutes, m.sites().get(siteOfZone[z]).zone());
            if (h < 0) {
                continue;
            }
            for (int k = 0; k < Demand.HOURS_PER_WEEK; k++) {
                double perYear = Demand.MINUTES_PER_YEAR / Demand.HOURS_PER_WEEK;
                double consultations = l.direct[z][k] * m.directKept() * (1 - m.phoneOnlyShare()) + l.amkLv[z][k];
                sent[h] += (consultations * m.edReferralShare() + l.amkGp[z][k] * m.municipalEdShare()) * perYear;
            }
        }
        return sent;
    }

    private static int indexOfHospital(Region region, String id) {
        for (int h = 0; h < region.hospitalCount(); h++) {
            if (region.hospitals().get(h).id().equals(id)) {
                return h;
            }
        }
        return -1;
    }

    private static String siteName(Region region, int zone) {
        return region.zones().get(zone).id();
    }

    /** Direct contacts per person-year by age group: {@link #AGE_FACTOR} scaled so the region's mean is {@code mean}. */
    static double[] agedRates(Region region, double mean) {
        double persons = 0, weighted = 0;
        for (Zone z : region.zones()) {
            for (int g = 0; g < AgeGroups.COUNT; g++) {
                persons += z.population(g);
                weighted += z.population(g) * AGE_FACTOR[g];
            }
        }
        double k = weighted > 0 ? mean * persons / weighted : 0;
        double[] r = new double[AgeGroups.COUNT];
        for (int g = 0; g < r.length; g++) {
            r[g] = AGE_FACTOR[g] * k;
        }
        return r;
    }

    /**
     * Share of the week's legevakt contacts by hour of week: {@code daytime} on weekdays in GP opening
     * hours (sourced: ≈ 16 % of consultations in the daytime, >80 % in the evening, 2021,
     * domain-brief-turn2 §5), the rest over the other hours with weights (ASSUMPTION, after "Saturdays,
     * Sundays, afternoon and evening busiest", domain-brief §2): evenings 16–23 and weekend days 08–16
     * 3, nights 23–08 0.5.
     */
    static double[] weeklyShares(double daytime, Triage triage) {
        double[] w = new double[Demand.HOURS_PER_WEEK];
        double dayHours = 0, other = 0;
        for (int h = 0; h < w.length; h++) {
            int hod = h % 24;
            if (triage.gpOpen(h)) {
                dayHours++;
            } else {
                w[h] = hod >= 23 || hod < 8 ? 0.5 : 3;
                other += w[h];
            }
        }
        for (int h = 0; h < w.length; h++) {
            w[h] = triage.gpOpen(h) ? daytime / dayHours : (1 - daytime) * w[h] / other;
        }
        return w;
    }

    /**
     * Station districts merged into legevakt sites: most populous district first, each joins the first
     * site (in creation order) whose zone is within {@code mergeMinutes} of its station's zone, else
     * opens a site at its station. Fills {@code siteOfZone} and returns each site's zone.
     */
    static List<Integer> mergeDistricts(Region region, double[] minutes, double mergeMinutes, int[] siteOfZone) {
        int n = region.zoneCount();
        int stations = region.stationCount();
        double[] pop = new double[stations];
        for (Zone z : region.zones()) {
            pop[z.district()] += z.totalPopulation();
        }
        Integer[] order = new Integer[stations];
        for (int i = 0; i < stations; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(pop[b], pop[a]));
        List<Integer> siteZone = new ArrayList<>();
        int[] siteOfStation = new int[stations];
        for (int st : order) {
            int from = region.stations().get(st).zone();
            int join = -1;
            for (int s = 0; s < siteZone.size() && join < 0; s++) {
                if (minutes[from * n + siteZone.get(s)] <= mergeMinutes) {
                    join = s;
                }
            }
            if (join < 0) {
                join = siteZone.size();
                siteZone.add(from);
            }
            siteOfStation[st] = join;
        }
        for (int z = 0; z < n; z++) {
            siteOfZone[z] = siteOfStation[region.zones().get(z).district()];
        }
        return siteZone;
    }
}
