package io.elan.mentoring.report.internal.markup;

import io.elan.mentoring.spi.InvalidValueException;

/**
 * An sRGB colour and the WCAG 2.2 contrast arithmetic: relative luminance and contrast ratio, from which the text
 * colour on a filled shape is chosen. Immutable and thread-safe.
 *
 * @param hex the colour as {@code #rrggbb}
 */
public record Colour(String hex) {
    /** Body text. */
    public static final Colour INK = new Colour("#1a1a1a");
    /** The page. */
    public static final Colour PAPER = new Colour("#ffffff");
    /** Text that matters less, still at least 4.5:1 on the page. */
    public static final Colour MUTED = new Colour("#4d4d4d");
    /** Grid lines, which carry no meaning of their own. */
    public static final Colour GRID = new Colour("#d9d9d9");
    /** The outline every mark gets, so that its edge contrasts with the page and with its neighbours. */
    public static final Colour OUTLINE = new Colour("#333333");

    /** Validates the form. */
    public Colour {
        if (hex == null || !hex.matches("#[0-9a-f]{6}")) {
            throw new InvalidValueException("hex", "must be #rrggbb in lower case", hex);
        }
    }

    /** @return the relative luminance, 0 (black) to 1 (white), as WCAG 2.2 defines it */
    public double luminance() {
        return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    }

    /**
     * @param other another colour
     * @return the contrast ratio between the two, 1 to 21
     */
    public double contrast(Colour other) {
        double a = luminance();
        double b = other.luminance();
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** @return the text colour that reads best on this colour: {@link #INK} or white */
    public Colour text() {
        return contrast(INK) >= contrast(PAPER) ? INK : PAPER;
    }

    private double channel(int at) {
        double c = Integer.parseInt(hex.substring(at, at + 2), 16) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Override
    public String toString() {
        return hex;
    }
}
