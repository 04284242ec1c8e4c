package io.elan.mentoring.core.matching;

import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.matching.MatchingProfile;
import io.elan.mentoring.matching.MatchingRequest;
import io.elan.mentoring.matching.MatchingRules;
import io.elan.mentoring.matching.Mentor;
import io.elan.mentoring.matching.Pairing;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.validation.Checks;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a program team brings to a proposal besides the program itself: profiles (given in full, or derived from the
 * directory and completed), mentors' own limits, the decisions taken so far, and, to try other rules than the
 * program's, rules of its own. Immutable; build one with {@link #builder()} and, after a decision,
 * {@link #toBuilder()}.
 *
 * @param rules rules to propose with instead of the program's {@link ProgramDefinition#matching()}, to compare them;
 *     {@code null} (the default) for the program's own
 * @param profiles profiles given in full, by person; they replace what the directory would give
 * @param completion what completes the profiles derived from the directory
 * @param mentorLimits mentors who take fewer mentees than the program's capacity, with their limit
 * @param pins pairs the proposal must hold
 * @param exclusions pairings the proposal must not hold
 */
public record MatchingInput(@Nullable MatchingRules rules, Map<PersonId, MatchingProfile> profiles,
        ProfileCompletion completion, Map<PersonId, Integer> mentorLimits, List<Pairing> pins,
        Set<Pairing> exclusions) {

    /**
     * Copies the collections and checks them, reporting every broken rule at once.
     *
     * @param rules rules to propose with instead of the program's, to compare them; {@code null} for the program's
     * @param profiles profiles given in full, by person; they replace what the directory would give
     * @param completion what completes the profiles derived from the directory
     * @param mentorLimits mentors who take fewer mentees than the program's capacity, with their limit
     * @param pins pairs the proposal must hold
     * @param exclusions pairings the proposal must not hold
     * @throws InvalidValueException naming each field and its rule
     */
    public MatchingInput {
        List<Violation> violations = new ArrayList<>();
        if (completion == null) {
            violations.add(Violation.of("completion", "is required"));
        }
        profiles = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.present(profiles, "profiles")));
        profiles.forEach((person, profile) -> {
            if (profile == null) {
                violations.add(Violation.of("profiles[" + person + "]", "must not be null"));
            } else if (!person.equals(profile.person())) {
                violations.add(Violation.of("profiles[" + person + "].person", "must be the person it is given for",
                        profile.person()));
            }
        });
        mentorLimits = Collections.unmodifiableMap(new LinkedHashMap<>(Checks.present(mentorLimits, "mentorLimits")));
        mentorLimits.forEach((person, limit) -> {
            if (limit == null || limit < 0 || limit > Mentor.MAX_CAPACITY) {
                violations.add(Violation.of("mentorLimits[" + person + "]", "must be between 0 and "
                        + Mentor.MAX_CAPACITY, limit));
            }
        });
        pins = Checks.list(pins, "pins", MatchingRequest.MAX_PEOPLE);
        exclusions = Collections.unmodifiableSet(new LinkedHashSet<>(Checks.present(exclusions, "exclusions")));
        if (exclusions.contains(null)) {
            violations.add(Violation.of("exclusions[]", "must not be null"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    /** @return the program's rules, profiles from the directory alone, no limit, no decision */
    public static MatchingInput defaults() {
        return builder().build();
    }

    /** @return a builder holding the {@linkplain #defaults() defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this input */
    public Builder toBuilder() {
        Builder builder = new Builder().rules(rules).completion(completion);
        builder.profiles.putAll(profiles);
        builder.mentorLimits.putAll(mentorLimits);
        builder.pins.addAll(pins);
        builder.exclusions.addAll(exclusions);
        return builder;
    }

    /** Builds a {@link MatchingInput}. Not thread-safe. */
    public static final class Builder {
        private @Nullable MatchingRules rules;
        private @Nullable ProfileCompletion completion = ProfileCompletion.none();
        private final Map<PersonId, MatchingProfile> profiles = new LinkedHashMap<>();
        private final Map<PersonId, Integer> mentorLimits = new LinkedHashMap<>();
        private final List<Pairing> pins = new ArrayList<>();
        private final Set<Pairing> exclusions = new LinkedHashSet<>();

        private Builder() {}

        /**
         * @param value rules to propose with instead of the program's; {@code null}, the default, for the program's
         * @return this builder
         */
        public Builder rules(@Nullable MatchingRules value) { rules = value; return this; }

        /**
         * @param value a profile given in full, replacing the directory's
         * @return this builder
         */
        public Builder profile(MatchingProfile value) { profiles.put(value.person(), value); return this; }

        /**
         * @param values profiles given in full
         * @return this builder
         */
        public Builder profiles(Collection<MatchingProfile> values) { values.forEach(this::profile); return this; }

        /**
         * @param value what completes the directory's profiles
         * @return this builder
         */
        public Builder completion(@Nullable ProfileCompletion value) { completion = value; return this; }

        /**
         * @param mentor a mentor
         * @param limit the most mentees they take, if fewer than the program's capacity
         * @return this builder
         */
        public Builder mentorLimit(PersonId mentor, int limit) { mentorLimits.put(mentor, limit); return this; }

        /**
         * @param mentor a mentor
         * @param mentee a mentee
         * @return this builder, the pair pinned (and no longer excluded)
         */
        public Builder pin(PersonId mentor, PersonId mentee) {
            Pairing pairing = new Pairing(mentor, mentee);
            exclusions.remove(pairing);
            if (!pins.contains(pairing)) {
                pins.add(pairing);
            }
            return this;
        }

        /**
         * @param mentor a mentor
         * @param mentee a mentee
         * @return this builder, the pairing excluded (and no longer pinned)
         */
        public Builder exclude(PersonId mentor, PersonId mentee) {
            Pairing pairing = new Pairing(mentor, mentee);
            pins.remove(pairing);
            exclusions.add(pairing);
            return this;
        }

        /**
         * @return the input
         * @throws InvalidValueException listing every broken rule
         */
        public MatchingInput build() {
            return new MatchingInput(rules, profiles, completion, mentorLimits, pins, exclusions);
        }
    }
}
