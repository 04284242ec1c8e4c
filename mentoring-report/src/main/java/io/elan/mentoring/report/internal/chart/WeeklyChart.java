package io.elan.mentoring.report.internal.chart;

import io.elan.mentoring.report.internal.markup.Colour;
import io.elan.mentoring.report.internal.markup.Palette;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.Function;

/**
 * Charts over the program's weeks, on a time axis marked with the months (the year under the first month and under
 * January) and with the quiet weeks shaded and named in the legend.
 */
public final class WeeklyChart {
    private static final double LEFT = 44;
    private static final double RIGHT = 12;
    private static final double TOP = 22;
    private static final double STRIP = 8;
    private static final double PLOT = 220;

    /**
     * The time axis.
     *
     * @param weekStarts the first day of each week, in order
     * @param quiet whether each week is quiet
     * @param monthName how a month is named on the axis
     * @param quietLabel what the shading means, for the legend
     * @param weekLabel how a week is named in tooltips
     * @param colon what separates a label from its value in the report's language
     */
    public record Weeks(List<LocalDate> weekStarts, List<Boolean> quiet, Function<YearMonth, String> monthName,
            String quietLabel, Function<LocalDate, String> weekLabel, String colon) {
        /** Copies the lists. */
        public Weeks {
            weekStarts = List.copyOf(weekStarts);
            quiet = List.copyOf(quiet);
        }
    }

    /**
     * One stacked level.
     *
     * @param label its name
     * @param colour its colour
     * @param hatch 0 for a plain fill, 1 for diagonal lines, 2 for crossed lines
     * @param counts one count per week
     */
    public record Layer(String label, Colour colour, int hatch, List<Integer> counts) {
        /** Copies the counts. */
        public Layer {
            counts = List.copyOf(counts);
        }
    }

    /**
     * One line.
     *
     * @param label its name
     * @param colour its colour
     * @param dashed whether it is dashed
     * @param values one count per week
     */
    public record Series(String label, Colour colour, boolean dashed, List<Integer> values) {
        /** Copies the values. */
        public Series {
            values = List.copyOf(values);
        }
    }

    private WeeklyChart() {}

    /**
     * Stacked columns, one per week, the first layer at the bottom.
     *
     * @param id the element id
     * @param title what the chart shows
     * @param description its content in words
     * @param weeks the time axis
     * @param layers the levels, bottom first
     * @param legendOrder the levels as the legend lists them, in the scale's order
     * @param tick how a count is written
     * @return the SVG element
     */
    public static String stacked(String id, String title, String description, Weeks weeks, List<Layer> layers,
            List<Layer> legendOrder, DoubleFunction<String> tick) {
        Svg svg = new Svg(id, title, description);
        int n = weeks.weekStarts().size();
        int max = 0;
        for (int w = 0; w < n; w++) {
            int total = 0;
            for (Layer layer : layers) {
                total += layer.counts().get(w);
            }
            max = Math.max(max, total);
        }
        Ticks ticks = Ticks.counts(max, 6);
        double slot = slot(n);
        background(svg, weeks, ticks, tick);
        for (Layer layer : layers) {
            if (layer.hatch() > 0) {
                svg.def(pattern(id, layer));
            }
        }
        for (int w = 0; w < n; w++) {
            double base = TOP + PLOT;
            for (Layer layer : layers) {
                int count = layer.counts().get(w);
                if (count == 0) {
                    continue;
                }
                double h = PLOT * count / ticks.top();
                svg.rect(LEFT + w * slot + slot * 0.1, base - h, slot * 0.8, h, fill(id, layer), Colour.OUTLINE,
                        weeks.weekLabel().apply(weeks.weekStarts().get(w)) + " — " + layer.label() + weeks.colon()
                                + count);
                base -= h;
            }
        }
        double y = months(svg, weeks);
        List<Legend.Entry> entries = new ArrayList<>();
        for (Layer layer : legendOrder) {
            entries.add(Legend.Entry.box(fill(id, layer), layer.label()));
        }
        if (weeks.quiet().contains(true)) {
            entries.add(Legend.Entry.box(Palette.QUIET_MARK.hex(), weeks.quietLabel()));
        }
        return svg.render(Legend.draw(svg, entries, LEFT, y + 24));
    }

    /**
     * Lines over the weeks, each with its own dash and marker.
     *
     * @param id the element id
     * @param title what the chart shows
     * @param description its content in words
     * @param weeks the time axis
     * @param series the lines
     * @param max the axis's top, such as the number of pairs
     * @param tick how a count is written
     * @return the SVG element
     */
    public static String lines(String id, String title, String description, Weeks weeks, List<Series> series,
            int max, DoubleFunction<String> tick) {
        Svg svg = new Svg(id, title, description);
        int n = weeks.weekStarts().size();
        Ticks ticks = Ticks.counts(max, 6);
        double slot = slot(n);
        background(svg, weeks, ticks, tick);
        List<Legend.Entry> entries = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            Svg.Shape shape = s % 2 == 0 ? Svg.Shape.CIRCLE : Svg.Shape.SQUARE;
            String dash = line.dashed() ? "6 4" : null;
            StringBuilder points = new StringBuilder();
            for (int w = 0; w < n; w++) {
                points.append(Svg.n(LEFT + (w + 0.5) * slot)).append(',')
                        .append(Svg.n(TOP + PLOT - PLOT * line.values().get(w) / ticks.top())).append(' ');
            }
            svg.polyline(points.toString().strip(), line.colour(), 2, dash);
            for (int w = 0; w < n; w++) {
                svg.marker(shape, LEFT + (w + 0.5) * slot, TOP + PLOT - PLOT * line.values().get(w) / ticks.top(),
                        line.colour(), weeks.weekLabel().apply(weeks.weekStarts().get(w)) + " — " + line.label()
                                + weeks.colon() + line.values().get(w));
            }
            entries.add(Legend.Entry.series(line.colour(), shape, dash == null ? "" : dash, line.label()));
        }
        double y = months(svg, weeks);
        if (weeks.quiet().contains(true)) {
            entries.add(Legend.Entry.box(Palette.QUIET_MARK.hex(), weeks.quietLabel()));
        }
        return svg.render(Legend.draw(svg, entries, LEFT, y + 24));
    }

    private static double slot(int weeks) {
        return (Svg.WIDTH - LEFT - RIGHT) / Math.max(1, weeks);
    }

    /** Quiet weeks, grid lines and the count axis. */
    private static void background(Svg svg, Weeks weeks, Ticks ticks, DoubleFunction<String> tick) {
        int n = weeks.weekStarts().size();
        double slot = slot(n);
        // Quiet weeks are marked in a strip above the plot, which stacked columns cannot hide, and shaded behind it.
        for (int w = 0; w < n; w++) {
            if (weeks.quiet().get(w)) {
                svg.rect(LEFT + w * slot, TOP, slot, PLOT, Palette.QUIET.hex(), null, null);
                svg.rect(LEFT + w * slot, TOP - STRIP - 4, slot, STRIP, Palette.QUIET_MARK.hex(), null,
                        weeks.weekLabel().apply(weeks.weekStarts().get(w)) + weeks.colon() + weeks.quietLabel());
            }
        }
        for (double value : ticks.values()) {
            double y = TOP + PLOT - PLOT * value / ticks.top();
            svg.line(LEFT, y, Svg.WIDTH - RIGHT, y, value == 0 ? Colour.OUTLINE : Colour.GRID, 1, null);
            svg.text(LEFT - 6, y + 4, "end", Svg.SMALL, Colour.MUTED, false, tick.apply(value));
        }
    }

    /**
     * Marks the first week of each month and names the month, with its year under the first month and under each
     * January; a name that would run into the next one is left out, its tick kept.
     *
     * @return the baseline of the axis's last line
     */
    private static double months(Svg svg, Weeks weeks) {
        int n = weeks.weekStarts().size();
        double slot = slot(n);
        double bottom = TOP + PLOT;
        List<Integer> starts = new ArrayList<>();
        for (int w = 0; w < n; w++) {
            if (w == 0 || !YearMonth.from(weeks.weekStarts().get(w)).equals(
                    YearMonth.from(weeks.weekStarts().get(w - 1)))) {
                starts.add(w);
            }
        }
        double lastEnd = Double.NEGATIVE_INFINITY;
        boolean yearShown = false;
        for (int i = 0; i < starts.size(); i++) {
            int w = starts.get(i);
            double x = LEFT + w * slot;
            svg.line(x, bottom, x, bottom + 6, Colour.OUTLINE, 1, null);
            YearMonth month = YearMonth.from(weeks.weekStarts().get(w));
            String name = weeks.monthName().apply(month);
            double next = i + 1 < starts.size() ? LEFT + starts.get(i + 1) * slot : Svg.WIDTH;
            double width = TextWidth.of(name, Svg.SMALL);
            if (x + 3 > lastEnd && x + 3 + width < next - 2) {
                svg.text(x + 3, bottom + 19, "start", Svg.SMALL, Colour.INK, false, name);
                if (!yearShown || month.getMonth() == Month.JANUARY) {
                    yearShown = true;
                    svg.text(x + 3, bottom + 35, "start", Svg.SMALL, Colour.MUTED, false,
                            Integer.toString(month.getYear()));
                }
                lastEnd = x + 3 + width;
            }
        }
        return bottom + 35;
    }

    private static String fill(String id, Layer layer) {
        return layer.hatch() == 0 ? layer.colour().hex() : "url(#" + patternId(id, layer) + ")";
    }

    private static String patternId(String id, Layer layer) {
        return id + "-hatch" + layer.hatch() + "-" + layer.colour().hex().substring(1);
    }

    private static String pattern(String id, Layer layer) {
        Colour ink = layer.colour().text();
        String lines = layer.hatch() == 1 ? "<path d=\"M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2\" stroke=\"" + ink
                + "\" stroke-width=\"1\"/>"
                : "<path d=\"M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2 M-1,5 l2,2 M0,0 l6,6 M5,-1 l2,2\" stroke=\"" + ink
                        + "\" stroke-width=\"0.8\"/>";
        return "<pattern id=\"" + patternId(id, layer) + "\" patternUnits=\"userSpaceOnUse\" "
                + "width=\"6\" height=\"6\"><rect width=\"6\" height=\"6\" fill=\"" + layer.colour() + "\"/>" + lines
                + "</pattern>";
    }
}
