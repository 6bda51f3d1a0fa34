package org.akuttsim.scenarios;

import java.util.Arrays;

import org.akuttsim.chain.AgeGroups;

/**
 * Population growth by age group between two years, from a projection table (e.g. SSB's projection
 * as in {@code seed-data/population_2021_2035.csv}): population in {@code toYear} = population in
 * {@code fromYear} × {@code factor[g]}.
 *
 * <p>{@link #factor(int, int)} extends the table to any year from {@code fromYear} to
 * {@link #LAST_YEAR}:
 * <ul>
 *   <li>between the two table years, <b>linear interpolation</b> of the factor:
 *       {@code 1 + (f − 1)·(y − from)/(to − from)} (the projection tables give no intermediate years,
 *       and a straight line is what a planner would draw);</li>
 *   <li>after {@code toYear}, <b>geometric continuation</b> of the table's average annual growth:
 *       {@code f^((y − from)/(to − from))}, i.e. the 2021–2035 annual rate per age group is assumed to
 *       hold until 2040. It equals the table at {@code toYear}. This is an assumption: it continues the
 *       ageing of the 2021–2035 period (80–89 grows fastest) rather than modelling cohorts moving
 *       between groups, and should be read as "if 2021–2035 trends continue".</li>
 * </ul>
 *
 * @param name     profile name (zones refer to it)
 * @param fromYear base year of the table
 * @param toYear   projection year of the table (&gt; fromYear)
 * @param factor   growth factor per age group from fromYear to toYear (10 entries, &gt; 0)
 */
public record GrowthProfile(String name, int fromYear, int toYear, double[] factor) {

    /** Last year the projection is defined for (the 2040 horizon of the planning documents). */
    public static final int LAST_YEAR = 2040;

    /**
     * Checks the name, that toYear is after fromYear and that there are ten finite factors &gt; 0; keeps a
     * copy.
     *
     * @param name profile name
     * @param fromYear base year of the table
     * @param toYear projection year of the table
     * @param factor growth factor per age group from fromYear to toYear
     */
    public GrowthProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("growth profile needs a name");
        }
        if (toYear <= fromYear) {
            throw new IllegalArgumentException("growth profile " + name + ": to-year " + toYear + " must be after from-year " + fromYear);
        }
        if (factor == null || factor.length != AgeGroups.COUNT) {
            throw new IllegalArgumentException("growth profile " + name + " needs " + AgeGroups.COUNT + " factors");
        }
        factor = factor.clone();
        for (double f : factor) {
            if (!(f > 0) || Double.isInfinite(f)) {
                throw new IllegalArgumentException("growth profile " + name + ": factors must be finite and > 0, were " + Arrays.toString(factor));
            }
        }
    }

    /** {@return the growth factors by age group from fromYear to toYear (a copy)} */
    @Override
    public double[] factor() {
        return factor.clone();
    }

    /**
     * Growth factor of age group {@code g} from {@code fromYear} to {@code year}.
     *
     * @param g the age group, 0..9
     * @param year the target year
     * @return the factor
     */
    public double factor(int g, int year) {
        if (year < fromYear || year > LAST_YEAR) {
            throw new IllegalArgumentException("growth profile " + name + " covers years " + fromYear + "–" + LAST_YEAR
                    + ", not " + year);
        }
        double f = factor[g];
        double t = (double) (year - fromYear) / (toYear - fromYear);
        return year <= toYear ? 1 + (f - 1) * t : Math.pow(f, t);
    }
}
