package org.akuttsim.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/** The exact formulas, against the textbook definitions computed independently in exact arithmetic. */
class QueueingTest {

    private static final MathContext MC = MathContext.DECIMAL128;

    /** Erlang B from its definition (a^c/c!) / Σ_{k≤c} a^k/k!, in 34-digit decimal arithmetic. */
    private static double erlangBByDefinition(int c, double a) {
        BigDecimal load = new BigDecimal(a);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int k = 1; k <= c; k++) {
            term = term.multiply(load, MC).divide(BigDecimal.valueOf(k), MC);
            sum = sum.add(term, MC);
        }
        return term.divide(sum, MC).doubleValue();
    }

    /** Erlang C from its definition: P(wait) = (a^c/c! · c/(c-a)) / (Σ_{k<c} a^k/k! + a^c/c! · c/(c-a)). */
    private static double erlangCByDefinition(int c, double a) {
        BigDecimal load = new BigDecimal(a);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < c; k++) {
            sum = sum.add(term, MC);
            term = term.multiply(load, MC).divide(BigDecimal.valueOf(k + 1), MC);
        }
        BigDecimal top = term.multiply(BigDecimal.valueOf(c), MC).divide(BigDecimal.valueOf(c).subtract(load, MC), MC);
        return top.divide(sum.add(top, MC), MC).doubleValue();
    }

    @Test
    void erlangBMatchesItsDefinition() {
        int[] servers = {1, 2, 3, 10, 50, 200};
        double[] loads = {0.1, 1.5, 8.0, 45.0, 190.0};
        for (int c : servers) {
            for (double a : loads) {
                double exact = erlangBByDefinition(c, a);
                assertEquals(exact, Queueing.erlangB(c, a), 1e-13 * exact + 1e-300, "B(" + c + ", " + a + ")");
            }
        }
        assertEquals(0.5, Queueing.erlangB(1, 1.0), 1e-15, "one server, one Erlang: lost half the time");
        assertEquals(1.0 / 3.0, Queueing.erlangB(1, 0.5), 1e-15);
        assertEquals(0.0, Queueing.erlangB(5, 0.0));
    }

    @Test
    void erlangBRecursionStaysFiniteWhereFactorialsOverflow() {
        double b = Queueing.erlangB(5000, 4800.0);
        assertTrue(b > 0 && b < 0.05, "B(5000, 4800) = " + b);
        assertEquals(erlangBByDefinition(1000, 980.0), Queueing.erlangB(1000, 980.0), 1e-12);
    }

    @Test
    void erlangCMatchesItsDefinitionAndTheSingleServerCase() {
        for (int c : new int[] {1, 2, 10, 40}) {
            for (double rho : new double[] {0.1, 0.5, 0.9, 0.99}) {
                double a = rho * c;
                double exact = erlangCByDefinition(c, a);
                assertEquals(exact, Queueing.erlangC(c, a), 1e-13, "C(" + c + ", " + a + ")");
            }
        }
        assertEquals(0.7, Queueing.erlangC(1, 0.7), 1e-15, "an M/M/1 arrival waits with probability rho");
    }

    @Test
    void meanWaitsAndQueueLengthsAreConsistent() {
        // M/M/1 through the M/M/c formulas and through its own.
        assertEquals(Queueing.mm1MeanWait(0.7, 1.0), Queueing.mmcMeanWait(1, 0.7, 1.0), 1e-14);
        assertEquals(7.0 / 3.0, Queueing.mm1MeanWait(0.7, 1.0), 1e-14);
        assertEquals(7.0 / 3.0, Queueing.mm1MeanNumberInSystem(0.7, 1.0), 1e-14);
        assertEquals(Queueing.mm1MeanNumberInSystem(0.7, 1.0), Queueing.mmcMeanNumberInSystem(1, 0.7, 1.0), 1e-14);
        // Time units cancel: minutes vs hours.
        double waitMinutes = Queueing.mmcMeanWait(10, 9.0 / 60.0, 60.0);
        assertEquals(60.0 * Queueing.mmcMeanWait(10, 9.0, 1.0), waitMinutes, 1e-10);
        // Little: L = λW.
        assertEquals(9.0 * Queueing.mmcMeanSojourn(10, 9.0, 1.0), Queueing.mmcMeanNumberInSystem(10, 9.0, 1.0), 1e-12);
        assertEquals(Queueing.erlangC(10, 9.0), Queueing.mmcWaitExceeds(10, 9.0, 1.0, 0.0), 1e-15);
        assertEquals(Queueing.erlangC(10, 9.0) * Math.exp(-2.0), Queueing.mmcWaitExceeds(10, 9.0, 1.0, 2.0), 1e-15);
        assertEquals(8.0 * (1 - Queueing.erlangB(10, 8.0)), Queueing.lossMeanOccupancy(10, 8.0), 1e-15);
        assertEquals(10.0, Queueing.infiniteServerMeanOccupancy(5.0, 2.0), 1e-15);
    }

    @Test
    void unstableOrMeaninglessInputsAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Queueing.erlangC(10, 10.0));
        assertTrue(e.getMessage().contains("10 server(s) and offered load 10.0 Erlang is unstable"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Queueing.mm1MeanWait(1.2, 1.0));
        e = assertThrows(IllegalArgumentException.class, () -> Queueing.erlangB(0, 1.0));
        assertTrue(e.getMessage().contains("number of servers must be >= 1, was 0"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Queueing.mmcMeanWait(3, -1.0, 1.0));
        assertTrue(e.getMessage().contains("arrival rate must be > 0"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Queueing.erlangB(3, Double.NaN));
    }
}
