package io.elan.mentoring.report.internal.markup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.elan.mentoring.report.model.EngagementLevel;
import io.elan.mentoring.spi.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Contrast ratios are those of WCAG 2.2 (Understanding SC 1.4.3 and 1.4.11, "contrast ratio" and "relative
 * luminance" in its glossary): 21:1 for black on white, 4.5:1 for #767676 on white (the lightest grey that passes AA,
 * 4.54:1 in WebAIM's contrast checker), 4.48:1 for #777777, which fails.
 */
@DisplayName("the report’s colours keep WCAG AA contrast")
class ColourTest {
    private static final double TEXT = 4.5;
    private static final double GRAPHICS = 3;

    @Test
    @DisplayName("contrast ratios match WCAG’s reference values")
    void references() {
        assertThat(new Colour("#000000").contrast(Colour.PAPER)).isCloseTo(21, within(1e-9));
        assertThat(new Colour("#767676").contrast(Colour.PAPER)).isCloseTo(4.54, within(0.005));
        assertThat(new Colour("#777777").contrast(Colour.PAPER)).isCloseTo(4.48, within(0.005));
        assertThat(Colour.PAPER.contrast(new Colour("#767676"))).isEqualTo(new Colour("#767676")
                .contrast(Colour.PAPER));
    }

    @Test
    @DisplayName("text on the page, muted or not, reaches 4.5:1; marks without an outline and outlines reach 3:1")
    void page() {
        assertThat(Colour.INK.contrast(Colour.PAPER)).isGreaterThanOrEqualTo(TEXT);
        assertThat(Colour.MUTED.contrast(Colour.PAPER)).isGreaterThanOrEqualTo(TEXT);
        for (Colour mark : List.of(Colour.OUTLINE, Palette.PRIMARY, Palette.SECONDARY, Palette.QUIET_MARK)) {
            assertThat(mark.contrast(Colour.PAPER)).as(mark.hex()).isGreaterThanOrEqualTo(GRAPHICS);
        }
    }

    @Test
    @DisplayName("text written on any palette colour reaches 4.5:1")
    void textOnFills() {
        List<Colour> fills = new ArrayList<>(Palette.levels());
        fills.addAll(Palette.agreement(5));
        fills.addAll(Palette.agreement(7));
        fills.add(Palette.PRIMARY);
        for (Colour fill : fills) {
            assertThat(fill.text().contrast(fill)).as(fill.hex()).isGreaterThanOrEqualTo(TEXT);
        }
    }

    @Test
    @DisplayName("engagement levels darken with severity, so their order survives grey-scale printing")
    void levelsAreOrdinal() {
        double previous = 2;
        for (EngagementLevel level : EngagementLevel.values()) {
            double luminance = Palette.level(level).luminance();
            assertThat(luminance).as(level.name()).isLessThan(previous);
            previous = luminance;
        }
    }

    @Test
    @DisplayName("agreement scales are diverging: lightest in the middle, darker towards each end")
    void agreementIsDiverging() {
        for (int points : new int[] {5, 7}) {
            List<Colour> colours = Palette.agreement(points);
            int middle = points / 2;
            for (int p = 0; p < middle; p++) {
                assertThat(colours.get(p).luminance()).as(points + " points, " + (p + 1))
                        .isLessThan(colours.get(p + 1).luminance());
                assertThat(colours.get(points - 1 - p).luminance()).as(points + " points, " + (points - p))
                        .isLessThan(colours.get(points - 2 - p).luminance());
            }
        }
        assertThatThrownBy(() -> Palette.agreement(4)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("points");
    }

    @Test
    @DisplayName("a colour is #rrggbb or nothing")
    void form() {
        assertThatThrownBy(() -> new Colour("red")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("hex");
    }
}
