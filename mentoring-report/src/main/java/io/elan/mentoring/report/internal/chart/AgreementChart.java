package io.elan.mentoring.report.internal.chart;

import io.elan.mentoring.report.internal.markup.Colour;
import io.elan.mentoring.spi.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import org.jspecify.annotations.Nullable;

/**
 * Answers on an agreement scale, one bar per group splitting 100 % between the points, under each statement: an
 * ordinal palette from disagreement to agreement, each share written in its segment where it fits (in the colour
 * that contrasts with the segment), and a legend naming every point.
 */
public final class AgreementChart {
    private static final double ROW = 30;
    private static final double BAR = 20;

    /**
     * One group's answers to one statement.
     *
     * @param group the group's name, with its number of answers
     * @param counts how many chose each point, lowest first; empty when withheld
     * @param withheld why the answers are not shown, or {@code null}
     */
    public record Row(String group, List<Long> counts, @Nullable String withheld) {
        /** Copies the counts. */
        public Row {
            counts = List.copyOf(counts);
        }
    }

    /**
     * One statement.
     *
     * @param statement the statement people agreed or disagreed with
     * @param rows one per group
     */
    public record Item(String statement, List<Row> rows) {
        /** Copies the rows. */
        public Item {
            rows = List.copyOf(rows);
        }
    }

    private AgreementChart() {}

    /**
     * @param id the element id
     * @param title what the chart shows
     * @param description its content in words
     * @param items the statements
     * @param points each point's label, lowest first
     * @param colours each point's colour
     * @param percent how a share is written
     * @param colon what separates a label from its value
     * @return the SVG element
     */
    public static String draw(String id, String title, String description, List<Item> items, List<String> points,
            List<Colour> colours, DoubleFunction<String> percent, String colon) {
        if (points.size() != colours.size()) {
            throw new InvalidValueException("colours", "must hold one colour per point (" + points.size() + ")",
                    colours.size());
        }
        Svg svg = new Svg(id, title, description);
        double labelWidth = 0;
        for (Item item : items) {
            for (Row row : item.rows()) {
                labelWidth = Math.max(labelWidth, TextWidth.of(row.group(), Svg.LABEL));
            }
        }
        labelWidth = Math.min(labelWidth, Svg.WIDTH * 0.3);
        double x0 = 4 + labelWidth + 10;
        double plot = Svg.WIDTH - 8 - x0;
        double y = 4;
        for (Item item : items) {
            svg.text(4, y + 16, "start", Svg.LABEL, Colour.INK, true,
                    TextWidth.fit(item.statement(), Svg.LABEL * 1.08, Svg.WIDTH - 8));
            y += 24;
            for (Row row : item.rows()) {
                svg.text(x0 - 10, y + ROW / 2 + 4.5, "end", Svg.LABEL, Colour.INK, false,
                        TextWidth.fit(row.group(), Svg.LABEL, labelWidth));
                double barY = y + (ROW - BAR) / 2;
                if (row.withheld() != null) {
                    svg.rect(x0, barY, plot, BAR, "#ffffff", Colour.GRID, null);
                    svg.text(x0 + 8, barY + BAR / 2 + 4.5, "start", Svg.SMALL, Colour.MUTED, false,
                            TextWidth.fit(row.withheld(), Svg.SMALL, plot - 16));
                } else {
                    segments(svg, item, row, points, colours, percent, colon, x0, barY, plot);
                }
                y += ROW;
            }
            y += 10;
        }
        List<Legend.Entry> entries = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            entries.add(Legend.Entry.box(colours.get(p).hex(), points.get(p)));
        }
        return svg.render(Legend.draw(svg, entries, 4, y + 14));
    }

    private static void segments(Svg svg, Item item, Row row, List<String> points, List<Colour> colours,
            DoubleFunction<String> percent, String colon, double x0, double barY, double plot) {
        long n = row.counts().stream().mapToLong(Long::longValue).sum();
        double x = x0;
        for (int p = 0; p < row.counts().size() && p < points.size(); p++) {
            long count = row.counts().get(p);
            if (count == 0 || n == 0) {
                continue;
            }
            double share = (double) count / n;
            double w = plot * share;
            Colour colour = colours.get(p);
            svg.rect(x, barY, w, BAR, colour.hex(), Colour.OUTLINE, item.statement() + " — " + row.group() + " — "
                    + points.get(p) + colon + count + " (" + percent.apply(share) + ")");
            String label = percent.apply(share);
            if (TextWidth.of(label, Svg.SMALL) + 6 <= w) {
                svg.text(x + w / 2, barY + BAR / 2 + 4.5, "middle", Svg.SMALL, colour.text(), false, label);
            }
            x += w;
        }
    }
}
