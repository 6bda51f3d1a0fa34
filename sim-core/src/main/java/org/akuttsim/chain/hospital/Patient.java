package org.akuttsim.chain.hospital;

import java.util.Arrays;

/**
 * One patient in an emergency department of {@link EmergencyDepartments}: its need and source, its
 * own numbers (drawn at arrival) and its place in a queue. Patients are slots recycled through a free
 * list, so their number grows only with the most patients in the EDs at once; the slot's index is
 * what queues and {@link EndTimes} hold. An object per patient rather than arrays indexed by patient,
 * as {@link Department}: each happening reads several values of one patient. The slots are kept
 * by {@link Patients}.
 */
final class Patient {

    /** No patient: the end of a queue. */
    static final int NONE = -1;

    int need;
    /** {@link EmergencyDepartments#SOURCE_AMBULANCE}, walk-in or referral. */
    int source;
    /** The ambulance that brought the patient, or -1. */
    int unit;
    /** The next patient in the same waiting or boarding queue, or -1. */
    int next;
    boolean admit;
    double arrival;
    /** Minutes in a treatment space, of the ward stay (admitted patients) and of the ambulance handover. */
    double treatment;
    double wardStay;
    double handover;
    double boardStart;

    /** {@code old}'s patients followed by new ones, {@code n} in all. */
    static Patient[] grow(Patient[] old, int n) {
        Patient[] p = Arrays.copyOf(old, n);
        for (int i = old.length; i < n; i++) {
            p[i] = new Patient();
        }
        return p;
    }
}
