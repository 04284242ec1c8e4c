package io.elan.mentoring.report.internal.chart;

/**
 * Estimates how wide a text is drawn, to lay labels out without overlap before any browser sees them. The widths are
 * those of DejaVu Sans, wider than the usual system fonts, so the estimate errs on the side of room.
 */
final class TextWidth {
    private TextWidth() {}

    /**
     * @param text a text
     * @param size the font size in pixels
     * @return its estimated width in pixels
     */
    static double of(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            em += advance(text.charAt(i));
        }
        return em * size;
    }

    /**
     * @param text a text
     * @param size the font size in pixels
     * @param width the room there is
     * @return the text, cut and ended with an ellipsis if it does not fit
     */
    static String fit(String text, double size, double width) {
        if (of(text, size) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && of(cut.strip() + "…", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut.strip() + "…";
    }

    private static double advance(char c) {
        if (c == ' ' || c == '\u00A0' || c == '\u202F') {
            return c == '\u202F' ? 0.2 : 0.32;
        }
        if ("iljI.,:;'!|()[]".indexOf(c) >= 0) {
            return 0.32;
        }
        if ("ftr".indexOf(c) >= 0) {
            return 0.42;
        }
        if ("mwMW%".indexOf(c) >= 0) {
            return 0.98;
        }
        if (Character.isDigit(c)) {
            return 0.64;
        }
        if (Character.isUpperCase(c)) {
            return 0.74;
        }
        return 0.62;
    }
}
