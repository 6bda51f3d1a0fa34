package org.akuttsim.chain.hospital;

import java.util.Arrays;

/**
 * The patient slots of the EDs: {@link Patient}s recycled through a free list and named by their
 * index, which is what the waiting and boarding queues and {@link EndTimes} hold. The slots grow (by
 * doubling) only with the largest number of patients in the EDs at once, never with the horizon;
 * ward patients need no slot. Nothing is allocated once grown.
 */
final class Patients {

    private static final int INITIAL_SLOTS = 64;

    private Patient[] slots = Patient.grow(new Patient[0], INITIAL_SLOTS);
    private int[] free = new int[INITIAL_SLOTS];
    private int freeCount;
    private int used;

    /** The patient in slot {@code p} (the object stays that slot's when the slots grow). */
    Patient at(int p) {
        return slots[p];
    }

    /** A slot for a patient arriving at {@code t}, with its need, source and ambulance (or -1), in no queue yet. */
    int newPatient(int need, int source, int unit, double t) {
        int p = allocate();
        Patient pt = slots[p];
        pt.need = need;
        pt.source = source;
        pt.unit = unit;
        pt.next = Patient.NONE;
        pt.arrival = t;
        pt.handover = 0;
        return p;
    }

    /** Slot {@code p}'s patient has left the ED: the slot is free for the next arrival. */
    void release(int p) {
        free[freeCount++] = p;
    }

    private int allocate() {
        if (freeCount > 0) {
            return free[--freeCount];
        }
        if (used == slots.length) {
            int n = slots.length * 2;
            slots = Patient.grow(slots, n);
            free = Arrays.copyOf(free, n);
        }
        return used++;
    }
}
