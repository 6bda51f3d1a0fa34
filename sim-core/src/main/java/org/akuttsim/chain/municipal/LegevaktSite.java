package org.akuttsim.chain.municipal;

import java.util.Arrays;

import org.akuttsim.chain.Demand;

/**
 * One legevakt (out-of-hours service) and the daytime municipal services of its district.
 *
 * @param id            name in metrics ({@code legevakt.<id>.*})
 * @param zone          the zone where it is (patients travel there; ED referrals go to the ED nearest it)
 * @param doctors       doctors on duty for consultations, by hour of week (168 values, Monday 00–01 first; 0: closed,
 *                      patients wait until a doctor comes on duty)
 * @param municipalSlots patients the district's daytime municipal services (GP acute slots, municipal acute
 *                      beds) can take at once, by hour of week (168 values; a patient AMK sends there while all
 *                      are taken overflows)
 */
public record LegevaktSite(String id, int zone, int[] doctors, int[] municipalSlots) {

    public LegevaktSite {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("legevakt site id must be given");
        }
        if (zone < 0) {
            throw new IllegalArgumentException("legevakt " + id + ": zone must be >= 0, was " + zone);
        }
        doctors = check(id, "doctors", doctors);
        municipalSlots = check(id, "municipal slots", municipalSlots);
    }

    private static int[] check(String id, String what, int[] v) {
        if (v == null || v.length != Demand.HOURS_PER_WEEK) {
            throw new IllegalArgumentException("legevakt " + id + ": " + what + " by hour of week must have "
                    + Demand.HOURS_PER_WEEK + " values, had " + (v == null ? "none" : v.length));
        }
        for (int h = 0; h < v.length; h++) {
            if (v[h] < 0) {
                throw new IllegalArgumentException("legevakt " + id + ": " + what + " at hour of week " + h + " must be >= 0, was " + v[h]);
            }
        }
        return v.clone();
    }

    @Override
    public int[] doctors() {
        return doctors.clone();
    }

    @Override
    public int[] municipalSlots() {
        return municipalSlots.clone();
    }

    /** Doctor-hours on duty per week. */
    public int doctorHoursPerWeek() {
        return Arrays.stream(doctors).sum();
    }

    /** This site with other doctors on duty. */
    public LegevaktSite withDoctors(int[] newDoctors) {
        return new LegevaktSite(id, zone, newDoctors, municipalSlots);
    }

    /** This site with other daytime municipal capacity. */
    public LegevaktSite withMunicipalSlots(int[] slots) {
        return new LegevaktSite(id, zone, doctors, slots);
    }

    int doctorsAt(int hourOfWeek) {
        return doctors[hourOfWeek];
    }

    int slotsAt(int hourOfWeek) {
        return municipalSlots[hourOfWeek];
    }
}
