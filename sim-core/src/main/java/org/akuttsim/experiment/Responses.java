package org.akuttsim.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The response variables of one replication: one number per named metric, in the order first
 * recorded. A metric may be recorded once per replication; recording it twice is an error, because
 * it almost always means two model elements chose the same name.
 */
public final class Responses {

    private final LinkedHashMap<String, Double> values = new LinkedHashMap<>();

    /** Records {@code value} (NaN allowed: "no observation") for {@code metric}. */
    public void put(String metric, double value) {
        if (metric == null || metric.isEmpty()) {
            throw new IllegalArgumentException("metric name must not be empty");
        }
        if (values.putIfAbsent(metric, value) != null) {
            throw new IllegalArgumentException("metric '" + metric + "' recorded twice in one replication");
        }
    }

    /** The value of {@code metric}, or NaN when it was not recorded. */
    public double get(String metric) {
        Double v = values.get(metric);
        return v == null ? Double.NaN : v;
    }

    public List<String> metrics() {
        return Collections.unmodifiableList(new ArrayList<>(values.keySet()));
    }

    public Map<String, Double> asMap() {
        return Collections.unmodifiableMap(values);
    }

    public int size() {
        return values.size();
    }
}
