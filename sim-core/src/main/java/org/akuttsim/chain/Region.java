package org.akuttsim.chain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The geography of a scenario: zones, ambulance stations (whose indices name the station
 * districts) and hospitals. Immutable and validated: every cross reference (a zone's district, a
 * station's or hospital's zone) is checked here, and ids are unique within their kind.
 *
 * @param name      a label for reports
 * @param zones     demand zones, at least one
 * @param stations  ambulance stations, at least one; station i is district i
 * @param hospitals hospitals with an ED, at least one
 */
public record Region(String name, List<Zone> zones, List<Station> stations, List<Hospital> hospitals) {
    /**
     * Checks that there is at least one zone, station and hospital, that ids are unique and that every index
     * (district, zone of a station or hospital) points into the region; keeps unmodifiable copies.
     *
     * @param name a label for reports
     * @param zones demand zones
     * @param stations ambulance stations; station i is district i
     * @param hospitals hospitals with an ED
     */
    public Region {
        Check.notNull("region name", name);
        zones = List.copyOf(Check.notNull("zones", zones));
        stations = List.copyOf(Check.notNull("stations", stations));
        hospitals = List.copyOf(Check.notNull("hospitals", hospitals));
        if (zones.isEmpty() || stations.isEmpty() || hospitals.isEmpty()) {
            throw new IllegalArgumentException("region " + name + " needs at least one zone, one station and one hospital; had "
                    + zones.size() + ", " + stations.size() + ", " + hospitals.size());
        }
        unique("zone", zones.stream().map(Zone::id).toList());
        unique("station", stations.stream().map(Station::id).toList());
        unique("hospital", hospitals.stream().map(Hospital::id).toList());
        for (Zone z : zones) {
            if (z.district() >= stations.size()) {
                throw new IllegalArgumentException("zone " + z.id() + " names district " + z.district()
                        + " but there are only " + stations.size() + " stations (districts are station indices)");
            }
        }
        for (Station s : stations) {
            Check.index("zone of station " + s.id(), s.zone(), zones.size());
        }
        for (Hospital h : hospitals) {
            Check.index("zone of hospital " + h.id(), h.zone(), zones.size());
        }
    }

    private static void unique(String kind, List<String> ids) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException(kind + " id '" + id + "' appears twice");
            }
        }
    }

    /** {@return the number of zones} */
    public int zoneCount() {
        return zones.size();
    }

    /** {@return the number of stations (and districts)} */
    public int stationCount() {
        return stations.size();
    }

    /** {@return the number of hospitals} */
    public int hospitalCount() {
        return hospitals.size();
    }

    /**
     * Index of the zone with this id; an exception naming the id when there is none.
     *
     * @param id the zone's id
     * @return its index in {@link #zones()}
     */
    public int zoneIndex(String id) {
        for (int i = 0; i < zones.size(); i++) {
            if (zones.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no zone with id '" + id + "' in region " + name);
    }

    /**
     * Index of the station with this id.
     *
     * @param id the station's id
     * @return its index in {@link #stations()}
     */
    public int stationIndex(String id) {
        for (int i = 0; i < stations.size(); i++) {
            if (stations.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no station with id '" + id + "' in region " + name);
    }

    /**
     * Total persons in all zones and age groups.
     *
     * @return the number of inhabitants
     */
    public double totalPopulation() {
        double s = 0;
        for (Zone z : zones) {
            s += z.totalPopulation();
        }
        return s;
    }

    /**
     * This region with other zones (e.g. grown populations); stations and hospitals kept.
     *
     * @param newZones the zones, as many as before
     * @return the new region
     */
    public Region withZones(List<Zone> newZones) {
        return new Region(name, newZones, stations, hospitals);
    }

    /**
     * This region with other stations (e.g. a station closed: re-point the zones' districts too).
     *
     * @param newZones the zones, with districts pointing at the new stations
     * @param newStations the stations
     * @return the new region
     */
    public Region withStations(List<Zone> newZones, List<Station> newStations) {
        return new Region(name, newZones, newStations, hospitals);
    }

    /**
     * Great-circle distance in kilometres between the reference points of two zones.
     *
     * @param from a zone's index
     * @param to a zone's index
     * @return the distance, in km
     */
    public double greatCircleKm(int from, int to) {
        Zone a = zones.get(from);
        Zone b = zones.get(to);
        return TravelModel.haversineKm(a.lat(), a.lon(), b.lat(), b.lon());
    }
}
