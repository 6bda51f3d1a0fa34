package org.akuttsim.chain.municipal;

import java.util.Arrays;

/**
 * The patients of the municipal side while they wait or are seen: recycled slots in parallel arrays
 * (no allocation per patient once grown). Written by {@link MunicipalRun}; {@link DoctorQueue} links
 * its waiting patients through {@link #next}.
 */
final class Patients {

    long[] key = new long[64];
    int[] zone = new int[64];
    int[] age = new int[64];
    int[] condition = new int[64];
    int[] need = new int[64];
    int[] site = new int[64];
    int[] next = new int[64];
    /** When the patient arrived (wait = start of consultation − this). */
    double[] since = new double[64];
    private int[] free = new int[64];
    private int freeCount, used;

    int open(long k, int z, int a, int c, int n, int s, double t) {
        if (freeCount == 0 && used == key.length) {
            grow(2 * key.length);
        }
        int p = freeCount > 0 ? free[--freeCount] : used++;
        key[p] = k;
        zone[p] = z;
        age[p] = a;
        condition[p] = c;
        need[p] = n;
        site[p] = s;
        next[p] = -1;
        since[p] = t;
        return p;
    }

    void free(int p) {
        free[freeCount++] = p;
    }

    private void grow(int n) {
        key = Arrays.copyOf(key, n);
        zone = Arrays.copyOf(zone, n);
        age = Arrays.copyOf(age, n);
        condition = Arrays.copyOf(condition, n);
        need = Arrays.copyOf(need, n);
        site = Arrays.copyOf(site, n);
        next = Arrays.copyOf(next, n);
        since = Arrays.copyOf(since, n);
        free = Arrays.copyOf(free, n);
    }
}
