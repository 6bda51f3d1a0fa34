/**
 * The municipal side of the chain (issue 20): legevakt (out-of-hours service) with doctors on duty by
 * hour and an optional 116117 telephone stage with nurses, and the daytime municipal services (GP acute
 * slots, municipal acute beds) of each legevakt district, with their capacity.
 * {@link org.akuttsim.chain.municipal.MunicipalServices} is the {@link org.akuttsim.chain.MunicipalModel}
 * a {@link org.akuttsim.chain.ChainScenario} carries; {@link org.akuttsim.chain.municipal.LegevaktSite}
 * is one site. Patients AMK closes without an ambulance come here; doctors refer to the ED and order
 * ambulances, which become calls of the chain. Its metrics are named {@code legevakt.*} and
 * {@code municipal.*}.
 */
package org.akuttsim.chain.municipal;
