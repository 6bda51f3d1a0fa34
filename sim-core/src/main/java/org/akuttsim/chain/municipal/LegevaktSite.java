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
 * @param nurses        nurses answering 116117 by hour of week (168 values; all 0: no telephone stage, direct
 *                      contacts go straight to the consultation queue)
 */
public record LegevaktSite(String id, int zone, int[] doctors, int[] municipalSlots, int[] nurses) {

    /**
     * Checks the site and copies its arrays.
     *
     * @param id             name in metrics ({@code legevakt.<id>.*}), not blank
     * @param zone           the zone where it is (&ge; 0)
     * @param doctors        doctors on duty by hour of week (168 values, &ge; 0)
     * @param municipalSlots daytime municipal slots by hour of week (168 values, &ge; 0)
     * @param nurses         nurses answering 116117 by hour of week (168 values, &ge; 0; all 0: no telephone stage)
     * @throws IllegalArgumentException if the id is blank, the zone negative, or an hour-of-week array
     *                                  is missing, has other than 168 values or a negative value
     */
    public LegevaktSite {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("legevakt site id must be given");
        }
        if (zone < 0) {
            throw new IllegalArgumentException("legevakt " + id + ": zone must be >= 0, was " + zone);
        }
        doctors = check(id, "doctors", doctors);
        municipalSlots = check(id, "municipal slots", municipalSlots);
        nurses = check(id, "nurses", nurses);
    }

    /**
     * A site without a telephone stage (no nurses answer 116117 at any hour).
     *
     * @param id             name in metrics ({@code legevakt.<id>.*})
     * @param zone           the zone where it is
     * @param doctors        doctors on duty by hour of week (168 values, &ge; 0)
     * @param municipalSlots daytime municipal slots by hour of week (168 values, &ge; 0)
     * @throws IllegalArgumentException as the canonical constructor
     */
    public LegevaktSite(String id, int zone, int[] doctors, int[] municipalSlots) {
        this(id, zone, doctors, municipalSlots, new int[Demand.HOURS_PER_WEEK]);
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

    /** {@return the doctors on duty by hour of week (168 values, a copy)} */
    @Override
    public int[] doctors() {
        return doctors.clone();
    }

    /** {@return the daytime municipal slots by hour of week (168 values, a copy)} */
    @Override
    public int[] municipalSlots() {
        return municipalSlots.clone();
    }

    /** {@return the nurses answering 116117 by hour of week (168 values, a copy)} */
    @Override
    public int[] nurses() {
        return nurses.clone();
    }

    /** {@return true when nurses answer 116117 at some hour of the week: direct contacts call first} */
    public boolean hasTelephone() {
        return Arrays.stream(nurses).sum() > 0;
    }

    int nursesAt(int hourOfWeek) {
        return nurses[hourOfWeek];
    }

    /** {@return the doctor-hours on duty per week (the sum of {@link #doctors()})} */
    public int doctorHoursPerWeek() {
        return Arrays.stream(doctors).sum();
    }

    /**
     * This site with other doctors on duty.
     *
     * @param newDoctors doctors on duty by hour of week (168 values, &ge; 0)
     * @return the new site
     * @throws IllegalArgumentException if {@code newDoctors} does not have 168 non-negative values
     */
    public LegevaktSite withDoctors(int[] newDoctors) {
        return new LegevaktSite(id, zone, newDoctors, municipalSlots, nurses);
    }

    /**
     * This site with other daytime municipal capacity.
     *
     * @param slots daytime municipal slots by hour of week (168 values, &ge; 0)
     * @return the new site
     * @throws IllegalArgumentException if {@code slots} does not have 168 non-negative values
     */
    public LegevaktSite withMunicipalSlots(int[] slots) {
        return new LegevaktSite(id, zone, doctors, slots, nurses);
    }

    int doctorsAt(int hourOfWeek) {
        return doctors[hourOfWeek];
    }

    int slotsAt(int hourOfWeek) {
        return municipalSlots[hourOfWeek];
    }
}
