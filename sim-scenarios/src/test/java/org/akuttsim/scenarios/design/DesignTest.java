package org.akuttsim.scenarios.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.akuttsim.io.InputValidationException;
import org.junit.jupiter.api.Test;

/** Design files and generators. */
class DesignTest {

    @Test
    void aLatinHypercubePutsOnePointInEachStratumOfEachFactorAndIsReproducible() {
        Map<String, Design.Range> r = new LinkedHashMap<>();
        r.put("x", new Design.Range(0, 1));
        r.put("y", new Design.Range(2, 4));
        int n = 25;
        Design d = Design.latinHypercube(r, n, 42);
        assertEquals(List.of("x", "y"), d.factors());
        assertEquals("p01", d.points().get(0));
        for (int f = 0; f < 2; f++) {
            Design.Range range = r.get(d.factors().get(f));
            boolean[] hit = new boolean[n];
            for (int p = 0; p < n; p++) {
                double v = Double.parseDouble(d.value(p, f));
                int stratum = (int) Math.floor((v - range.low()) / (range.high() - range.low()) * n);
                assertTrue(!hit[stratum], "two points in stratum " + stratum);
                hit[stratum] = true;
            }
        }
        assertEquals(d.text(), Design.latinHypercube(r, n, 42).text());
        assertNotEquals(d.text(), Design.latinHypercube(r, n, 43).text());
        // Adding a factor leaves the others' columns as they were (one stream per factor).
        Map<String, Design.Range> more = new LinkedHashMap<>(r);
        more.put("z", new Design.Range(0, 9));
        assertEquals(d.value(7, 1), Design.latinHypercube(more, n, 42).value(7, 1));
        assertEquals(d.text(), Design.parse(d.text(), "design.csv").text());
    }

    @Test
    void aFullFactorialHasEveryCombinationFirstFactorSlowest() {
        Map<String, List<String>> levels = new LinkedHashMap<>();
        levels.put("a", List.of("0", "1"));
        levels.put("b", List.of("x", "y", "z"));
        Design d = Design.fullFactorial(levels);
        assertEquals("point,a,b\np1,0,x\np2,0,y\np3,0,z\np4,1,x\np5,1,y\np6,1,z\n", d.text());
    }

    @Test
    void badDesignFilesNameLineAndColumn() {
        InputValidationException e = assertThrows(InputValidationException.class,
                () -> Design.parse("point,a,a\np1,1,2\np1,,3\np3,1\n", "d.csv"));
        String m = e.getMessage();
        assertTrue(m.contains("d.csv line 1, column 'a' (3): expected each factor once, found 'a' twice"), m);
        assertTrue(m.contains("d.csv line 3, column 'point' (1): expected unique point names, found 'p1' again"), m);
        assertTrue(m.contains("d.csv line 3, column 'a' (2): expected a value, found an empty field"), m);
        assertTrue(m.contains("d.csv line 4: expected 3 fields (point and 2 factors), found 2"), m);
        InputValidationException h = assertThrows(InputValidationException.class, () -> Design.parse("name,a\nx,1\n", "d.csv"));
        assertTrue(h.getMessage().contains("expected a header 'point,<factor>,...'"), h.getMessage());
    }
}
