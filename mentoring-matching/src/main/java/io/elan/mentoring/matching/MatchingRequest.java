package io.elan.mentoring.matching;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything one proposal is computed from: the rules, the mentors with their room, the mentees, and the program
 * team's decisions so far (pairs pinned, pairings excluded). Immutable; build one with {@link #builder()}, and ask
 * again after a decision with {@link #toBuilder()}.
 *
 * @param rules the program's matching rules
 * @param mentors the mentors who can take mentees, each person once, at most {@value #MAX_PEOPLE}
 * @param mentees the mentees to pair, each person once and never also a mentor, at most {@value #MAX_PEOPLE}
 * @param pins pairs the proposal must hold: each names a mentor and a mentee of this request, each mentee at most
 *     once, no mentor beyond their capacity, none excluded; each must pass the hard rules, which
 *     {@link MentorMatcher#propose} checks
 * @param exclusions pairings the proposal must not hold; those naming people outside the request change nothing
 */
public record MatchingRequest(MatchingRules rules, List<Mentor> mentors, List<MatchingProfile> mentees,
        List<Pairing> pins, Set<Pairing> exclusions) {

    /** Most mentors, and most mentees, in one request. */
    public static final int MAX_PEOPLE = 50_000;
    /** Most mentor–mentee combinations in one request: each is scored. */
    public static final long MAX_COMBINATIONS = 100_000_000L;

    /**
     * Checks every rule on the people and decisions, reporting every broken one at once.
     *
     * @param rules the program's matching rules
     * @param mentors the mentors who can take mentees, each person once, at most {@value #MAX_PEOPLE}
     * @param mentees the mentees to pair, each person once and never also a mentor, at most {@value #MAX_PEOPLE}
     * @param pins pairs the proposal must hold: each names a mentor and a mentee of this request, each mentee at most
     *         once, no mentor beyond their capacity, none excluded; each must pass the hard rules, which
     *         {@link MentorMatcher#propose} checks
     * @param exclusions pairings the proposal must not hold; those naming people outside the request change nothing
     * @throws InvalidValueException naming each field (such as {@code mentees[3].person} or {@code pins[0]}) and its
     *     rule
     */
    public MatchingRequest {
        List<Violation> violations = new ArrayList<>();
        if (rules == null) {
            violations.add(Violation.of("rules", "is required"));
        }
        mentors = copy(mentors, "mentors", violations);
        mentees = copy(mentees, "mentees", violations);
        pins = copy(pins, "pins", violations);
        exclusions = exclusions == null ? Set.of() : Collections.unmodifiableSet(new LinkedHashSet<>(exclusions));
        if (exclusions.contains(null)) {
            violations.add(Violation.of("exclusions[]", "must not be null"));
        }
        if ((long) mentors.size() * mentees.size() > MAX_COMBINATIONS) {
            violations.add(Violation.of("mentees", "times mentors must be at most " + MAX_COMBINATIONS
                    + " combinations", mentees.size() + " × " + mentors.size()));
        }
        Map<PersonId, Integer> capacities = new HashMap<>();
        for (int i = 0; i < mentors.size(); i++) {
            Mentor mentor = mentors.get(i);
            if (mentor != null && capacities.putIfAbsent(mentor.profile().person(), mentor.capacity()) != null) {
                violations.add(Violation.of("mentors[" + i + "].profile.person", "must appear only once",
                        mentor.profile().person()));
            }
        }
        Set<PersonId> menteeIds = new HashSet<>();
        for (int i = 0; i < mentees.size(); i++) {
            MatchingProfile mentee = mentees.get(i);
            if (mentee == null) {
                continue;
            }
            if (!menteeIds.add(mentee.person())) {
                violations.add(Violation.of("mentees[" + i + "].person", "must appear only once", mentee.person()));
            } else if (capacities.containsKey(mentee.person())) {
                violations.add(Violation.of("mentees[" + i + "].person", "must not also be a mentor",
                        mentee.person()));
            }
        }
        checkPins(pins, exclusions, capacities, menteeIds, violations);
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    private static void checkPins(List<Pairing> pins, Set<Pairing> exclusions, Map<PersonId, Integer> capacities,
            Set<PersonId> menteeIds, List<Violation> violations) {
        Set<PersonId> pinnedMentees = new HashSet<>();
        Map<PersonId, Integer> pinsPerMentor = new HashMap<>();
        for (int i = 0; i < pins.size(); i++) {
            Pairing pin = pins.get(i);
            if (pin == null) {
                continue;
            }
            String field = "pins[" + i + "]";
            if (!capacities.containsKey(pin.mentor())) {
                violations.add(Violation.of(field + ".mentor", "must be a mentor of the request", pin.mentor()));
            } else if (pinsPerMentor.merge(pin.mentor(), 1, Integer::sum) > capacities.get(pin.mentor())) {
                violations.add(Violation.of(field, "must not take the mentor beyond their capacity ("
                        + capacities.get(pin.mentor()) + ")", pin));
            }
            if (!menteeIds.contains(pin.mentee())) {
                violations.add(Violation.of(field + ".mentee", "must be a mentee of the request", pin.mentee()));
            } else if (!pinnedMentees.add(pin.mentee())) {
                violations.add(Violation.of(field + ".mentee", "must be pinned only once", pin.mentee()));
            }
            if (exclusions.contains(pin)) {
                violations.add(Violation.of(field, "must not be excluded too", pin));
            }
        }
    }

    private static <T> List<T> copy(@Nullable List<T> values, String field, List<Violation> violations) {
        if (values == null) {
            violations.add(Violation.of(field, "is required (empty for none)"));
            return List.of();
        }
        if (values.size() > MAX_PEOPLE) {
            violations.add(Violation.of(field, "must hold at most " + MAX_PEOPLE, values.size()));
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                violations.add(Violation.of(field + "[" + i + "]", "must not be null"));
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** @return a builder with the default rules and nobody yet */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this request */
    public Builder toBuilder() {
        Builder builder = new Builder().rules(rules);
        builder.mentors.addAll(mentors);
        builder.mentees.addAll(mentees);
        builder.pins.addAll(pins);
        builder.exclusions.addAll(exclusions);
        return builder;
    }

    /** Builds a {@link MatchingRequest}; {@link #build()} reports every broken rule at once. Not thread-safe. */
    public static final class Builder {
        private MatchingRules rules = MatchingRules.defaults();
        private final List<Mentor> mentors = new ArrayList<>();
        private final List<MatchingProfile> mentees = new ArrayList<>();
        private final List<Pairing> pins = new ArrayList<>();
        private final Set<Pairing> exclusions = new LinkedHashSet<>();

        private Builder() {}

        /**
         * @param value the rules; {@link MatchingRules#defaults()} unless set
         * @return this builder
         */
        public Builder rules(MatchingRules value) { rules = value; return this; }

        /**
         * @param profile a mentor
         * @param capacity how many more mentees they can take
         * @return this builder
         */
        public Builder mentor(MatchingProfile profile, int capacity) {
            mentors.add(new Mentor(profile, capacity));
            return this;
        }

        /**
         * @param values mentors to add
         * @return this builder
         */
        public Builder mentors(Collection<Mentor> values) { mentors.addAll(values); return this; }

        /**
         * @param profile a mentee to add
         * @return this builder
         */
        public Builder mentee(MatchingProfile profile) { mentees.add(profile); return this; }

        /**
         * @param values mentees to add
         * @return this builder
         */
        public Builder mentees(Collection<MatchingProfile> values) { mentees.addAll(values); return this; }

        /**
         * @param mentor a mentor of this request
         * @param mentee a mentee of this request
         * @return this builder, the pair pinned
         */
        public Builder pin(PersonId mentor, PersonId mentee) {
            return pin(new Pairing(mentor, mentee));
        }

        /**
         * @param pairing a pair the proposal must hold
         * @return this builder
         */
        public Builder pin(Pairing pairing) {
            pins.add(pairing);
            exclusions.remove(pairing);
            return this;
        }

        /**
         * @param mentor a mentor
         * @param mentee a mentee
         * @return this builder, the pairing excluded
         */
        public Builder exclude(PersonId mentor, PersonId mentee) {
            return exclude(new Pairing(mentor, mentee));
        }

        /**
         * @param pairing a pairing the proposal must not hold; a pin of it is dropped
         * @return this builder
         */
        public Builder exclude(Pairing pairing) {
            exclusions.add(pairing);
            pins.remove(pairing);
            return this;
        }

        /**
         * @param values pairings the proposal must not hold
         * @return this builder
         */
        public Builder exclusions(Collection<Pairing> values) { values.forEach(this::exclude); return this; }

        /**
         * @return the request
         * @throws InvalidValueException listing every broken rule
         */
        public MatchingRequest build() {
            return new MatchingRequest(rules, mentors, mentees, pins, exclusions);
        }
    }
}
