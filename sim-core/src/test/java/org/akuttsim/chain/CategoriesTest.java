package org.akuttsim.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** The guide table gives exactly the category of the linear walk over the cumulative probabilities. */
class CategoriesTest {

    private static int walk(double[] p, double u) {
        double s = 0;
        for (int i = 0; i < p.length - 1; i++) {
            s += p[i];
            if (u < s) {
                return i;
            }
        }
        return p.length - 1;
    }

    @Test
    void everyUniformFallsInTheCategoryOfTheLinearWalk() {
        double[][] cases = {
            {0.15, 0.05, 0.05, 0.15, 0.60},
            {0.30, 0.30, 0.20, 0.10, 0.05, 0.05},
            {0, 0, 1, 0},
            {1.0 / 64, 1.0 / 64, 62.0 / 64},
            {0.1, 0.2, 0.3, 0.4},
            {1e-9, 0.5 - 1e-9, 0, 0.5},
        };
        SplittableRandom random = new SplittableRandom(7);
        for (double[] p : cases) {
            Categories c = new Categories(p);
            // Random uniforms, every guide boundary j/64 and its neighbours, every cumulative sum and its neighbours.
            for (int k = 0; k < 100_000; k++) {
                double u = random.nextDouble();
                assertEquals(walk(p, u), c.pick(u), "u = " + u);
            }
            for (int j = 0; j < 64; j++) {
                for (double u : new double[] {j / 64.0, Math.nextUp(j / 64.0), Math.nextDown((j + 1) / 64.0)}) {
                    assertEquals(walk(p, u), c.pick(u), "u = " + u);
                }
            }
            double s = 0;
            for (double q : p) {
                s += q;
                for (double u : new double[] {Math.nextDown(s), s, Math.nextUp(s)}) {
                    if (u >= 0 && u < 1) {
                        assertEquals(walk(p, u), c.pick(u), "u = " + u);
                    }
                }
            }
        }
    }
}
