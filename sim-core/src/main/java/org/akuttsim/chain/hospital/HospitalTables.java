package org.akuttsim.chain.hospital;

import java.util.List;
import org.akuttsim.random.StreamFactory;

/**
 * What a run of {@link EmergencyDepartments} derives from its parameters alone — the lognormal
 * tables of the patients' times and the Poisson tables of the hourly walk-in and referral rates —
 * built once per parameters and shared read-only by runs (building them was half of setting up a
 * St. Olavs replication, ~1.5 ms).
 *
 * @param treatment  the treatment time (null when it is exponential)
 * @param wardStay   the ward stay
 * @param handover   the ambulance handover before the crowding surcharge
 * @param arrivalCdf [hospital × 3 + source]: the {@link HourlyArrivals#tables} of walk-ins and referrals
 */
record HospitalTables(LogNormalTime treatment, LogNormalTime wardStay, LogNormalTime handover, double[][][] arrivalCdf) {

    static HospitalTables of(HospitalParameters params) {
        List<EmergencyDepartmentSpec> specs = params.hospitals();
        double[][][] cdf = new double[specs.size() * 3][][];
        for (int h = 0; h < specs.size(); h++) {
            EmergencyDepartmentSpec s = specs.get(h);
            for (int src = EmergencyDepartments.SOURCE_WALK_IN; src <= EmergencyDepartments.SOURCE_REFERRAL; src++) {
                cdf[h * 3 + src] = HourlyArrivals.tables(arrivalsName(s, src),
                        src == EmergencyDepartments.SOURCE_WALK_IN ? s.walkInPerHour() : s.referralPerHour());
            }
        }
        boolean exponential = params.treatmentDistribution() == HospitalParameters.StayDistribution.EXPONENTIAL;
        return new HospitalTables(exponential ? null
                        : LogNormalTime.ofMeanCv(params.treatmentMeanHours() * Department.MINUTES_PER_HOUR, params.treatmentCv()),
                LogNormalTime.ofMeanCv(params.wardStayMeanDays() * Department.MINUTES_PER_DAY, params.wardStayCv()),
                LogNormalTime.ofMedianCv(Math.max(params.handoverMedianMinutes(), Double.MIN_NORMAL), params.handoverCv()),
                cdf);
    }

    /** The name of {@code spec}'s arrivals from {@code source}: their stream key, and their name in messages. */
    static String arrivalsName(EmergencyDepartmentSpec spec, int source) {
        return "ed." + spec.id() + "." + EmergencyDepartments.sourceName(source);
    }

    /** Hospital {@code h}'s walk-ins or referrals ({@code source}) on these tables, keyed by this replication's streams. */
    HourlyArrivals arrivals(int h, EmergencyDepartmentSpec spec, int source, StreamFactory streams) {
        return new HourlyArrivals(arrivalCdf[h * 3 + source], streams.key(arrivalsName(spec, source)));
    }
}
