package org.akuttsim.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.akuttsim.experiment.ExperimentResult;
import org.junit.jupiter.api.Test;

/** The report's answer sentence, number formatting, map projection, offline-ness and text alternatives. */
class HtmlReportTest {

    private static final double[] SYMMETRIC = {0.002, -0.002, 0.001, -0.001, 0.0};

    @Test
    void answerStatesAPositiveEffectWithItsIntervalAndTheShareOfGrowthItRecovers() {
        ExperimentResult r = ReportFixtures.abc(1.3, -0.7, ReportFixtures.JITTER);
        String a = AnswerSentence.of(r, ReportFixtures.question());
        assertTrue(a.contains("rises by 1.3 [1.1, 1.5] pp against B"), a);
        assertTrue(a.contains("against B without it"), a);
        // Jitter of sd 0.16 pp over 5 replications: half-width 2.776 · 0.16 / √5 = 0.2 pp.
        // 1.3 of 15 pp = 8.7 %: nearest named fraction a twelfth (8.3 %), within 15 %.
        assertTrue(a.contains("recovers about a twelfth (9 % ["), a);
        assertTrue(a.contains("of the 15.0 pp that growth from A to B takes away"), a);
        assertTrue(a.contains("reached 0.7 min sooner"), a);
        assertFalse(a.contains("no detectable"), a);
    }

    @Test
    void answerSaysNoDetectableEffectWhenTheIntervalCoversZero() {
        ExperimentResult r = ReportFixtures.abc(0.0, 0.0, SYMMETRIC);
        String a = AnswerSentence.of(r, ReportFixtures.question());
        assertTrue(a.contains("shows no detectable change"), a);
        assertTrue(a.contains("the interval includes zero"), a);
        assertTrue(a.contains("90th-percentile response time shows no detectable change"), a);
        assertFalse(a.contains("recovers"), a);
        assertFalse(a.contains("rises"), a);
    }

    @Test
    void answerStatesANegativeEffectAndACostForTheSickest() {
        ExperimentResult r = ReportFixtures.abc(-1.0, 0.5, ReportFixtures.JITTER);
        String a = AnswerSentence.of(r, ReportFixtures.question());
        assertTrue(a.contains("falls by 1.0 [0.8, 1.2] pp against B"), a);
        assertTrue(a.contains("adds to the 15.0 pp"), a);
        assertTrue(a.contains("It costs the sickest"), a);
        assertTrue(a.contains("0.5 min later"), a);
        assertFalse(a.contains("recovers"), a);
    }

    @Test
    void fractionsInWords() {
        assertEquals("about a twelfth", AnswerSentence.fractionWords(1.3 / 15.5));
        assertEquals("about a seventh", AnswerSentence.fractionWords(0.14));
        assertEquals("about half", AnswerSentence.fractionWords(0.52));
        assertEquals("about 40 %", AnswerSentence.fractionWords(0.40));
        assertEquals("less than a twentieth", AnswerSentence.fractionWords(0.01));
        assertEquals("more than all", AnswerSentence.fractionWords(1.6));
    }

    @Test
    void numbersNeverPrintMinusZero() {
        assertEquals("0.0", Numbers.fmt(-0.04, 1));
        assertEquals("0.0", Numbers.fmt(-0.0, 1, true));
        assertEquals("\u22120.1", Numbers.fmt(-0.06, 1));
        // A significant interval around −0.04 gets the decimals it needs; a non-significant one prints 0.0.
        assertEquals("\u22120.04 [\u22120.05, \u22120.03]", Numbers.interval(-0.04, -0.05, -0.03, 1, true));
        assertEquals("0.0 [\u22120.2, 0.2]", Numbers.interval(-0.01, -0.2, 0.2, 1, true));
    }

    @Test
    void renderedReportHasNoMinusZeroForATinySignificantEffect() {
        // Lever effect −0.04 pp with a tight interval (significant): would print "−0.0 [−0.0, −0.0]" at one decimal.
        double[] tight = {0.00001, -0.00001, 0.00002, -0.00002, 0.0};
        String html = withoutScripts(ReportFixtures.render(ReportFixtures.abc(-0.04, -0.001, tight)));
        Matcher m = Pattern.compile("[\u2212-]0(\\.0+)?(?![0-9.])").matcher(html);
        assertFalse(m.find(), () -> "minus zero at: " + html.substring(Math.max(0, m.start() - 80), Math.min(html.length(), m.end() + 40)));
        assertTrue(html.contains("\u22120.04"), "the significant tiny effect shows its sign with more decimals");
    }

    @Test
    void projectionPutsNorthUpAndScalesLongitudeByCosLatitude() {
        ZoneMap.Projection p = ZoneMap.Projection.fit(List.of(new double[] {64.0, 10.0}, new double[] {63.0, 11.0}), 400, 400, 10);
        assertTrue(p.y(64.0) < p.y(63.0), "the northern zone is drawn above the southern one");
        assertTrue(p.x(11.0) > p.x(10.0), "east is right");
        double degLatPx = p.y(63.0) - p.y(64.0), degLonPx = p.x(11.0) - p.x(10.0);
        assertEquals(Math.cos(Math.toRadians(63.5)), degLonPx / degLatPx, 1e-9);
        String html = ReportFixtures.render(ReportFixtures.abc(1.3, -0.7, ReportFixtures.JITTER));
        double yNorth = circleY(html, "mapReadiness", "north"), ySouth = circleY(html, "mapReadiness", "south");
        assertTrue(yNorth < ySouth, "in the rendered map too: north " + yNorth + ", south " + ySouth);
    }

    @Test
    void reportLoadsNothingFromOutside() {
        String html = ReportFixtures.render(ReportFixtures.abc(1.3, -0.7, ReportFixtures.JITTER));
        String ours = html.replace(HtmlReport.chartJs(), "");
        assertFalse(Pattern.compile("(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(html).find(), "no external src/href");
        assertFalse(Pattern.compile("(?i)url\\(\\s*[\"']?\\s*(https?:)?//").matcher(html).find(), "no external CSS url()");
        assertFalse(html.contains("@import"), "no CSS imports");
        assertFalse(ours.contains("http://") || ours.contains("https://"), "no URL at all outside the inlined Chart.js");
        assertTrue(html.contains("<script>\n" + HtmlReport.chartJs()), "Chart.js is inlined");
    }

    @Test
    void everyChartHasACaptionAndATextAlternative() {
        String html = ReportFixtures.render(ReportFixtures.abc(1.3, -0.7, ReportFixtures.JITTER));
        String body = withoutScripts(html);
        int charts = 0;
        Matcher canvas = Pattern.compile("<canvas([^>]*)>").matcher(body);
        while (canvas.find()) {
            charts++;
            assertTrue(canvas.group(1).contains("role=\"img\""), canvas.group());
            assertTrue(Pattern.compile("aria-label=\"[^\"]{20,}\"").matcher(canvas.group(1)).find(), canvas.group());
        }
        Matcher svg = Pattern.compile("<svg([^>]*)>(.*?)</svg>", Pattern.DOTALL).matcher(body);
        while (svg.find()) {
            charts++;
            assertTrue(svg.group(1).contains("role=\"img\"") && svg.group(1).contains("aria-labelledby="), svg.group(1));
            assertTrue(Pattern.compile("^<title id=\"[^\"]+\">[^<]+</title><desc id=\"[^\"]+\">[^<]{20,}</desc>").matcher(svg.group(2)).find(),
                    svg.group(1));
        }
        // forest plot, 3 maps, district effects, response minutes and shares, readiness by hour
        assertEquals(8, charts);
        assertEquals(charts, count(body, "<figure"), "every chart is in a figure");
        assertEquals(charts, count(body, "<figcaption>"), "every figure has a caption");
    }

    private static int count(String s, String what) {
        return s.split(Pattern.quote(what), -1).length - 1;
    }

    private static String withoutScripts(String html) {
        return html.replaceAll("(?s)<script>.*?</script>", "");
    }

    private static double circleY(String html, String svgId, String zone) {
        int from = html.indexOf("<svg id=\"" + svgId + "\"");
        String svg = html.substring(from, html.indexOf("</svg>", from));
        Matcher m = Pattern.compile("<circle cx=\"[^\"]+\" cy=\"([^\"]+)\"[^>]*><title>" + zone + " ").matcher(svg);
        assertTrue(m.find(), "zone " + zone + " drawn");
        return Double.parseDouble(m.group(1));
    }
}
