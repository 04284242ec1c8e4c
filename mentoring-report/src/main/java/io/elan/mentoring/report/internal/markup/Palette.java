package io.elan.mentoring.report.internal.markup;

import io.elan.mentoring.report.model.EngagementLevel;
import io.elan.mentoring.spi.InvalidValueException;
import java.util.List;

/**
 * The report's colours. Ordered scales (a pair's level, agreement from 1 to 5) get ordinal palettes whose lightness
 * changes in one direction, so that their order survives grey-scale printing and colour blindness; the agreement
 * palettes are ColorBrewer's PuOr (Cynthia Brewer, colorbrewer2.org, colour-blind safe). Colour is never alone: every
 * mark has an outline, a label or a value written beside it, and a pattern where marks of several levels touch.
 */
public final class Palette {
    /** One series: attendance bars, the pairs that met. */
    public static final Colour PRIMARY = new Colour("#1f4e79");
    /** A second series, drawn dashed as well. */
    public static final Colour SECONDARY = new Colour("#a04000");
    /** Quiet weeks behind a time axis. */
    public static final Colour QUIET = new Colour("#ececec");
    /** The mark of a quiet week above a time axis, at least 3:1 against the page. */
    public static final Colour QUIET_MARK = new Colour("#8c8c8c");

    private static final List<Colour> LEVELS = List.of(new Colour("#dce9f2"), new Colour("#f6c07a"),
            new Colour("#d7301f"), new Colour("#67000d"));
    private static final List<Colour> AGREEMENT_5 = List.of(new Colour("#e66101"), new Colour("#fdb863"),
            new Colour("#f7f7f7"), new Colour("#b2abd2"), new Colour("#5e3c99"));
    private static final List<Colour> AGREEMENT_7 = List.of(new Colour("#b35806"), new Colour("#f1a340"),
            new Colour("#fee0b6"), new Colour("#f7f7f7"), new Colour("#d8daeb"), new Colour("#998ec3"),
            new Colour("#542788"));

    private Palette() {}

    /**
     * @param level a pair's level
     * @return its colour, from a pale blue for engaged to a dark red for disengaged
     */
    public static Colour level(EngagementLevel level) {
        return LEVELS.get(level.ordinal());
    }

    /**
     * @param points the points of an agreement scale, 5 or 7
     * @return one colour per point, strongly disagree first
     */
    public static List<Colour> agreement(int points) {
        return switch (points) {
            case 5 -> AGREEMENT_5;
            case 7 -> AGREEMENT_7;
            default -> throw new InvalidValueException("points", "must be 5 or 7 for an agreement scale", points);
        };
    }

    /** @return the level palette, engaged first */
    public static List<Colour> levels() {
        return LEVELS;
    }
}
