package io.elan.mentoring.survey.report;

import io.elan.mentoring.spi.text.LocalizedText;
import io.elan.mentoring.survey.questionnaire.WaveKind;
import org.jspecify.annotations.Nullable;

/**
 * What a report is about and under which anonymity thresholds it was produced.
 *
 * @param program the program id
 * @param wave the wave id
 * @param kind why the wave was sent
 * @param title the questionnaire title
 * @param previousWave the wave compared with, or {@code null}
 * @param threshold the fewest respondents behind any figure (k)
 */
public record ReportHeader(String program, String wave, WaveKind kind, LocalizedText title,
        @Nullable String previousWave, int threshold) {}
