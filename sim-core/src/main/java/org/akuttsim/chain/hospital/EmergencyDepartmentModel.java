package org.akuttsim.chain.hospital;

import java.util.ArrayList;
import java.util.List;
import org.akuttsim.chain.Hospital;
import org.akuttsim.chain.HospitalContext;
import org.akuttsim.chain.HospitalLink;
import org.akuttsim.chain.HospitalModel;

/**
 * The ED/ward submodel as part of a {@link org.akuttsim.chain.ChainScenario}: immutable
 * {@link HospitalParameters}, and per replication a fresh {@link EmergencyDepartments}.
 *
 * <p>The region is the one source of capacities: at the start of each replication the treatment
 * spaces and ward beds of every {@link Hospital} of the region replace those in the matching
 * {@link EmergencyDepartmentSpec} (matched by id; every region hospital needs a spec, in any order),
 * so a scenario that adds ED spaces edits the region only. The specs supply the walk-in and
 * referral rates.
 *
 * <pre>{@code
 * HospitalParameters p = HospitalParameters.defaults(List.of(EmergencyDepartmentSpec.stOlavsDefault()));
 * ChainScenario s = base.toBuilder().hospitals(new EmergencyDepartmentModel(p)).build();
 * }</pre>
 */
public final class EmergencyDepartmentModel implements HospitalModel {

    private final HospitalParameters parameters;

    /**
     * A submodel that builds its EDs and wards from {@code parameters} in every replication.
     *
     * @param parameters the departments and their patient flows
     */
    public EmergencyDepartmentModel(HospitalParameters parameters) {
        if (parameters == null) {
            throw new IllegalArgumentException("hospital parameters must be given");
        }
        this.parameters = parameters;
    }

    /** {@return the parameters the EDs and wards are built from} */
    public HospitalParameters parameters() {
        return parameters;
    }

    @Override
    public HospitalLink start(HospitalContext ctx) {
        Prepared prepared = prepare(ctx.region().hospitals());
        EmergencyDepartments eds = new EmergencyDepartments(ctx.simulator(), prepared.parameters(), prepared.tables(),
                ctx.replication().streams(), ctx.offload());
        eds.start();
        return eds;
    }

    /** Parameters aligned with one region's hospitals, and the tables derived from them. */
    private record Prepared(List<Hospital> hospitals, HospitalParameters parameters, HospitalTables tables) {
    }

    /**
     * The last region's prepared parameters and tables: replications of a scenario share its region,
     * so they are built once (immutable, shared read-only; a race only builds them twice).
     */
    private volatile Prepared prepared;

    private Prepared prepare(List<Hospital> hospitals) {
        Prepared p = prepared;
        if (p == null || !p.hospitals().equals(hospitals)) {
            HospitalParameters aligned = parameters.withHospitals(alignedWith(hospitals));
            p = new Prepared(List.copyOf(hospitals), aligned, HospitalTables.of(aligned));
            prepared = p;
        }
        return p;
    }

    /** The specs in the region's hospital order, with the region's capacities. */
    List<EmergencyDepartmentSpec> alignedWith(List<Hospital> hospitals) {
        List<EmergencyDepartmentSpec> out = new ArrayList<>(hospitals.size());
        for (Hospital h : hospitals) {
            int i = parameters.indexOf(h.id());
            if (i < 0) {
                throw new IllegalArgumentException("region hospital '" + h.id() + "' has no EmergencyDepartmentSpec; specs exist for "
                        + parameters.hospitals().stream().map(EmergencyDepartmentSpec::id).toList());
            }
            out.add(parameters.hospitals().get(i).withCapacity(h.edSpaces(), h.wardBeds()));
        }
        return out;
    }
}
