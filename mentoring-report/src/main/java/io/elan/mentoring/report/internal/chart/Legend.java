package io.elan.mentoring.report.internal.chart;

import io.elan.mentoring.report.internal.markup.Colour;
import java.util.List;

/** A chart's legend: one swatch and one label per entry, flowing onto as many lines as the width needs. */
final class Legend {
    private static final double ROW = 22;

    /**
     * One entry.
     *
     * @param fill the swatch's fill: a colour or a pattern reference
     * @param line whether the swatch is a line sample (for a line series) instead of a box
     * @param shape the line's marker, for a line sample
     * @param dash the line's dash pattern, or {@code null}
     * @param colour the line's colour, for a line sample
     * @param label what it stands for
     */
    record Entry(String fill, boolean line, Svg.Shape shape, String dash, Colour colour, String label) {
        static Entry box(String fill, String label) {
            return new Entry(fill, false, Svg.Shape.SQUARE, "", Colour.OUTLINE, label);
        }

        static Entry series(Colour colour, Svg.Shape shape, String dash, String label) {
            return new Entry(colour.hex(), true, shape, dash, colour, label);
        }
    }

    private Legend() {}

    /**
     * @param svg the chart
     * @param entries the entries, in the scale's order
     * @param x where the legend starts
     * @param y the baseline of its first line
     * @return the baseline below the legend's last line
     */
    static double draw(Svg svg, List<Entry> entries, double x, double y) {
        double cursor = x;
        double baseline = y;
        for (Entry entry : entries) {
            double width = (entry.line() ? 30 : 16) + 6 + TextWidth.of(entry.label(), Svg.SMALL) + 18;
            if (cursor > x && cursor + width > Svg.WIDTH - 4) {
                cursor = x;
                baseline += ROW;
            }
            if (entry.line()) {
                svg.line(cursor, baseline - 4, cursor + 30, baseline - 4, entry.colour(), 2,
                        entry.dash().isEmpty() ? null : entry.dash());
                svg.marker(entry.shape(), cursor + 15, baseline - 4, entry.colour(), null);
                cursor += 36;
            } else {
                svg.rect(cursor, baseline - 11, 16, 12, entry.fill(), Colour.OUTLINE, null);
                cursor += 22;
            }
            svg.text(cursor, baseline, "start", Svg.SMALL, Colour.INK, false, entry.label());
            cursor += TextWidth.of(entry.label(), Svg.SMALL) + 18;
        }
        return baseline + ROW;
    }
}
