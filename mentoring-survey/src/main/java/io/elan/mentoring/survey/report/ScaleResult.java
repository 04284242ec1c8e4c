package io.elan.mentoring.survey.report;

import io.elan.mentoring.spi.text.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * A scale's reliability and level in one group.
 *
 * @param scale the scale id
 * @param name the scale name
 * @param figures the figures, or {@code null} when withheld
 * @param withheld why the figures are withheld, or {@code null} when shown
 */
public record ScaleResult(String scale, LocalizedText name, @Nullable ScaleFigures figures,
        @Nullable Withheld withheld) {}
