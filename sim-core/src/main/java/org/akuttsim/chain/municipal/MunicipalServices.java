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
     * Legevakt and daytime municipal services without a telephone stage or far patients (see
     * {@link #withTelephone} and {@link #withFarPatients}).
     *
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
     * @throws IllegalArgumentException if there is no site, a zone maps to no site, an array has the wrong
     *                                  length, a rate is negative, the weekly shares do not sum to 1, a share
     *                                  is outside [0, 1], ED referral and ambulance shares sum to more than 1,
     *                                  or a time is missing
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

    /** {@return the legevakt sites, in index order (unmodifiable)} */
    public List<LegevaktSite> sites() {
        return sites;
    }

    /** {@return per zone of the region, the index of the site serving it (a copy)} */
    public int[] siteOfZone() {
        return siteOfZone.clone();
    }

    int site(int zone) {
        return siteOfZone[zone];
    }

    /** {@return direct contacts (not through AMK) per person-year by age group (10 values, a copy)} */
    public double[] contactsPerPersonYear() {
        return contactsPerPersonYear.clone();
    }

    /** {@return the share of the week's direct contacts in each hour of week (168 values summing to 1, a copy)} */
    public double[] weeklyShare() {
        return weeklyShare.clone();
    }

    double weeklyShare(int hourOfWeek) {
        return weeklyShare[hourOfWeek];
    }

    /** {@return the share of the direct contacts that remain, in [0, 1] (1 unless a lever removed some)} */
    public double directKept() {
        return directKept;
    }

    /** {@return the legevakt consultation time, minutes} */
    public DurationModel consultation() {
        return consultation;
    }

    /** {@return the time a daytime municipal patient holds a slot, minutes} */
    public DurationModel municipalVisit() {
        return municipalVisit;
    }

    /** {@return the share of legevakt consultations referred to the ED, in [0, 1]} */
    public double edReferralShare() {
        return edReferralShare;
    }

    /** {@return the share of legevakt consultations for which the doctor orders an ambulance, in [0, 1]} */
    public double ambulanceShare() {
        return ambulanceShare;
    }

    /** {@return the share of daytime municipal patients referred to the ED, in [0, 1]} */
    public double municipalEdShare() {
        return municipalEdShare;
    }

    /**
     * {@return the share of the ambulances a legevakt doctor orders for a patient without a known
     * ambulance-level need that are RED (the others YELLOW), in [0, 1]}
     */
    public double ambulanceRedShare() {
        return ambulanceRedShare;
    }

    /**
     * {@return the drive to their legevakt, minutes, beyond which patients may need an ambulance instead
     * ({@link #farAmbulanceShare}); infinite unless set by {@link #withFarPatients}}
     */
    public double farMinutes() {
        return farMinutes;
    }

    /**
     * {@return the share of the patients farther than {@link #farMinutes} from their legevakt who get a
     * GREEN ambulance instead of going there, in [0, 1] (0 unless set by {@link #withFarPatients})}
     */
    public double farAmbulanceShare() {
        return farAmbulanceShare;
    }

    /**
     * These services where a share {@code share} of the patients whose drive to their legevakt exceeds
     * {@code minutes} cannot get there by themselves and get a GREEN ambulance instead (the effect of
     * a centralised legevakt on ambulance missions, a stated assumption of the scenario).
     *
     * @param minutes the drive to the legevakt beyond which a patient is far, minutes (&ge; 0)
     * @param share   the share of far patients who get a GREEN ambulance, in [0, 1]
     * @return the new services (the rest as these)
     * @throws IllegalArgumentException if {@code minutes} is negative or NaN or {@code share} is outside [0, 1]
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
     *
     * @param call      the length of a 116117 call, minutes
     * @param onlyShare the share of calls settled on the phone, in [0, 1]
     * @return the new services (the rest as these)
     * @throws IllegalArgumentException if {@code call} is null or {@code onlyShare} is outside [0, 1]
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

    /** {@return the length of a 116117 call, minutes (0 without a telephone stage)} */
    public DurationModel phoneCall() {
        return phoneCall;
    }

    /** {@return the share of the 116117 calls settled on the phone, in [0, 1] (0 without a telephone stage)} */
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

    /**
     * Expected direct contacts per year at each site (after {@code directKept}): per zone, population by
     * age group × {@code contactsPerPersonYear}, summed over the zones each site serves.
     *
     * @param region the region whose zones {@link #siteOfZone()} maps (same zone count)
     * @return per site index, the expected direct contacts (116117 calls with a telephone stage) per year
     */
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
     *
     * @param region  the region whose hospitals are searched
     * @param minutes travel minutes from zone to zone, row-major ({@code zoneCount × zoneCount} values)
     * @param zone    the zone travelled from
     * @return the index of the nearest hospital in {@link Region#hospitals()}, or -1 if there is none
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

    /**
     * These services with other sites and zone assignment (e.g. a centralised legevakt).
     *
     * @param newSites      the legevakt sites (at least one)
     * @param newSiteOfZone per zone of the region, the index in {@code newSites} of the site serving it
     * @return the new services (the rest as these)
     * @throws IllegalArgumentException if there is no site or a zone maps to no site
     */
    public MunicipalServices withSites(List<LegevaktSite> newSites, int[] newSiteOfZone) {
        return copy(newSites, newSiteOfZone, directKept, edReferralShare, ambulanceShare, municipalEdShare);
    }

    /**
     * These services with a share {@code kept} of the direct contacts (a lever that removes some: frequent callers).
     *
     * @param kept the share of the direct contacts that remain, in [0, 1]
     * @return the new services (the rest as these)
     * @throws IllegalArgumentException if {@code kept} is outside [0, 1]
     */
    public MunicipalServices withDirectKept(double kept) {
        return copy(sites, siteOfZone, kept, edReferralShare, ambulanceShare, municipalEdShare);
    }

    /**
     * These services with other referral shares.
     *
     * @param ed          share of legevakt consultations referred to the ED, in [0, 1]
     * @param ambulance   share of legevakt consultations for which the doctor orders an ambulance, in [0, 1]
     *                    ({@code ed + ambulance} &le; 1)
     * @param municipalEd share of daytime municipal patients referred to the ED, in [0, 1]
     * @return the new services (the rest as these)
     * @throws IllegalArgumentException if a share is outside [0, 1] or {@code ed + ambulance} exceeds 1
     */
    public MunicipalServices withReferrals(double ed, double ambulance, double municipalEd) {
        return copy(sites, siteOfZone, directKept, ed, ambulance, municipalEd);
    }

    @Override
    public String toString() {
        return "municipal services (" + sites.size() + " legevakt sites)";
    }
}
