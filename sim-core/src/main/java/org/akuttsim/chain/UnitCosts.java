package org.akuttsim.chain;

import java.util.Map;

import org.akuttsim.experiment.Responses;

/**
 * Stated unit costs (NOK) and the yearly cost of a replication built from them (issue 20), reported
 * beside the outcome metrics so that levers can be compared per krone. Each part is a quantity the
 * run measured (or, for crewed hours, the fleet's schedules) × its unit cost; {@code cost.total} is
 * their sum. Written at the end of the run from the metrics already recorded, so it adds no work per
 * event and nothing is counted twice.
 *
 * <p>Quantities per year ({@code cost.<part>.quantity.perYear}) and costs in million NOK per year ({@code cost.*.mNOK}):
 * crewed unit-hours (every unit's weekly crewed hours × weeks in a year), ambulance kilometres
 * ({@code km.total}), ED visits (every ED's {@code arrivals.total}, or {@code hospital.arrivals}
 * without an ED model), ward bed-days (every ward's mean occupancy × days), legevakt consultations
 * ({@code legevakt.contacts.perYear} less those sent an ambulance for the distance) and daytime
 * municipal visits ({@code municipal.contacts.perYear} less the overflow).
 *
 * @param perCrewedHour           NOK per crewed ambulance-hour (staff, vehicle, station)
 * @param perKm                   NOK per ambulance kilometre (fuel, wear)
 * @param perEdVisit              NOK per ED visit
 * @param perBedDay               NOK per ward bed-day
 * @param perLegevaktConsultation NOK per legevakt consultation
 * @param perMunicipalVisit       NOK per daytime municipal (GP, acute bed) visit
 */
public record UnitCosts(double perCrewedHour, double perKm, double perEdVisit, double perBedDay, double perLegevaktConsultation,
                        double perMunicipalVisit) {

    /**
     * Checks the unit costs (each finite and &ge; 0).
     *
     * @param perCrewedHour           NOK per crewed ambulance-hour
     * @param perKm                   NOK per ambulance kilometre
     * @param perEdVisit              NOK per ED visit
     * @param perBedDay               NOK per ward bed-day
     * @param perLegevaktConsultation NOK per legevakt consultation
     * @param perMunicipalVisit       NOK per daytime municipal visit
     * @throws IllegalArgumentException if a unit cost is negative, infinite or NaN
     */
    public UnitCosts {
        Check.nonNegative("cost per crewed hour", perCrewedHour);
        Check.nonNegative("cost per km", perKm);
        Check.nonNegative("cost per ED visit", perEdVisit);
        Check.nonNegative("cost per bed-day", perBedDay);
        Check.nonNegative("cost per legevakt consultation", perLegevaktConsultation);
        Check.nonNegative("cost per municipal visit", perMunicipalVisit);
    }

    /** The part names, in the order they are recorded. */
    public static final String[] PARTS = {"crewedHours", "km", "edVisits", "bedDays", "legevaktConsultations", "municipalVisits"};

    /**
     * Adds the quantities ({@code cost.<part>.quantity.perYear}), their costs ({@code cost.<part>.mNOK}) and
     * {@code cost.total.mNOK} to {@code out}, which must already hold the run's other metrics;
     * {@code observedMinutes} is the length of the observed period.
     *
     * @param out             the run's metrics, by name; the cost metrics are added to it
     * @param s               the scenario that was run (its fleet's crewed hours and its hospitals)
     * @param observedMinutes length of the observed period (after warm-up), minutes (&gt; 0): scales
     *                        the run's counts to a year
     */
    public void record(Responses out, ChainScenario s, double observedMinutes) {
        Map<String, Double> m = out.asMap();
        double perYear = Demand.MINUTES_PER_YEAR / observedMinutes;
        double crewed = 0;
        for (UnitSpec u : s.fleet().units()) {
            crewed += u.schedule().hoursPerWeek();
        }
        crewed *= Demand.MINUTES_PER_YEAR / (Demand.HOURS_PER_WEEK * 60.0);
        double km = m.getOrDefault("km.total", 0.0) * perYear;
        double ed = 0, bedDays = 0;
        boolean anyEd = false;
        for (Hospital h : s.region().hospitals()) {
            Double a = m.get("ed." + h.id() + ".arrivals.total");
            if (a != null) {
                anyEd = true;
                ed += a * perYear;
                bedDays += m.getOrDefault("ed." + h.id() + ".ward.occupancy.mean", 0.0) * Demand.MINUTES_PER_YEAR / 1440.0;
            }
        }
        if (!anyEd) {
            ed = m.getOrDefault("hospital.arrivals", 0.0) * perYear;
        }
        double legevakt = m.getOrDefault("legevakt.contacts.perYear", 0.0) - m.getOrDefault("legevakt.far.ambulance.perYear", 0.0);
        double municipal = m.getOrDefault("municipal.contacts.perYear", 0.0) - m.getOrDefault("municipal.overflow.ambulance.perYear", 0.0)
                - m.getOrDefault("municipal.overflow.legevakt.perYear", 0.0);
        double[] quantity = {crewed, km, ed, bedDays, legevakt, municipal};
        double[] unit = {perCrewedHour, perKm, perEdVisit, perBedDay, perLegevaktConsultation, perMunicipalVisit};
        double total = 0;
        for (int i = 0; i < PARTS.length; i++) {
            double cost = quantity[i] * unit[i] / 1e6;
            out.put("cost." + PARTS[i] + ".quantity.perYear", quantity[i]);
            out.put("cost." + PARTS[i] + ".mNOK", cost);
            total += cost;
        }
        out.put("cost.total.mNOK", total);
    }
}
