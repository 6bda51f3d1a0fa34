package org.akuttsim.chain.municipal;

import java.util.List;

import org.akuttsim.chain.AgeGroups;
import org.akuttsim.chain.Demand;
import org.akuttsim.chain.DurationModel;
import org.akuttsim.chain.MunicipalContext;
import org.akuttsim.chain.MunicipalLink;
import org.akuttsim.chain.MunicipalModel;
import org.akuttsim.chain.Region;
import org.akuttsim.chain.Zone;

/**
 * Legevakt and daytime municipal services with capacity: the scenario's {@link MunicipalModel}.
 *
 * <p><b>Legevakt</b> (one {@link LegevaktSite} per legevakt district; {@code siteOfZone} says which
 * serves each zone) sees two streams of patients: those AMK sends there (triage outcome LEGEVAKT, told
 * by the chain) and those who come straight to it (116117): per zone and age group
 * {@code contactsPerPersonYear[g]} × population × {@code directKept}, spread over the week by
 * {@code weeklyShare}. Patients are seen first come, first served by the doctors on duty at their
 * site; a consultation takes {@code consultation}. At its end a share {@code edReferralShare} is
 * referred to the ED nearest the site (it arrives there at once, by its own means) and a share
 * {@code ambulanceShare} gets an ambulance the doctor orders (a call of the chain).
 *
 * <p><b>Daytime municipal services</b>: a patient AMK sends to GP/municipal services (GP_MUNICIPAL)
 * takes one of the district's {@link LegevaktSite#municipalSlots()} for {@code municipalVisit}, and is
 * referred to the ED with {@code municipalEdShare}. When every slot is taken the patient overflows:
 * with a true need of an ambulance level (RED, YELLOW, GREEN) an ambulance at that level, otherwise
 * the site's legevakt queue. So moving calls from the ambulance to the municipality helps only as far
 * as its slots reach.
 *
 * <p>Immutable.
 */
public final class MunicipalServices implements MunicipalModel {

    private final List<LegevaktSite> sites;
    private final int[] siteOfZone;
    private final double[] contactsPerPersonYear;
    private final double[] weeklyShare;
    private final double directKept;
    private final DurationModel consultation;
    private final DurationModel municipalVisit;
    private final double edReferralShare;
    private final double ambulanceShare;
    private final double municipalEdShare;
    private final double ambulanceRedShare;
    private double farMinutes = Double.POSITIVE_INFINITY;
    private double farAmbulanceShare;
    private DurationModel phoneCall = DurationModel.fixed(0);
    private double phoneOnlyShare;

    /**
     * @param sites                 legevakt sites (at least one)
     * @param siteOfZone            per zone of the region, the index of the site serving it
     * @param contactsPerPersonYear direct contacts (not through AMK) per person-year by age group (10 values)
     * @param weeklyShare           share of the week's direct contacts in each hour of week (168 values, sum 1)
     * @param directKept            share of the direct contacts that remain (1; below 1: a lever removed some)
     * @param consultation          legevakt consultation time, minutes
     * @param municipalVisit        time a daytime municipal patient holds a slot, minutes
     * @param edReferralShare       share of legevakt consultations referred to the ED
     * @param ambulanceShare        share of legevakt consultations for which the doctor orders an ambulance
     * @param municipalEdShare      share of daytime municipal patients referred to the ED
     * @param ambulanceRedShare     share of the ambulances a legevakt doctor orders for a patient without a known ambulance-level
     *                              need that are RED (the others YELLOW)
     */
    public MunicipalServices(List<LegevaktSite> sites, int[] siteOfZone, double[] contactsPerPersonYear, double[] weeklyShare,
                             double directKept, DurationModel consultation, DurationModel municipalVisit, double edReferralShare,
                             double ambulanceShare, double municipalEdShare, double ambulanceRedShare) {
        if (sites == null || sites.isEmpty()) {
            throw new IllegalArgumentException("municipal services need at least one legevakt site");
        }
        this.sites = List.copyOf(sites);
        if (siteOfZone == null) {
            throw new IllegalArgumentException("site of each zone must be given");
        }
        for (int z = 0; z < siteOfZone.length; z++) {
            if (siteOfZone[z] < 0 || siteOfZone[z] >= sites.size()) {
                throw new IllegalArgumentException("zone " + z + " is served by legevakt site " + siteOfZone[z] + "; expected 0.."
                        + (sites.size() - 1));
            }
        }
        this.siteOfZone = siteOfZone.clone();
        if (contactsPerPersonYear == null || contactsPerPersonYear.length != AgeGroups.COUNT) {
            throw new IllegalArgumentException("direct legevakt contacts per person-year need " + AgeGroups.COUNT + " age groups");
        }
        for (double r : contactsPerPersonYear) {
            nonNegative("direct legevakt contacts per person-year", r);
        }
        this.contactsPerPersonYear = contactsPerPersonYear.clone();
        if (weeklyShare == null || weeklyShare.length != Demand.HOURS_PER_WEEK) {
            throw new IllegalArgumentException("legevakt weekly profile needs " + Demand.HOURS_PER_WEEK + " hourly shares");
        }
        double sum = 0;
        for (double w : weeklyShare) {
            nonNegative("legevakt weekly share", w);
            sum += w;
        }
        if (Math.abs(sum - 1) > 1e-6) {
            throw new IllegalArgumentException("legevakt weekly shares must sum to 1, summed to " + sum);
        }
        this.weeklyShare = weeklyShare.clone();
        this.directKept = share("share of direct legevakt contacts kept", directKept);
        if (consultation == null || municipalVisit == null) {
            throw new IllegalArgumentException("consultation and municipal visit times must be given");
        }
        this.consultation = consultation;
        this.municipalVisit = municipalVisit;
        this.edReferralShare = share("legevakt ED referral share", edReferralShare);
        this.ambulanceShare = share("legevakt ambulance share", ambulanceShare);
        if (edReferralShare + ambulanceShare > 1) {
            throw new IllegalArgumentException("legevakt ED referral and ambulance shares must sum to at most 1, were "
                    + edReferralShare + " + " + ambulanceShare);
        }
        this.municipalEdShare = share("municipal ED referral share", municipalEdShare);
        this.ambulanceRedShare = share("RED share of legevakt-ordered ambulances", ambulanceRedShare);
    }

    private static void nonNegative(String what, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0, was " + v);
        }
    }

    private static double share(String what, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(what + " must be in [0, 1], was " + v);
        }
        return v;
    }

    @Override
    public MunicipalLink start(MunicipalContext context) {
        if (context.scenario().region().zoneCount() != siteOfZone.length) {
            throw new IllegalArgumentException("municipal services map " + siteOfZone.length + " zones to legevakt sites, the region has "
                    + context.scenario().region().zoneCount());
        }
        return new MunicipalRun(this, context);
    }

    public List<LegevaktSite> sites() {
        return sites;
    }

    public int[] siteOfZone() {
        return siteOfZone.clone();
    }

    int site(int zone) {
        return siteOfZone[zone];
    }

    public double[] contactsPerPersonYear() {
        return contactsPerPersonYear.clone();
    }

    public double[] weeklyShare() {
        return weeklyShare.clone();
    }

    double weeklyShare(int hourOfWeek) {
        return weeklyShare[hourOfWeek];
    }

    public double directKept() {
        return directKept;
    }

    public DurationModel consultation() {
        return consultation;
    }

    public DurationModel municipalVisit() {
        return municipalVisit;
    }

    public double edReferralShare() {
        return edReferralShare;
    }

    public double ambulanceShare() {
        return ambulanceShare;
    }

    public double municipalEdShare() {
        return municipalEdShare;
    }

    public double ambulanceRedShare() {
        return ambulanceRedShare;
    }

    /** Patients whose drive to their legevakt is longer than this (minutes) may need an ambulance instead ({@link #farAmbulanceShare}). */
    public double farMinutes() {
        return farMinutes;
    }

    /** Share of the patients farther than {@link #farMinutes} from their legevakt who get a GREEN ambulance instead of going there. */
    public double farAmbulanceShare() {
        return farAmbulanceShare;
    }

    /**
     * These services where a share {@code share} of the patients whose drive to their legevakt exceeds
     * {@code minutes} cannot get there by themselves and get a GREEN ambulance instead (the effect of
     * a centralised legevakt on ambulance missions, a stated assumption of the scenario).
     */
    public MunicipalServices withFarPatients(double minutes, double share) {
        if (!(minutes >= 0)) {
            throw new IllegalArgumentException("far-patient minutes must be >= 0, was " + minutes);
        }
        MunicipalServices m = copy(sites, siteOfZone, directKept, edReferralShare, ambulanceShare, municipalEdShare);
        m.farMinutes = minutes;
        m.farAmbulanceShare = share("far-patient ambulance share", share);
        return m;
    }

    private MunicipalServices copy(List<LegevaktSite> newSites, int[] newSiteOfZone, double kept, double ed, double amb, double muniEd) {
        MunicipalServices m = new MunicipalServices(newSites, newSiteOfZone, contactsPerPersonYear, weeklyShare, kept, consultation,
                municipalVisit, ed, amb, muniEd, ambulanceRedShare);
        m.farMinutes = farMinutes;
        m.farAmbulanceShare = farAmbulanceShare;
        m.phoneCall = phoneCall;
        m.phoneOnlyShare = phoneOnlyShare;
        return m;
    }

    /**
     * These services with a telephone stage at the sites that have nurses ({@link LegevaktSite#nurses()}):
     * a direct contact first calls 116117 and waits for a nurse, the call takes {@code call}, and a share
     * {@code onlyShare} is settled on the phone (nurse advice, a doctor's phone advice); the rest join the
     * consultation queue. AMK's patients skip the telephone. So {@code contactsPerPersonYear} counts calls.
     */
    public MunicipalServices withTelephone(DurationModel call, double onlyShare) {
        if (call == null) {
            throw new IllegalArgumentException("116117 call time must be given");
        }
        MunicipalServices m = copy(sites, siteOfZone, directKept, edReferralShare, ambulanceShare, municipalEdShare);
        m.phoneCall = call;
        m.phoneOnlyShare = share("share settled on the phone", onlyShare);
        return m;
    }

    public DurationModel phoneCall() {
        return phoneCall;
    }

    /** Share of the 116117 calls settled on the phone (0 without a telephone stage). */
    public double phoneOnlyShare() {
        return phoneOnlyShare;
    }

    /** Direct contacts per year in zone {@code z} of {@code region} before {@code directKept} (the candidates a mark then thins). */
    double directEnvelopePerYear(Zone z) {
        double s = 0;
        for (int g = 0; g < AgeGroups.COUNT; g++) {
            s += z.population(g) * contactsPerPersonYear[g];
        }
        return s;
    }

    /** Expected direct contacts per year at each site of {@code region} (after {@code directKept}). */
    public double[] expectedDirectPerYear(Region region) {
        double[] e = new double[sites.size()];
        for (int z = 0; z < region.zoneCount(); z++) {
            e[siteOfZone[z]] += directEnvelopePerYear(region.zones().get(z)) * directKept;
        }
        return e;
    }

    /**
     * The hospital whose zone is the fewest minutes ({@code minutes}: zone × zone, row-major) from
     * {@code zone}, ties to the lower index; -1 without hospitals. Where legevakt and GP referrals go.
     */
    public static int nearestHospital(Region region, double[] minutes, int zone) {
        int n = region.zoneCount();
        int best = -1;
        for (int h = 0; h < region.hospitalCount(); h++) {
            int hz = region.hospitals().get(h).zone();
            if (best < 0 || minutes[zone * n + hz] < minutes[zone * n + region.hospitals().get(best).zone()]) {
                best = h;
            }
        }
        return best;
    }

    /** These services with other sites and zone assignment (e.g. a centralised legevakt). */
    public MunicipalServices withSites(List<LegevaktSite> newSites, int[] newSiteOfZone) {
        return copy(newSites, newSiteOfZone, directKept, edReferralShare, ambulanceShare, municipalEdShare);
    }

    /** These services with a share {@code kept} of the direct contacts (a lever that removes some: frequent callers). */
    public MunicipalServices withDirectKept(double kept) {
        return copy(sites, siteOfZone, kept, edReferralShare, ambulanceShare, municipalEdShare);
    }

    /** These services with other referral shares. */
    public MunicipalServices withReferrals(double ed, double ambulance, double municipalEd) {
        return copy(sites, siteOfZone, directKept, ed, ambulance, municipalEd);
    }

    @Override
    public String toString() {
        return "municipal services (" + sites.size() + " legevakt sites)";
    }
}
