package org.akuttsim.scenarios.results;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

import org.akuttsim.chain.ChainScenario;
import org.akuttsim.chain.Hospital;
import org.akuttsim.chain.Station;
import org.akuttsim.chain.UnitSpec;
import org.akuttsim.chain.Zone;

/**
 * Splits metric keys into {@link MetricName}s: the one place that decodes the dimensions inside metric
 * names. A key matches a {@link MetricDictionary} pattern when its literal parts match and every
 * placeholder holds a value of its {@link Dimension}: an id of the scenarios' region or fleet for
 * hospital, district (station), zone and response unit; the closed sets for the others. Of several
 * matching patterns the one with the most literal characters wins ({@code ed.all.occupancy.mean} over
 * {@code ed.{hospital}.occupancy.mean}); the dictionary's test makes sure no key of the main job matches
 * two equally.
 */
public final class MetricNames {

    private final Map<Dimension, Set<String>> ids = new EnumMap<>(Dimension.class);
    private final Map<String, MetricName> cache = new HashMap<>();
    /** The patterns by their first segment ({@code ed}, {@code response}, …); those that start with a placeholder under "". */
    private final Map<String, List<MetricDictionary.Entry>> byHead = new HashMap<>();

    /**
     * For the metrics of these scenarios (their ids together).
     *
     * @param dictionary the metric patterns, e.g. {@link MetricDictionary#standard()}
     * @param scenarios the scenarios whose region and fleet ids the identifier dimensions may take
     */
    public MetricNames(MetricDictionary dictionary, Collection<ChainScenario> scenarios) {
        for (MetricDictionary.Entry e : dictionary.entries()) {
            String head = head(e.pattern());
            byHead.computeIfAbsent(head.contains("{") ? "" : head, h -> new ArrayList<>()).add(e);
        }
        for (Dimension d : Dimension.values()) {
            if (d.isId()) {
                ids.put(d, new HashSet<>());
            }
        }
        for (ChainScenario s : scenarios) {
            for (Hospital h : s.region().hospitals()) {
                ids.get(Dimension.HOSPITAL).add(h.id());
            }
            for (Station st : s.region().stations()) {
                ids.get(Dimension.DISTRICT).add(st.id());
            }
            for (Zone z : s.region().zones()) {
                ids.get(Dimension.ZONE).add(z.id());
            }
            for (UnitSpec u : s.fleet().units()) {
                ids.get(Dimension.RESPONSE_UNIT).add(u.id());
            }
        }
    }

    /**
     * The key's name and dimensions (remembered: a key is decoded once).
     *
     * @param key a metric key as recorded, e.g. {@code ed.st_olavs.occupancy.hour13.mean}
     * @return the first reading with the most literal characters, or null when no pattern of the dictionary
     *     matches the key
     */
    public MetricName parse(String key) {
        MetricName cached = cache.get(key);
        if (cached != null || cache.containsKey(key)) {
            return cached;
        }
        List<MetricName> best = matches(key);
        MetricName n = best.isEmpty() ? null : best.get(0);
        cache.put(key, n);
        return n;
    }

    /**
     * Every reading of {@code key} with the most literal characters (normally one; more would make the
     * key ambiguous — the dictionary's test fails on that).
     *
     * @param key a metric key as recorded
     * @return the readings, empty when no pattern matches
     */
    public List<MetricName> matches(String key) {
        List<MetricName> found = new ArrayList<>();
        int bestLiteral = -1;
        List<MetricDictionary.Entry> candidates = new ArrayList<>(byHead.getOrDefault(head(key), List.of()));
        candidates.addAll(byHead.getOrDefault("", List.of()));
        for (MetricDictionary.Entry e : candidates) {
            if (e.literalChars() < bestLiteral) {
                continue;
            }
            Matcher m = e.match(key);
            if (m == null) {
                continue;
            }
            Map<Dimension, String> dims = new EnumMap<>(Dimension.class);
            boolean ok = true;
            for (int i = 0; i < e.dimensions().size() && ok; i++) {
                Dimension d = e.dimensions().get(i);
                String v = m.group(i + 1);
                ok = !d.isId() || ids.get(d).contains(v);
                dims.put(d, d.canonical(v));
            }
            if (!ok) {
                continue;
            }
            if (e.literalChars() > bestLiteral) {
                found.clear();
                bestLiteral = e.literalChars();
            }
            found.add(new MetricName(key, e.name(), e.unit(), dims));
        }
        return found;
    }

    private static String head(String keyOrPattern) {
        int dot = keyOrPattern.indexOf('.');
        return dot < 0 ? keyOrPattern : keyOrPattern.substring(0, dot);
    }
}
