package org.akuttsim.scenarios.report;

/**
 * The question a report answers first: what a lever does, measured against what growth does.
 *
 * @param text      the question as the reader asks it, e.g. "If AMK over-triaged 30 % less in 2035, …?"
 * @param leverName the lever in a few words, e.g. "30 % less over-triage"
 * @param growth    the change the lever is measured against: {@code alternative − base}, e.g. 2035 − 2021
 * @param lever     the lever's effect: {@code alternative − base}, e.g. (2035 with the lever) − 2035
 * @param readiness the metric the answer is about (a share 0..1, higher is better), e.g.
 *                  {@code readiness.meanOverDistricts}
 * @param sickest   what the lever costs or gains the sickest (minutes, lower is better), e.g.
 *                  {@code response.need.RED.p90}
 */
public record Question(String text, String leverName, Pair growth, Pair lever, String readiness, String sickest) {
    /**
     * Checks that nothing is missing.
     *
     * @param text the question as the reader asks it
     * @param leverName the lever in a few words
     * @param growth the change the lever is measured against
     * @param lever the lever's effect
     * @param readiness the metric key the answer is about
     * @param sickest the metric key of what the lever costs or gains the sickest
     * @throws IllegalArgumentException if any part is null
     */
    public Question {
        if (text == null || leverName == null || growth == null || lever == null || readiness == null || sickest == null) {
            throw new IllegalArgumentException("a question needs its text, lever name, both comparisons and both metrics");
        }
    }

    /**
     * The main job's question about over-triage, with the comparisons given; it is answered on
     * {@code readiness.meanOverDistricts} and {@code response.need.RED.p90}.
     *
     * @param region the region's name as the reader knows it, e.g. "St. Olavs"
     * @param percent the cut in over-triage as written in the text, e.g. "30"
     * @param growth the change to measure against, e.g. 2035 − 2021
     * @param lever the lever's effect, e.g. (2035 with the lever) − 2035; its base year is named in the text
     * @return the question
     */
    public static Question overtriage(String region, String percent, Pair growth, Pair lever) {
        return new Question("If AMK over-triaged " + percent + " % less in " + lever.base() + ", how much local ambulance"
                + " readiness would the districts of " + region + " gain, and what would it cost the sickest patients?",
                percent + " % less over-triage", growth, lever, "readiness.meanOverDistricts", "response.need.RED.p90");
    }
}
