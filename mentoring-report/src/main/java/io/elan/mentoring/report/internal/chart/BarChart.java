package io.elan.mentoring.report.internal.chart;

import io.elan.mentoring.report.internal.markup.Colour;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Horizontal bars, one per row, each with its label on the left (one or two lines, never rotated) and its value
 * written at its end, over a labelled axis of whole-number or percentage ticks.
 */
public final class BarChart {
    private static final double LINE = 16;

    /**
     * One bar.
     *
     * @param label its label, one line or two
     * @param value its length, in the axis's unit
     * @param valueText its value as written at its end
     * @param fill its colour
     * @param tooltip what a pointer over it shows
     */
    public record Bar(List<String> label, double value, String valueText, Colour fill, String tooltip) {
        /** Copies the label lines. */
        public Bar {
            label = List.copyOf(label);
        }
    }

    /**
     * The axis under the bars.
     *
     * @param ticks its ticks
     * @param tickLabel how a tick value is written
     * @param title what the axis measures
     */
    public record Axis(Ticks ticks, DoubleFunction<String> tickLabel, String title) {
        /**
         * @param max the largest count shown
         * @param tickLabel how a count is written
         * @param title what is counted
         * @return an axis of whole-number ticks from 0
         */
        public static Axis counts(long max, DoubleFunction<String> tickLabel, String title) {
            return new Axis(Ticks.counts(max, 6), tickLabel, title);
        }

        /**
         * @param tickLabel how a share is written
         * @param title what the shares are of
         * @return an axis from 0 to 100 %
         */
        public static Axis shares(DoubleFunction<String> tickLabel, String title) {
            return new Axis(Ticks.shares(), tickLabel, title);
        }
    }

    private BarChart() {}

    /**
     * @param id the element id
     * @param title what the chart shows
     * @param description its content in words
     * @param bars the bars, top first
     * @param axis the value axis
     * @return the SVG element
     */
    public static String draw(String id, String title, String description, List<Bar> bars, Axis axis) {
        Svg svg = new Svg(id, title, description);
        double labelWidth = 0;
        double valueWidth = 0;
        for (Bar bar : bars) {
            for (String line : bar.label()) {
                labelWidth = Math.max(labelWidth, TextWidth.of(line, Svg.LABEL));
            }
            valueWidth = Math.max(valueWidth, TextWidth.of(bar.valueText(), Svg.LABEL));
        }
        labelWidth = Math.min(labelWidth, Svg.WIDTH * 0.42);
        double x0 = 4 + labelWidth + 10;
        double x1 = Svg.WIDTH - valueWidth - 12;
        double plot = x1 - x0;
        double y = 8;
        double top = axis.ticks().top();
        double rowsHeight = 0;
        for (Bar bar : bars) {
            rowsHeight += rowHeight(bar);
        }
        for (double tick : axis.ticks().values()) {
            double x = x0 + plot * tick / top;
            svg.line(x, y, x, y + rowsHeight, tick == 0 ? Colour.OUTLINE : Colour.GRID, 1, null);
        }
        for (Bar bar : bars) {
            double h = rowHeight(bar);
            double lines = bar.label().size();
            double textTop = y + (h - lines * LINE) / 2 + 12;
            for (int i = 0; i < bar.label().size(); i++) {
                svg.text(x0 - 10, textTop + i * LINE, "end", Svg.LABEL, i == 0 ? Colour.INK : Colour.MUTED, false,
                        TextWidth.fit(bar.label().get(i), Svg.LABEL, labelWidth));
            }
            double barHeight = Math.min(20, h - 10);
            double barY = y + (h - barHeight) / 2;
            double w = plot * Math.max(0, Math.min(top, bar.value())) / top;
            svg.rect(x0, barY, w, barHeight, bar.fill().hex(), Colour.OUTLINE, bar.tooltip());
            svg.text(x0 + w + 6, barY + barHeight / 2 + 4.5, "start", Svg.LABEL, Colour.INK, false, bar.valueText());
            y += h;
        }
        double tickY = y + 16;
        for (double tick : axis.ticks().values()) {
            svg.text(x0 + plot * tick / top, tickY, "middle", Svg.SMALL, Colour.MUTED, false,
                    axis.tickLabel().apply(tick));
        }
        svg.text(x0 + plot / 2, tickY + 20, "middle", Svg.SMALL, Colour.MUTED, false, axis.title());
        return svg.render(tickY + 28);
    }

    private static double rowHeight(Bar bar) {
        return Math.max(30, bar.label().size() * LINE + 12);
    }
}
