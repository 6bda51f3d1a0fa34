package org.akuttsim.scenarios.report;

import java.util.ArrayList;
import java.util.List;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Region;
import org.akuttsim.chain.UnitSpec;
import org.akuttsim.chain.UnitType;
import org.akuttsim.chain.Zone;

/**
 * What the report's maps draw, taken from a scenario's region: zones as points (their coordinates and
 * population, and the district they belong to), stations with their units, and hospitals. Zones are
 * points in akuttsim (no boundaries), so the maps draw circles.
 *
 * @param zones     zones in region order
 * @param stations  stations in region order (a station's id is also its district's)
 * @param hospitals hospitals with an ED
 */
public record RegionMap(List<ZonePoint> zones, List<StationPoint> stations, List<HospitalPoint> hospitals) {

    /**
     * A zone.
     *
     * @param id         zone id
     * @param lat        latitude, degrees
     * @param lon        longitude, degrees
     * @param population inhabitants (of the scenario the map was taken from)
     * @param district   id of the station whose district the zone belongs to
     */
    public record ZonePoint(String id, double lat, double lon, double population, String district) {
    }

    /**
     * A station.
     *
     * @param id          station id
     * @param lat         latitude of its zone, degrees
     * @param lon         longitude of its zone, degrees
     * @param ambulances  emergency ambulances based there (any crew schedule)
     * @param otherUnits  other units based there (rapid responders, patient transport, air and boat)
     */
    public record StationPoint(String id, double lat, double lon, int ambulances, int otherUnits) {
    }

    /**
     * A hospital with an ED.
     *
     * @param id  hospital id
     * @param lat latitude of its zone, degrees
     * @param lon longitude of its zone, degrees
     */
    public record HospitalPoint(String id, double lat, double lon) {
    }

    /**
     * Keeps unmodifiable copies of the lists.
     *
     * @param zones zones in region order
     * @param stations stations in region order
     * @param hospitals hospitals with an ED
     */
    public RegionMap {
        zones = List.copyOf(zones);
        stations = List.copyOf(stations);
        hospitals = List.copyOf(hospitals);
    }

    /**
     * The map of {@code s}'s region, with its populations and fleet.
     *
     * @param s the scenario (its region's zones, stations and hospitals, its fleet's home stations)
     * @return the map
     */
    public static RegionMap of(ChainScenario s) {
        Region region = s.region();
        List<ZonePoint> zones = new ArrayList<>();
        for (Zone z : region.zones()) {
            zones.add(new ZonePoint(z.id(), z.lat(), z.lon(), z.totalPopulation(), region.stations().get(z.district()).id()));
        }
        int[] ambulances = new int[region.stationCount()], other = new int[region.stationCount()];
        for (UnitSpec u : s.fleet().units()) {
            if (u.type() == UnitType.EMERGENCY_AMBULANCE) {
                ambulances[u.station()]++;
            } else {
                other[u.station()]++;
            }
        }
        List<StationPoint> stations = new ArrayList<>();
        for (int i = 0; i < region.stationCount(); i++) {
            Zone z = region.zones().get(region.stations().get(i).zone());
            stations.add(new StationPoint(region.stations().get(i).id(), z.lat(), z.lon(), ambulances[i], other[i]));
        }
        List<HospitalPoint> hospitals = new ArrayList<>();
        region.hospitals().forEach(hp -> {
            Zone z = region.zones().get(hp.zone());
            hospitals.add(new HospitalPoint(hp.id(), z.lat(), z.lon()));
        });
        return new RegionMap(zones, stations, hospitals);
    }
}
