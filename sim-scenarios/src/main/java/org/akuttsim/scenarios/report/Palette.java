package org.akuttsim.scenarios.report;

import java.util.List;
import java.util.Locale;

/**
 * The report's colours. Scenarios take the Okabe–Ito palette (Okabe and Ito, "Color Universal Design",
 * 2008), chosen to stay distinguishable with the common colour-vision deficiencies, in the order of the
 * experiment's scenarios, so one scenario has one colour in every chart: in the main job 2021 sky blue,
 * 2035 orange, 2035 with the lever dark blue (orange against blue is the pair every deficiency keeps
 * apart). Maps use a sequential ramp (light yellow to dark blue, lightness rising monotonically, so it
 * also reads in grey) for levels and a diverging orange–white–blue ramp for effects.
 */
final class Palette {

    /** Okabe–Ito colours in the order scenarios take them (black last). */
    static final List<String> SCENARIO = List.of("#56B4E9", "#E69F00", "#0072B2", "#009E73", "#D55E00", "#CC79A7",
            "#F0E442", "#000000");

    /** Sequential ramp, low to high (light yellow to dark blue: cividis-like, monotone in lightness). */
    private static final int[][] SEQUENTIAL = {{0xFD, 0xEA, 0x9B}, {0xB5, 0xC8, 0x74}, {0x6F, 0xA5, 0x7E},
            {0x35, 0x7E, 0x8A}, {0x2B, 0x55, 0x86}, {0x1F, 0x2A, 0x5E}};

    /** Diverging ramp: negative end (orange), zero (near white), positive end (blue). */
    private static final int[][] DIVERGING = {{0xB3, 0x58, 0x06}, {0xF1, 0xA3, 0x40}, {0xF7, 0xF7, 0xF7},
            {0x6B, 0xAE, 0xD6}, {0x08, 0x45, 0x94}};

    private Palette() {
    }

    /** Colour of the scenario at position {@code i} of the experiment. */
    static String scenario(int i) {
        return SCENARIO.get(i % SCENARIO.size());
    }

    /** Sequential colour of {@code t} in [0, 1] (clamped); grey for NaN. */
    static String sequential(double t) {
        return ramp(SEQUENTIAL, t);
    }

    /** Diverging colour of {@code t} in [−1, 1] (clamped): −1 orange, 0 near white, +1 blue; grey for NaN. */
    static String diverging(double t) {
        return ramp(DIVERGING, (t + 1) / 2);
    }

    private static String ramp(int[][] stops, double t) {
        if (Double.isNaN(t)) {
            return "#bdbdbd";
        }
        double x = Math.max(0, Math.min(1, t)) * (stops.length - 1);
        int i = Math.min((int) Math.floor(x), stops.length - 2);
        double f = x - i;
        StringBuilder s = new StringBuilder("#");
        for (int c = 0; c < 3; c++) {
            s.append(String.format(Locale.ROOT, "%02x", (int) Math.round(stops[i][c] + f * (stops[i + 1][c] - stops[i][c]))));
        }
        return s.toString();
    }
}
