package org.akuttsim.chain.municipal;

/**
 * One legevakt's waiting room and doctors: patients are seen first come, first served by the doctors on
 * duty; when fewer doctors come on duty than are busy, the busy ones finish their patient first. Keeps
 * the time integrals of busy doctors and doctors on duty (a doctor finishing after the end of a shift
 * counts as on duty until done). Owned by {@link MunicipalRun}; patients are slots of its
 * {@link Patients}.
 */
final class DoctorQueue {

    private static final int NONE = -1;
    private final Patients patients;
    private int head = NONE, tail = NONE;
    private int doctors, busy;
    private double last, busyMinutes, dutyMinutes;

    DoctorQueue(Patients patients) {
        this.patients = patients;
    }

    private void integrate(double t) {
        busyMinutes += busy * (t - last);
        dutyMinutes += Math.max(busy, doctors) * (t - last);
        last = t;
    }

    /** Patient {@code p} arrives: true when a doctor can see them now (the caller starts the consultation), else they wait. */
    boolean arrive(int p) {
        if (busy < doctors && head == NONE) {
            return true;
        }
        patients.next[p] = NONE;
        if (tail == NONE) {
            head = p;
        } else {
            patients.next[tail] = p;
        }
        tail = p;
        return false;
    }

    /** A consultation starts at {@code t}. */
    void started(double t) {
        integrate(t);
        busy++;
    }

    /** A consultation ends at {@code t}; returns the next patient a doctor can see now (taken from the queue), or -1. */
    int finished(double t) {
        integrate(t);
        busy--;
        return next();
    }

    /** The first waiting patient if a doctor is free (taken from the queue), else -1. */
    int next() {
        if (busy >= doctors || head == NONE) {
            return NONE;
        }
        int p = head;
        head = patients.next[p];
        if (head == NONE) {
            tail = NONE;
        }
        return p;
    }

    /** {@code c} doctors are on duty from {@code t}. */
    void doctors(int c, double t) {
        integrate(t);
        doctors = c;
    }

    void resetStatistics(double t) {
        integrate(t);
        busyMinutes = dutyMinutes = 0;
    }

    double busyMinutes(double t) {
        integrate(t);
        return busyMinutes;
    }

    double dutyMinutes(double t) {
        integrate(t);
        return dutyMinutes;
    }
}
