package io.elan.mentoring.scheduling;

import io.elan.mentoring.scheduling.internal.Texts;
import io.elan.mentoring.spi.program.Role;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A stretch longer than the maximum gap during which a community has no collective touchpoint and no day could take
 * a capsule (for example a blackout covering the whole stretch). The program manager decides what to do.
 *
 * @param community the community left without a touchpoint
 * @param from the day of the last touchpoint before the gap, or the kick-off
 * @param to the day of the next touchpoint after the gap, or the closing
 * @param maxGapDays the most days allowed
 */
public record UnfilledGap(Role community, LocalDate from, LocalDate to, int maxGapDays) {
    /** @return the length of the gap, in days */
    public long days() {
        return ChronoUnit.DAYS.between(from, to);
    }

    /**
     * @param locale the reader's locale
     * @return a sentence for a program manager
     */
    public String describe(Locale locale) {
        String community = Texts.community(this.community).in(Texts.wording(locale));
        return Texts.say(locale, "gap.unfilled", community.substring(0, 1).toUpperCase(Texts.wording(locale))
                + community.substring(1), days(), Texts.day(from, locale), Texts.day(to, locale), maxGapDays);
    }
}
