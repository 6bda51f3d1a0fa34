package org.akuttsim.chain.hospital;

import static org.akuttsim.chain.hospital.EmergencyDepartments.HANDOVER_END;
import static org.akuttsim.chain.hospital.EmergencyDepartments.SOURCE_AMBULANCE;
import static org.akuttsim.chain.hospital.EmergencyDepartments.SOURCE_REFERRAL;
import static org.akuttsim.chain.hospital.EmergencyDepartments.SOURCE_WALK_IN;
import static org.akuttsim.chain.hospital.EmergencyDepartments.WAKE;
import static org.akuttsim.chain.hospital.Patient.NONE;

import org.akuttsim.engine.Simulator;

/**
 * The patient path through a hospital's ED and ward (see {@link EmergencyDepartments}), step by
 * step — arrival, wait, treatment, discharge or admission, boarding, ward stay — and when each step
 * happens: {@link #settle} applies a {@link Department}'s pending happenings in time order, and one
 * WAKE event per department is kept while an ambulance patient waits for a space. The only owner of
 * the patient slots ({@link Patients}) and of the patients' draws ({@link PatientDraws}); it changes
 * the departments' state and statistics fields directly.
 */
final class PatientFlow {

    private final Simulator sim;
    /** Number of hospitals: a HANDOVER_END event's entity is {@code unit * hospitals + hospital}. */
    private final int hospitals;
    private final int needs;
    private final Patients patients = new Patients();
    private final PatientDraws draws;
    private final WardRelief relief;
    private final double maxBoarding;

    PatientFlow(Simulator sim, HospitalParameters params, HospitalTables tables) {
        this.sim = sim;
        relief = params.wardRelief();
        maxBoarding = relief.maxBoardingMinutes();
        hospitals = params.hospitals().size();
        needs = params.needLevels();
        draws = new PatientDraws(params, tables);
    }

    /** An ambulance brings a patient (validated by the caller) to {@code d} now. */
    void ambulanceArrival(Department d, int unit, long callKey, int trueNeed, int ageGroup) {
        settle(d); // the ED as it is now (before the keyed draws: settling may draw walk-ins)
        double now = sim.now();
        draws.forCall(callKey);
        d.integrateTo(now);
        int p = patients.newPatient(trueNeed, SOURCE_AMBULANCE, unit, now);
        Patient pt = patients.at(p);
        // Handover: base draw plus the crowding surcharge at arrival (occupancy counts this patient).
        pt.handover = draws.handover((double) (d.inEd + 1) / d.spaces);
        draws.drawOutcome(pt, trueNeed, ageGroup);
        enter(d, p, now);
        ensureWake(d);
    }

    /** A patient referred from outside the submodel (legevakt, GP) enters {@code d} now; see {@link EmergencyDepartments#referralArrival}. */
    void referralArrival(Department d, long key) {
        settle(d);
        double now = sim.now();
        draws.forReferral(key);
        d.integrateTo(now);
        int need = draws.need(SOURCE_REFERRAL);
        int age = draws.ageGroup(SOURCE_REFERRAL);
        int p = patients.newPatient(need, SOURCE_REFERRAL, NONE, now);
        draws.drawOutcome(patients.at(p), need, age);
        enter(d, p, now);
        ensureWake(d);
    }

    /** {@code d}'s WAKE event: a space may have freed for a waiting ambulance patient. */
    void wake(Department d) {
        d.wakePending = false;
        settle(d);
        ensureWake(d);
    }

    /*
     * Happenings instead of events. Inside the ED only two things must happen on the chain's clock:
     * an ambulance's release (HANDOVER_END, which the chain sees) and the start of treatment of an
     * ambulance patient who waited for a space (it schedules that release). Everything else — walk-in
     * and referral arrivals, ends of treatment, ward discharges, boarders moving to a ward bed — only
     * changes this hospital's own state, which nobody reads between the hospital's own calls. So each
     * hospital keeps its pending happenings in small structures of its own (the next arrival of each
     * source, a min-heap of treatment ends, a min-heap of ward discharge times) and settle(d) applies
     * every happening due by now in time order, each at its own time (the statistics are integrated
     * up to each happening's time, exactly as its event would have), before anything reads or changes
     * hospital d: an ambulance arrival, a WAKE event, a view, a reset, the final record. While an
     * ambulance patient waits for a space there is one WAKE event at the earliest moment a space can
     * free (the first treatment end, or while patients board the first ward discharge), so the wait
     * ends, and the ambulance's handover starts, at that instant on the chain's clock.
     *
     * The random numbers are those of the one-event-per-happening model (each source's candidate
     * stream is its own; patients' draws are keyed), the happenings of one hospital take place in the
     * same order at the same times, and the integrals get the same pieces in the same order, so the
     * results are identical to it; the chain's events keep their order (fewer hospital events only
     * leave gaps in the sequence numbers). This takes ~42,000 events a simulated St. Olavs year off
     * the event list (treatment ends, walk-ins, referrals) and ~14 pending events out of the heap that
     * every other event sifts through.
     */

    /**
     * Applies every happening of department {@code d} due by now, in time order: each time the earliest
     * pending one (ward discharges first at equal times, then a boarder's move to a corridor bed,
     * then treatment ends, then walk-ins before referrals), until the earliest is later than now, whose time is then the
     * department's next happening. One method with the loop inside (not a call per happening) so
     * that the compiler makes one copy of the happenings' code, not two.
     */
    void settle(Department d) {
        double now = sim.now();
        if (d.nextHappening > now) {
            return;
        }
        while (true) {
            double tw = d.wardEnds.first();
            double tt = d.treatmentEnds.first();
            double tWalk = d.nextWalkIn;
            double tRef = d.nextReferral;
            double ta = Math.min(tWalk, tRef);
            double tb = d.boardDeadline;
            boolean ward = tw <= tt && tw <= ta && tw <= tb;
            boolean corridor = !ward && tb <= tt && tb <= ta;
            boolean treatment = !ward && !corridor && tt <= ta;
            double t = ward ? tw : corridor ? tb : treatment ? tt : ta;
            if (t > now) {
                d.nextHappening = t;
                break;
            }
            // The statistics up to the happening, with the state before it: the one integration the
            // happening needs (what it changes, it changes at t, so the steps below need no other).
            d.integrateTo(t);
            if (ward) {
                wardDischarge(d, t);
            } else if (corridor) {
                d.corridorEntries++;
                int p = nextBoarder(d);
                toWard(d, p, t, t - patients.at(p).boardStart);
            } else if (treatment) {
                treatmentEnd(d, t);
            } else if (tWalk <= tRef) {
                internalArrival(d, SOURCE_WALK_IN, d.walkIns, t);
                d.nextWalkIn = d.walkIns.next();
            } else {
                internalArrival(d, SOURCE_REFERRAL, d.referrals, t);
                d.nextReferral = d.referrals.next();
            }
        }
        if (d.ambulanceWaiting > 0) {
            ensureWake(d);
        }
    }

    /**
     * While an ambulance patient waits for a space, keeps one WAKE event at the earliest moment a
     * space can free: the first treatment end or, while patients board, the first ward discharge or
     * corridor move (a lower bound: a discharge that frees no bed for a boarder only wakes early).
     */
    private void ensureWake(Department d) {
        if (d.ambulanceWaiting == 0) {
            return;
        }
        double t = d.treatmentEnds.first();
        if (d.boarding > 0) {
            t = Math.min(t, Math.min(d.wardEnds.first(), d.boardDeadline));
        }
        if (t == Double.POSITIVE_INFINITY) {
            return; // only boarders hold the spaces and no bed will free (a ward without beds)
        }
        if (d.wakePending) {
            if (d.wakeTime <= t) {
                return;
            }
            sim.cancel(d.wakeHandle);
        }
        d.wakePending = true;
        d.wakeTime = t;
        d.wakeHandle = sim.scheduleAt(Math.max(t, sim.now()), WAKE, d.index);
    }

    // --- arrival --------------------------------------------------------------------------------

    /** The current arrival of {@code src} (at {@code t}) enters; the caller draws the source's next arrival. */
    private void internalArrival(Department d, int src, HourlyArrivals a, double t) {
        draws.forArrival(a);
        int need = draws.need(src);
        int age = draws.ageGroup(src);
        int p = patients.newPatient(need, src, NONE, t);
        draws.drawOutcome(patients.at(p), need, age);
        enter(d, p, t);
    }

    /**
     * {@code p} enters the ED of {@code d} at time {@code t}: a free space, or the queue of its need.
     * Like every step of a happening below, it expects the statistics integrated up to t already.
     */
    private void enter(Department d, int p, double t) {
        Patient pt = patients.at(p);
        d.inEd++;
        d.arrivedTotal++;
        d.arrivals[pt.source]++;
        if (d.busySpaces < d.spaces) {
            startTreatment(d, p, t);
        } else {
            int need = pt.need;
            if (d.queueTail[need] == NONE) {
                d.queueHead[need] = p;
            } else {
                patients.at(d.queueTail[need]).next = p;
            }
            d.queueTail[need] = p;
            if (pt.source == SOURCE_AMBULANCE) {
                d.ambulanceWaiting++;
            }
        }
    }

    // --- treatment, boarding, ward --------------------------------------------------------------

    /** Gives {@code p} a treatment space at time {@code t} (the caller has integrated up to t). */
    private void startTreatment(Department d, int p, double t) {
        Patient pt = patients.at(p);
        d.busySpaces++;
        double w = t - pt.arrival;
        d.wait.add(w);
        addEnd(d, d.treatmentEnds, t + pt.treatment, p);
        if (pt.source == SOURCE_AMBULANCE) {
            if (t != sim.now()) {
                throw new IllegalStateException("internal: ambulance patient started at " + t + " off the clock " + sim.now());
            }
            d.offloadDelay.add(w);
            d.offloadTimeSum += w + pt.handover;
            sim.schedule(pt.handover, HANDOVER_END, pt.unit * hospitals + d.index);
        }
    }

    /** The treatment of the patient with the earliest treatment end (at {@code t}) ends. */
    private void treatmentEnd(Department d, double t) {
        int p = d.treatmentEnds.removeFirst();
        Patient pt = patients.at(p);
        if (!pt.admit) {
            d.discharges++;
            d.dischargedTotal++;
            leaveEd(d, p, t);
            return;
        }
        d.admissions++;
        if (d.wardEnds.size() < d.beds) {
            toWard(d, p, t, 0.0);
        } else {
            // Board: keep the treatment space until a bed frees (or the boarding limit: a corridor bed).
            d.boarding++;
            pt.boardStart = t;
            pt.next = NONE;
            if (d.boardTail == NONE) {
                d.boardHead = p;
                d.boardDeadline = t + maxBoarding;
                if (d.boardDeadline < d.nextHappening) {
                    d.nextHappening = d.boardDeadline;
                }
            } else {
                patients.at(d.boardTail).next = p;
            }
            d.boardTail = p;
        }
    }

    /**
     * {@code p} leaves the ED for the ward at {@code t} (a bed, or a corridor bed above the beds),
     * its drawn stay shortened by the discharge pressure it meets ({@link WardRelief#stayFactor}).
     */
    private void toWard(Department d, int p, double t, double boarded) {
        d.wardEntries++;
        d.boardingSum += boarded;
        if (boarded > 0) {
            d.boardedPatients++;
        }
        d.toWardTotal++;
        double factor = relief.stayFactor(d.wardEnds.size() + 1, d.beds);
        double stay = patients.at(p).wardStay * factor;
        if (factor < 1) {
            d.shortenedStays++;
        }
        d.wardStaySum += stay;
        addEnd(d, d.wardEnds, t + stay, p); // the bed is taken from t: integrated up to t already
        leaveEd(d, p, t);
    }

    /**
     * The earliest ward discharge (at {@code t}): if that brings the ward under its beds, the bed goes
     * to the longest-boarding patient, if any (with corridor patients it stays full).
     */
    private void wardDischarge(Department d, double t) {
        d.wardEnds.removeFirst();
        if (d.boarding > 0 && d.wardEnds.size() < d.beds) {
            int p = nextBoarder(d);
            toWard(d, p, t, t - patients.at(p).boardStart);
        }
    }

    /** Takes the longest-boarding patient off the boarding queue; the next one's deadline becomes current. */
    private int nextBoarder(Department d) {
        int p = d.boardHead;
        d.boardHead = patients.at(p).next;
        d.boarding--;
        if (d.boardHead == NONE) {
            d.boardTail = NONE;
            d.boardDeadline = Double.POSITIVE_INFINITY;
        } else {
            d.boardDeadline = patients.at(d.boardHead).boardStart + maxBoarding;
        }
        return p;
    }

    /** {@code p} leaves the ED and its treatment space at {@code t}; the next waiting patient gets the space. */
    private void leaveEd(Department d, int p, double t) {
        d.los.add(t - patients.at(p).arrival);
        d.inEd--;
        d.busySpaces--;
        patients.release(p);
        if (d.inEd > d.busySpaces) { // someone waits for a space
            startNextWaiting(d, t);
        }
    }

    /** The space freed at {@code t} goes to the first waiting patient of the most urgent need. */
    private void startNextWaiting(Department d, double t) {
        int[] head = d.queueHead;
        for (int need = 0; need < needs; need++) {
            int next = head[need];
            if (next != NONE) {
                Patient pt = patients.at(next);
                head[need] = pt.next;
                if (head[need] == NONE) {
                    d.queueTail[need] = NONE;
                }
                if (pt.source == SOURCE_AMBULANCE) {
                    d.ambulanceWaiting--;
                }
                startTreatment(d, next, t);
                return;
            }
        }
    }

    /** Adds an end time of department d (treatment or ward) and keeps its earliest happening current. */
    private static void addEnd(Department d, EndTimes ends, double t, int p) {
        ends.add(t, p);
        if (t < d.nextHappening) {
            d.nextHappening = t;
        }
    }
}
