package org.akuttsim.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.akuttsim.scenarios.design.Sensitivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sensitivity.html: bars in |SRC| order, numbers without "−0", accessible offline SVG, the R² warning. */
class SensitivityReportTest {

    private static final String P90 = "response.RED.rural.p90", MISSIONS = "missions.perYear";

    private static Sensitivity.Effect effect(String metric, String factor, double src, double half, double r2) {
        return new Sensitivity.Effect(metric, factor, 20, src, src - half, src + half, src * 0.9, src * 0.9 - half, src * 0.9 + half, r2,
                0.95);
    }

    /** Two key metrics, in reverse of KEY order, factors in no particular order; one SRC of −0.00001. */
    private static List<Sensitivity.Effect> effects() {
        return List.of(
                effect(P90, "activation.red", 0.31, 0.1, 0.91),
                effect(P90, "on_scene.red", -0.72, 0.1, 0.91),
                effect(P90, "triage.undertriage", -0.00001, 0.00002, 0.91),
                effect(P90, "amk.call_to_dispatch_mean", 0.55, 0.1, 0.91),
                effect(MISSIONS, "activation.red", 0.05, 0.3, 0.42),
                effect(MISSIONS, "on_scene.red", 0.02, 0.3, 0.42),
                effect(MISSIONS, "triage.undertriage", -0.4, 0.3, 0.42),
                effect(MISSIONS, "amk.call_to_dispatch_mean", 0.0, 0.3, 0.42));
    }

    private static String page() {
        return SensitivityReport.render("akuttsim study: design.csv", List.of("design design.csv: 20 points"), effects());
    }

    /** The SVGs of the page, in order. */
    private static List<String> svgs(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<svg[^>]*>.*?</svg>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void barsFollowTheMagnitudeOfTheSrcAndMetricsTheOrderOfTheKeyMetrics() {
        List<String> svgs = svgs(page());
        assertEquals(2, svgs.size());
        assertTrue(svgs.get(0).contains("Ambulance missions / yr"), "KEY order: missions before the rural p90");
        assertOrder(svgs.get(0), "triage.undertriage", "activation.red", "on_scene.red", "amk.call_to_dispatch_mean");
        assertOrder(svgs.get(1), "on_scene.red", "amk.call_to_dispatch_mean", "activation.red", "triage.undertriage");
        // Negative SRCs are vermillion, positive blue.
        assertTrue(svgs.get(1).contains("<title>on_scene.red: SRC \u22120.72 [\u22120.82, \u22120.62]</title>"), svgs.get(1));
        assertTrue(svgs.get(1).contains("stroke=\"" + SensitivityReport.FALLS + "\""));
        assertTrue(svgs.get(1).contains("stroke=\"" + SensitivityReport.RISES + "\""));
    }

    private static void assertOrder(String svg, String... factors) {
        int last = -1;
        for (String f : factors) {
            int at = svg.indexOf("class=\"lab\">" + f + "</text>");
            assertTrue(at > last, f + " should come after the previous factor in " + svg);
            last = at;
        }
    }

    @Test
    void noNegativeZeroAndTheTinySignificantSrcGetsItsDecimals() {
        String html = page();
        assertFalse(html.contains("\u22120.0<") || html.contains("\u22120.00 ") || html.contains("-0.0") || html.contains("\u22120 "),
                "no negative zero");
        // −0.00001 with the interval [−0.00003, 0.00001] includes zero: printed as plain 0.00.
        assertTrue(html.contains("triage.undertriage 0.00 [0.00, 0.00]"), html);
        assertFalse(html.contains("+0.00"), "a zero is unsigned");
    }

    @Test
    void everySvgIsAnAccessibleImageAndThePageLoadsNothing() {
        String html = page();
        for (String svg : svgs(html)) {
            Matcher open = Pattern.compile("<svg id=\"([^\"]+)\"[^>]*role=\"img\"[^>]*aria-labelledby=\"\\1-t \\1-d\"").matcher(svg);
            assertTrue(open.find(), svg.substring(0, 200));
            String id = open.group(1);
            assertTrue(svg.contains("<title id=\"" + id + "-t\">SRCs of "), "title");
            Matcher desc = Pattern.compile("<desc id=\"" + id + "-d\">([^<]+)</desc>").matcher(svg);
            assertTrue(desc.find(), "desc");
            for (String f : List.of("activation.red", "on_scene.red", "triage.undertriage", "amk.call_to_dispatch_mean")) {
                assertTrue(desc.group(1).contains(f + " "), "the text alternative names " + f);
            }
        }
        assertFalse(html.contains("http:") || html.contains("https:") || html.contains("src=") || html.contains("<script")
                || html.contains("<link") || html.contains("url("), "self-contained: no external or scripted resource");
    }

    @Test
    void titlesCarryR2AndALowR2IsFlagged(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sensitivity.html");
        SensitivityReport.write("t", List.of(), effects(), file);
        String html = Files.readString(file);
        assertTrue(html.contains("<h2>Ambulance missions / yr \u2014 R\u00b2 = 0.42</h2>"), html);
        assertTrue(html.contains("<h2>RED response p90 rural \u2014 R\u00b2 = 0.91</h2>"), html);
        assertTrue(html.contains("<b>R\u00b2 = 0.42 is low</b>"), "0.42 < " + SensitivityReport.R2_LOW);
        assertFalse(html.contains("R\u00b2 = 0.91 is low"));
        assertTrue(html.contains("SRCs are meaningful when the regression's R\u00b2 is high"));
        assertTrue(html.contains("Which of the 4 factors varied over the 20 design points"), html);
    }
}
