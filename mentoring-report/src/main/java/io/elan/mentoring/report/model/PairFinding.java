package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.validation.Checks;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One reason for concern about a pair or one of its members, as it stands on the report's date.
 *
 * @param code why, as the engine names it (such as {@code PAIR_SILENCE}); stable, for exports
 * @param severity the level this finding leads to
 * @param person the id of the member it is about, or {@code null} when it is about the pair
 * @param since the day it was first raised in its current run of weeks
 * @param text the reason as a sentence, with its numbers
 */
public record PairFinding(String code, EngagementLevel severity, @Nullable String person, LocalDate since,
        String text) {
    /**
     * Validates every field.
     *
     * @param code why, as the engine names it (such as {@code PAIR_SILENCE}); stable, for exports
     * @param severity the level this finding leads to
     * @param person the id of the member it is about, or {@code null} when it is about the pair
     * @param since the day it was first raised in its current run of weeks
     * @param text the reason as a sentence, with its numbers
     */
    public PairFinding {
        Checks.present(code, "code");
        Checks.present(severity, "severity");
        Checks.present(since, "since");
        Checks.present(text, "text");
    }
}
