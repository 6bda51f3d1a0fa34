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

    /**
     * Records {@code value} (NaN allowed: "no observation") for {@code metric}.
     *
     * @param metric the metric's name, e.g. {@code response.RED.p90}
     * @param value its value in this replication
     */
    public void put(String metric, double value) {
        if (metric == null || metric.isEmpty()) {
            throw new IllegalArgumentException("metric name must not be empty");
        }
        if (values.putIfAbsent(metric, value) != null) {
            throw new IllegalArgumentException("metric '" + metric + "' recorded twice in one replication");
        }
    }

    /**
     * The value of {@code metric}, or NaN when it was not recorded.
     *
     * @param metric the metric's name
     * @return its value
     */
    public double get(String metric) {
        Double v = values.get(metric);
        return v == null ? Double.NaN : v;
    }

    /** {@return the metric names, in the order first recorded} */
    public List<String> metrics() {
        return Collections.unmodifiableList(new ArrayList<>(values.keySet()));
    }

    /** {@return every metric and its value, read-only} */
    public Map<String, Double> asMap() {
        return Collections.unmodifiableMap(values);
    }

    /** {@return the number of metrics recorded} */
    public int size() {
        return values.size();
    }
}
