package io.elan.mentoring.matching;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.validation.Checks;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * A person a proposal leaves without a pair, and why, with the numbers behind the reason.
 *
 * @param person the person
 * @param role a mentee without a mentor, or a mentor with room who gets no mentee
 * @param reason why
 * @param candidates how many people the other side holds
 * @param ruledOut how many of them each hard rule ruled out, each counted under its first rule (see
 *     {@link HardRule}); rules that ruled out nobody are absent
 * @param compatible how many passed every hard rule: for a mentee, mentors who are full; for a mentor, mentees paired
 *     elsewhere
 */
public record Unmatched(PersonId person, Role role, UnmatchedReason reason, int candidates,
        Map<HardRule, Integer> ruledOut, int compatible) {

    /**
     * Copies the counts in the order of {@link HardRule}.
     *
     * @param person the person
     * @param role a mentee without a mentor, or a mentor with room who gets no mentee
     * @param reason why
     * @param candidates how many people the other side holds
     * @param ruledOut how many of them each hard rule ruled out, each counted under its first rule (see
     *         {@link HardRule}); rules that ruled out nobody are absent
     * @param compatible how many passed every hard rule: for a mentee, mentors who are full; for a mentor, mentees
     *         paired elsewhere
     */
    public Unmatched {
        Checks.present(person, "person");
        Checks.present(role, "role");
        Checks.present(reason, "reason");
        Checks.notNegative(candidates, "candidates");
        Checks.notNegative(compatible, "compatible");
        Checks.present(ruledOut, "ruledOut");
        EnumMap<HardRule, Integer> counts = new EnumMap<>(HardRule.class);
        ruledOut.forEach((rule, count) -> {
            if (count > 0) {
                counts.put(rule, count);
            }
        });
        ruledOut = Collections.unmodifiableMap(counts);
    }

    /**
     * @param rule a hard rule
     * @return how many people on the other side it ruled out
     */
    public int ruledOutBy(HardRule rule) {
        return ruledOut.getOrDefault(rule, 0);
    }

    /**
     * @param locale the reader's language, French or English (any other reads English)
     * @return the reason in one sentence, with its numbers
     */
    public String explain(Locale locale) {
        return new MatchingTexts().describe(this, locale);
    }
}
