package io.elan.mentoring.report.internal.chart;

import io.elan.mentoring.report.internal.markup.Colour;
import io.elan.mentoring.report.internal.markup.Html;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One SVG chart being drawn: an accessible image with a title and a description, then its marks. Coordinates are
 * written with a dot whatever the locale. Not thread-safe.
 */
final class Svg {
    static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', 'DejaVu Sans', "
            + "sans-serif";
    static final int WIDTH = 800;
    static final double LABEL = 13;
    static final double SMALL = 12;

    private final StringBuilder body = new StringBuilder(8192);
    private final StringBuilder defs = new StringBuilder();
    private final String id;
    private final String title;
    private final String description;

    /**
     * @param id the element id, unique in the page
     * @param title what the chart shows
     * @param description the chart's content in words, for those who cannot see it
     */
    Svg(String id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
    }

    static String n(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    Svg def(String element) {
        defs.append(element);
        return this;
    }

    Svg rect(double x, double y, double w, double h, String fill, @Nullable Colour stroke, @Nullable String tooltip) {
        body.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(Math.max(0, w))).append("\" height=\"").append(n(Math.max(0, h))).append("\" fill=\"")
                .append(fill).append('"');
        if (stroke != null) {
            body.append(" stroke=\"").append(stroke).append("\" stroke-width=\"0.75\"");
        }
        if (tooltip == null) {
            body.append("/>");
        } else {
            body.append("><title>").append(Html.escape(tooltip)).append("</title></rect>");
        }
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, Colour stroke, double width, @Nullable String dash) {
        body.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(n(width)).append('"');
        if (dash != null) {
            body.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        body.append("/>");
        return this;
    }

    Svg polyline(String points, Colour stroke, double width, @Nullable String dash) {
        body.append("<polyline fill=\"none\" points=\"").append(points).append("\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(n(width)).append("\" stroke-linejoin=\"round\"");
        if (dash != null) {
            body.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        body.append("/>");
        return this;
    }

    Svg marker(Shape shape, double x, double y, Colour colour, @Nullable String tooltip) {
        String element = switch (shape) {
            case CIRCLE -> "<circle cx=\"" + n(x) + "\" cy=\"" + n(y) + "\" r=\"3.5\"";
            case SQUARE -> "<rect x=\"" + n(x - 3.2) + "\" y=\"" + n(y - 3.2) + "\" width=\"6.4\" height=\"6.4\"";
        };
        body.append(element).append(" fill=\"").append(colour).append('"');
        if (tooltip == null) {
            body.append("/>");
        } else {
            body.append("><title>").append(Html.escape(tooltip)).append("</title>")
                    .append(shape == Shape.CIRCLE ? "</circle>" : "</rect>");
        }
        return this;
    }

    /**
     * @param anchor {@code start}, {@code middle} or {@code end}
     */
    Svg text(double x, double y, String anchor, double size, Colour fill, boolean bold, String text) {
        body.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"")
                .append(n(size)).append("\" fill=\"").append(fill).append('"');
        if (!"start".equals(anchor)) {
            body.append(" text-anchor=\"").append(anchor).append('"');
        }
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        body.append('>').append(Html.escape(text)).append("</text>");
        return this;
    }

    /** @return the chart as an SVG element, sized by its view box so that it shrinks with the page */
    String render(double height) {
        StringBuilder svg = new StringBuilder(body.length() + defs.length() + 512);
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"%s\" class=\"chart\" "
                        + "role=\"img\" aria-labelledby=\"%s-title %s-desc\" viewBox=\"0 0 %d %s\" font-family=\"%s\">",
                Html.escape(id), Html.escape(id), Html.escape(id), WIDTH, n(Math.ceil(height)), Html.escape(FONT)));
        svg.append("<title id=\"").append(Html.escape(id)).append("-title\">").append(Html.escape(title))
                .append("</title><desc id=\"").append(Html.escape(id)).append("-desc\">")
                .append(Html.escape(description)).append("</desc>");
        if (!defs.isEmpty()) {
            svg.append("<defs>").append(defs).append("</defs>");
        }
        return svg.append(body).append("</svg>").toString();
    }

    /** The shape of a line's markers, so that two series differ by more than their colour. */
    enum Shape {
        CIRCLE,
        SQUARE
    }
}
