package org.akuttsim.scenarios.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A map of the region as inline SVG, drawn from the zones' coordinates without a tile server (works
 * offline and from file://): zones as circles with area proportional to their population, coloured by
 * a value; stations as triangles labelled with their number of emergency ambulances; EDs as crosses.
 * Equirectangular projection with longitude scaled by cos(latitude) at the region's middle, which keeps
 * distances and shapes right to a few per cent over a region the size of Midt-Norge.
 */
final class ZoneMap {

    static final double WIDTH = 420, MAX_HEIGHT = 470, PAD = 16, LEGEND = 58, MAX_RADIUS = 18, MIN_RADIUS = 5;

    private ZoneMap() {
    }

    /**
     * Longitude/latitude to pixels: north up, east right, one scale for both axes after scaling longitude
     * by cos(mid latitude); fits the points into {@code width × maxHeight} with a margin.
     */
    record Projection(double lon0, double lat1, double kx, double scale, double pad) {

        static Projection fit(List<double[]> latLon, double width, double maxHeight, double pad) {
            double latMin = Double.POSITIVE_INFINITY, latMax = Double.NEGATIVE_INFINITY;
            double lonMin = Double.POSITIVE_INFINITY, lonMax = Double.NEGATIVE_INFINITY;
            for (double[] p : latLon) {
                latMin = Math.min(latMin, p[0]);
                latMax = Math.max(latMax, p[0]);
                lonMin = Math.min(lonMin, p[1]);
                lonMax = Math.max(lonMax, p[1]);
            }
            double kx = Math.cos(Math.toRadians((latMin + latMax) / 2));
            double w = Math.max((lonMax - lonMin) * kx, 1e-6), hgt = Math.max(latMax - latMin, 1e-6);
            double scale = Math.min((width - 2 * pad) / w, (maxHeight - 2 * pad) / hgt);
            return new Projection(lonMin, latMax, kx, scale, pad);
        }

        double x(double lon) {
            return pad + (lon - lon0) * kx * scale;
        }

        double y(double lat) {
            return pad + (lat1 - lat) * scale;
        }
    }

    /**
     * How values become colours.
     *
     * @param diverging true: symmetric around zero (effects), else sequential from min to max (levels)
     * @param min       value at the low end (ignored when diverging)
     * @param max       value at the high end (for a diverging scale, the magnitude at either end)
     * @param unit      unit shown in the legend
     * @param decimals  decimals of the legend's labels
     * @param higherBetter for a sequential scale, true when high values are good (dark blue = good);
     *                     false reverses the ramp so that dark blue still means good
     */
    record ColourScale(boolean diverging, double min, double max, String unit, int decimals, boolean higherBetter) {

        String colour(double v) {
            if (Double.isNaN(v)) {
                return Palette.sequential(Double.NaN);
            }
            if (diverging) {
                return Palette.diverging(max > 0 ? v / max : 0);
            }
            double t = max > min ? (v - min) / (max - min) : 0.5;
            return Palette.sequential(higherBetter ? t : 1 - t);
        }
    }

    /**
     * Appends a map.
     *
     * @param values one value per zone (NaN: no value, drawn grey)
     * @param faint  per zone, true to draw it pale with a dashed outline (an effect whose interval includes zero); may be null
     * @param tips   per zone, the tooltip text
     */
    static void render(StringBuilder h, String id, RegionMap map, String title, String desc, double[] values, boolean[] faint,
                       String[] tips, ColourScale scale) {
        List<double[]> points = new ArrayList<>();
        map.zones().forEach(z -> points.add(new double[] {z.lat(), z.lon()}));
        Projection p = Projection.fit(points, WIDTH, MAX_HEIGHT, PAD + MAX_RADIUS);
        double mapHeight = 0;
        for (double[] q : points) {
            mapHeight = Math.max(mapHeight, p.y(q[0]));
        }
        mapHeight += PAD + MAX_RADIUS;
        Svg.open(h, id, WIDTH, mapHeight + LEGEND, title, desc);
        h.append("<rect x=\"0\" y=\"0\" width=\"").append(Svg.n(WIDTH)).append("\" height=\"").append(Svg.n(mapHeight))
                .append("\" class=\"sea\"/>");
        double maxPop = map.zones().stream().mapToDouble(RegionMap.ZonePoint::population).max().orElse(1);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < map.zones().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> -map.zones().get(i).population())); // small ones on top
        for (int i : order) {
            RegionMap.ZonePoint z = map.zones().get(i);
            double r = Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(z.population() / maxPop));
            boolean pale = faint != null && faint[i];
            h.append("<circle cx=\"").append(Svg.n(p.x(z.lon()))).append("\" cy=\"").append(Svg.n(p.y(z.lat()))).append("\" r=\"")
                    .append(Svg.n(r)).append("\" fill=\"").append(scale.colour(values[i])).append("\" class=\"")
                    .append(pale ? "zone faint" : "zone").append("\"><title>").append(HtmlReport.esc(tips[i]))
                    .append("</title></circle>");
        }
        for (RegionMap.HospitalPoint hp : map.hospitals()) {
            double x = p.x(hp.lon()), y = p.y(hp.lat());
            h.append("<path class=\"ed\" d=\"M").append(Svg.n(x - 5)).append(' ').append(Svg.n(y)).append(" h10 M").append(Svg.n(x))
                    .append(' ').append(Svg.n(y - 5)).append(" v10\"><title>ED ").append(HtmlReport.esc(hp.id())).append("</title></path>");
        }
        List<double[]> placed = new ArrayList<>();
        for (RegionMap.StationPoint s : map.stations()) {
            double x = p.x(s.lon()), y = p.y(s.lat());
            h.append("<g><title>station ").append(HtmlReport.esc(s.id())).append(": ").append(s.ambulances())
                    .append(" emergency ambulances").append(s.otherUnits() > 0 ? ", " + s.otherUnits() + " other units" : "")
                    .append("</title><path class=\"station\" d=\"M").append(Svg.n(x)).append(' ').append(Svg.n(y - 2.6))
                    .append(" l2.3 4 h-4.6 z\"/>");
            double[] at = labelPlace(placed, x, y);
            Svg.text(h, at[0], at[1], at[2] < 0 ? "end" : "start", "count", String.valueOf(s.ambulances()));
            h.append("</g>");
        }
        scaleBar(h, p, mapHeight);
        legend(h, scale, mapHeight + 8);
        h.append("</svg>\n");
    }

    /** Label offsets tried in turn: upper right, lower right, upper left, lower left, further right. */
    private static final double[][] OFFSETS = {{5, -4, 1}, {5, 9, 1}, {-5, -4, -1}, {-5, 9, -1}, {12, 3, 1}};

    /**
     * Where a station's count label goes: the first offset whose label box does not overlap a label
     * already placed (two stations in one city would otherwise print "4" and "2" as "42").
     *
     * @return {x, y, +1 for a label to the right of x or −1 for one to its left}
     */
    private static double[] labelPlace(List<double[]> placed, double x, double y) {
        for (double[] o : OFFSETS) {
            double lx = o[2] > 0 ? x + o[0] : x + o[0] - 7, ly = y + o[1];
            boolean free = placed.stream().noneMatch(q -> Math.abs(q[0] - lx) < 9 && Math.abs(q[1] - ly) < 10);
            if (free) {
                placed.add(new double[] {lx, ly});
                return new double[] {x + o[0], ly, o[2]};
            }
        }
        placed.add(new double[] {x + 5, y - 4});
        return new double[] {x + 5, y - 4, 1};
    }

    /** A bar of a round number of kilometres in the map's lower left corner (1° of latitude = 111.2 km). */
    private static void scaleBar(StringBuilder h, Projection p, double mapHeight) {
        double pxPerKm = p.scale() / 111.2;
        double km = Svg.niceStep(80 / pxPerKm);
        double len = km * pxPerKm, x = 10, y = mapHeight - 10;
        h.append("<path class=\"scalebar\" d=\"M").append(Svg.n(x)).append(' ').append(Svg.n(y - 4)).append(" v4 h")
                .append(Svg.n(len)).append(" v-4\"/>");
        Svg.text(h, x + len / 2, y - 6, "middle", "tick", Numbers.fmt(km, 0) + " km");
        Svg.text(h, WIDTH - 12, 16, "end", "tick", "N \u2191");
    }

    private static void legend(StringBuilder h, ColourScale scale, double y) {
        double x0 = 20, x1 = WIDTH - 20;
        int steps = 40;
        for (int i = 0; i < steps; i++) {
            double t = (i + 0.5) / steps;
            double v = scale.diverging() ? (2 * t - 1) * scale.max() : scale.min() + t * (scale.max() - scale.min());
            h.append("<rect x=\"").append(Svg.n(x0 + i * (x1 - x0) / steps)).append("\" y=\"").append(Svg.n(y))
                    .append("\" width=\"").append(Svg.n((x1 - x0) / steps + 0.5)).append("\" height=\"10\" fill=\"")
                    .append(scale.colour(v)).append("\"/>");
        }
        double lo = scale.diverging() ? -scale.max() : scale.min(), hi = scale.max();
        double step = Svg.niceStep((hi - lo) / 5);
        for (double v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) {
            double x = x0 + (v - lo) / (hi - lo) * (x1 - x0);
            double t = Math.abs(v) < step * 1e-6 ? 0 : v;
            Svg.line(h, x, y + 10, x, y + 14, "axis");
            Svg.text(h, x, y + 25, "middle", "tick", Numbers.fmt(t, Math.max(0, (int) Math.ceil(-Math.log10(step) - 1e-9)),
                    scale.diverging()) + " " + scale.unit());
        }
        Svg.text(h, x0, y + 42, "start", "tick", "\u25B2 n: station, n emergency ambulances   \u271A ED   circle area: population");
    }
}
