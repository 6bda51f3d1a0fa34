/**
 * The hospital submodel: emergency departments with treatment spaces and wards with beds, walk-ins and
 * referrals besides the chain's ambulance patients, boarding when the ward is full, ward relief
 * (discharge pressure, corridor beds) and the ambulance's handover, which waits for a free space
 * (offload delay). {@link org.akuttsim.chain.hospital.EmergencyDepartmentModel} plugs it into a
 * {@link org.akuttsim.chain.ChainScenario}; its metrics are named {@code ed.*} and {@code ward.*}.
 */
package org.akuttsim.chain.hospital;
