package io.elan.mentoring.samples.report;

import static io.elan.mentoring.samples.report.Markup.escape;
import static io.elan.mentoring.samples.report.Markup.num;

import io.elan.mentoring.spi.InvalidValueException;
import java.util.List;
import java.util.Locale;

/**
 * Draws the report's charts as inline SVG. Each chart has a title, an accessible description ({@code <title>} and
 * {@code role="img"}), axis labels and its values written on the chart, so it stays readable when printed in black
 * and white. Stateless and thread-safe.
 */
public final class Charts {
    /** Colours that stay apart for colour-blind readers (Okabe–Ito palette). */
    public static final List<String> PALETTE =
            List.of("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000");

    private static final int WIDTH = 760;

    private Charts() {}

    /**
     * A line over weekly values, with a shaded band where {@code highlight} is true (a blackout, for instance).
     *
     * @param id the chart's element id
     * @param title what the chart shows
     * @param xLabels one label per point
     * @param values one value per point, between 0 and {@code max}
     * @param max the top of the vertical axis
     * @param highlight one flag per point: shade the point's column
     * @param highlightLabel what the shading means
     * @return the SVG element
     */
    public static String line(String id, String title, List<String> xLabels, List<Double> values, double max,
            List<Boolean> highlight, String highlightLabel) {
        requireSameSize("values", xLabels.size(), values.size());
        requireSameSize("highlight", xLabels.size(), highlight.size());
        int height = 280;
        int left = 48;
        int top = 36;
        int bottom = 40;
        double plotW = WIDTH - left - 16.0;
        double plotH = height - top - bottom;
        int n = Math.max(values.size(), 1);
        double step = n > 1 ? plotW / (n - 1) : 0;
        StringBuilder svg = open(id, title, height);
        axes(svg, left, top, plotW, plotH, max);
        boolean anyHighlight = false;
        for (int i = 0; i < values.size(); i++) {
            if (highlight.get(i)) {
                anyHighlight = true;
                svg.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%d\" width=\"%s\" height=\"%s\" fill=\"#eeeeee\"/>",
                        num(left + i * step - step / 2), top, num(Math.max(step, 4)), num(plotH)));
            }
        }
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = left + i * step;
            double y = top + plotH - plotH * clamp(values.get(i), max) / max;
            points.append(num(x)).append(',').append(num(y)).append(' ');
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%s\" cy=\"%s\" r=\"2.5\" fill=\"%s\"><title>%s: %s</title></circle>",
                    num(x), num(y), PALETTE.get(0), escape(xLabels.get(i)), num(values.get(i))));
        }
        svg.append("<polyline fill=\"none\" stroke=\"").append(PALETTE.get(0)).append("\" stroke-width=\"2\" points=\"")
                .append(points.toString().strip()).append("\"/>");
        int every = Math.max(1, values.size() / 10);
        for (int i = 0; i < xLabels.size(); i += every) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>",
                    num(left + i * step), height - bottom + 16, escape(xLabels.get(i))));
        }
        if (anyHighlight) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"10\" fill=\"#eeeeee\" stroke=\"#999\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>", left, height - 14, left + 16, height - 5,
                    escape(highlightLabel)));
        }
        return close(svg);
    }

    /**
     * Vertical bars, one per label, each with its value written above it.
     *
     * @param id the chart's element id
     * @param title what the chart shows
     * @param labels one label per bar
     * @param values one value per bar, between 0 and {@code max}
     * @param max the top of the vertical axis
     * @param unit appended to each written value, such as {@code "%"}
     * @return the SVG element
     */
    public static String bars(String id, String title, List<String> labels, List<Double> values, double max,
            String unit) {
        requireSameSize("values", labels.size(), values.size());
        int height = 300;
        int left = 48;
        int top = 36;
        int bottom = 70;
        double plotW = WIDTH - left - 16.0;
        double plotH = height - top - bottom;
        StringBuilder svg = open(id, title, height);
        axes(svg, left, top, plotW, plotH, max);
        int n = Math.max(values.size(), 1);
        double slot = plotW / n;
        double barW = Math.max(2, slot * 0.7);
        for (int i = 0; i < values.size(); i++) {
            double h = plotH * clamp(values.get(i), max) / max;
            double x = left + i * slot + (slot - barW) / 2;
            double y = top + plotH - h;
            svg.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\">"
                            + "<title>%s: %s%s</title></rect>", num(x), num(y), num(barW), num(h), PALETTE.get(2),
                    escape(labels.get(i)), num(values.get(i)), escape(unit)));
            if (slot >= 18) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" font-size=\"9\" text-anchor=\"middle\">%s</text>",
                        num(x + barW / 2), num(y - 3), num(values.get(i))));
            }
            svg.append(String.format(Locale.ROOT, "<text font-size=\"9\" text-anchor=\"end\" transform=\"translate(%s,%d) "
                    + "rotate(-45)\">%s</text>", num(x + barW / 2), height - bottom + 12, escape(labels.get(i))));
        }
        return close(svg);
    }

    /**
     * Horizontal bars that each split 100% between categories: answer distributions, one row per group.
     *
     * @param id the chart's element id
     * @param title what the chart shows
     * @param rows one label per bar
     * @param shares per row, one share per category, each between 0 and 1, summing to 1 (or all 0 when hidden)
     * @param categories one label per category, in order
     * @return the SVG element
     */
    public static String stacked(String id, String title, List<String> rows, List<double[]> shares,
            List<String> categories) {
        requireSameSize("shares", rows.size(), shares.size());
        int rowH = 26;
        int left = 230;
        int top = 36;
        int height = top + rows.size() * (rowH + 8) + 50;
        double plotW = WIDTH - left - 16.0;
        StringBuilder svg = open(id, title, height);
        for (int r = 0; r < rows.size(); r++) {
            double[] row = shares.get(r);
            requireSameSize("shares[" + r + "]", categories.size(), row.length);
            double y = top + r * (rowH + 8.0);
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%s\" font-size=\"11\" text-anchor=\"end\">%s</text>",
                    left - 6, num(y + rowH / 2.0 + 4), escape(rows.get(r))));
            double x = left;
            for (int c = 0; c < row.length; c++) {
                double w = plotW * Math.max(0, row[c]);
                svg.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%d\" fill=\"%s\">"
                                + "<title>%s — %s: %s%%</title></rect>", num(x), num(y), num(w), rowH,
                        PALETTE.get(c % PALETTE.size()), escape(rows.get(r)), escape(categories.get(c)),
                        num(row[c] * 100)));
                if (w >= 28) {
                    svg.append(String.format(Locale.ROOT, "<text x=\"%s\" y=\"%s\" font-size=\"10\" fill=\"#fff\" "
                            + "text-anchor=\"middle\">%s%%</text>", num(x + w / 2), num(y + rowH / 2.0 + 4),
                            num(row[c] * 100)));
                }
                x += w;
            }
        }
        double legendX = left;
        double legendY = height - 22;
        for (int c = 0; c < categories.size(); c++) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%s\" y=\"%s\" width=\"12\" height=\"10\" fill=\"%s\"/>"
                            + "<text x=\"%s\" y=\"%s\" font-size=\"11\">%s</text>", num(legendX), num(legendY),
                    PALETTE.get(c % PALETTE.size()), num(legendX + 16), num(legendY + 9),
                    escape(categories.get(c))));
            legendX += 24 + 7 * categories.get(c).length();
        }
        return close(svg);
    }

    private static StringBuilder open(String id, String title, int height) {
        StringBuilder svg = new StringBuilder(4096);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%s\" class=\"chart\" role=\"img\" "
                        + "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\">"
                        + "<title>%s</title><text x=\"8\" y=\"20\" font-size=\"14\" font-weight=\"bold\">%s</text>",
                escape(id), WIDTH, height, WIDTH, height, escape(title), escape(title)));
        return svg;
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>").toString();
    }

    private static void axes(StringBuilder svg, int left, int top, double plotW, double plotH, double max) {
        for (int i = 0; i <= 4; i++) {
            double y = top + plotH - plotH * i / 4;
            svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"#dddddd\"/>"
                            + "<text x=\"%d\" y=\"%s\" font-size=\"10\" text-anchor=\"end\">%s</text>", left, num(y),
                    num(left + plotW), num(y), left - 4, num(y + 3), num(max * i / 4)));
        }
        svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%s\" stroke=\"#333\"/>", left, top, left,
                num(top + plotH)));
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(max, value));
    }

    private static void requireSameSize(String field, int expected, int actual) {
        if (expected != actual) {
            throw new InvalidValueException(field, "must have one entry per label (" + expected + ")",
                    actual + " entries");
        }
    }
}
