package io.elan.mentoring.matching;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What matching knows of one mentor or mentee: what the host's people directory holds (department, reporting line,
 * language) and what the program collects (site, work mode, seniority level, topics, wishes, people to avoid).
 * Immutable; build one with {@link #builder(PersonId)}.
 *
 * @param person the person
 * @param department their department, if known; compared as written
 * @param site the site they work at, if known; compared as written
 * @param workMode how they want to meet
 * @param languages the languages they speak, as ISO 639 codes ({@code fr}, {@code en}); tags such as {@code fr-FR}
 *     are reduced to their language
 * @param level their seniority level, 0 to {@value #MAX_LEVEL}, higher is more senior
 * @param managers their reporting line: their manager first, then that manager's manager, and so on; at most
 *     {@value #MAX_MANAGERS}
 * @param topics for a mentor, what they can help with; for a mentee, their goals: lower-case tags of 1 to
 *     {@value #MAX_TOPIC_LENGTH} characters, at most {@value #MAX_TOPICS}
 * @param wishes the people they would like to be paired with, most wanted first, at most {@value #MAX_WISHES}
 * @param blocked the people they must never be paired with, at most {@value #MAX_BLOCKED}
 */
public record MatchingProfile(PersonId person, @Nullable String department, @Nullable String site, WorkMode workMode,
        Set<String> languages, int level, List<PersonId> managers, Set<String> topics, List<PersonId> wishes,
        Set<PersonId> blocked) {

    /** Highest seniority level. */
    public static final int MAX_LEVEL = 100;
    /** Longest reporting line kept. */
    public static final int MAX_MANAGERS = 32;
    /** Most topics per person. */
    public static final int MAX_TOPICS = 32;
    /** Longest topic, in characters. */
    public static final int MAX_TOPIC_LENGTH = 64;
    /** Most ranked wishes per person. */
    public static final int MAX_WISHES = 5;
    /** Most people one person may block. */
    public static final int MAX_BLOCKED = 200;
    /** Most languages per person. */
    public static final int MAX_LANGUAGES = 16;
    /** Longest department or site name, in characters. */
    public static final int MAX_NAME_LENGTH = 200;

    /**
     * Normalises languages and topics and checks every field, reporting every broken rule at once.
     *
     * @param person the person
     * @param department their department, if known; compared as written
     * @param site the site they work at, if known; compared as written
     * @param workMode how they want to meet
     * @param languages the languages they speak, as ISO 639 codes ({@code fr}, {@code en}); tags such as {@code fr-FR}
     *         are reduced to their language
     * @param level their seniority level, 0 to {@value #MAX_LEVEL}, higher is more senior
     * @param managers their reporting line: their manager first, then that manager's manager, and so on; at most
     *         {@value #MAX_MANAGERS}
     * @param topics for a mentor, what they can help with; for a mentee, their goals: lower-case tags of 1 to
     *         {@value #MAX_TOPIC_LENGTH} characters, at most {@value #MAX_TOPICS}
     * @param wishes the people they would like to be paired with, most wanted first, at most {@value #MAX_WISHES}
     * @param blocked the people they must never be paired with, at most {@value #MAX_BLOCKED}
     * @throws InvalidValueException listing each field (such as {@code topics[]} or {@code wishes[2]}) and its rule
     */
    public MatchingProfile {
        List<Violation> violations = new ArrayList<>();
        if (person == null) {
            violations.add(Violation.of("person", "is required"));
        }
        department = name(department, "department", violations);
        site = name(site, "site", violations);
        if (workMode == null) {
            violations.add(Violation.of("workMode", "is required"));
        }
        languages = languages(languages, violations);
        if (level < 0 || level > MAX_LEVEL) {
            violations.add(Violation.of("level", "must be between 0 and " + MAX_LEVEL, level));
        }
        managers = people(managers, "managers", MAX_MANAGERS, person, violations);
        topics = topics(topics, violations);
        wishes = people(wishes, "wishes", MAX_WISHES, person, violations);
        blocked = Collections.unmodifiableSet(new LinkedHashSet<>(people(blocked == null ? null : sorted(blocked),
                "blocked", MAX_BLOCKED, person, violations)));
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }

    /**
     * @param person the person
     * @return a builder: no department, site or language, {@link WorkMode#HYBRID}, level 0, nothing else
     */
    public static Builder builder(PersonId person) {
        return new Builder(person);
    }

    /**
     * @param person the person's id
     * @return a builder, as {@link #builder(PersonId)}
     */
    public static Builder builder(String person) {
        return new Builder(PersonId.of(person));
    }

    /** @return a builder holding this profile's values */
    public Builder toBuilder() {
        return new Builder(person).department(department).site(site).workMode(workMode).languages(languages)
                .level(level).managers(managers).topics(topics).wishes(wishes).blocked(blocked);
    }

    private static @Nullable String name(@Nullable String value, String field, List<Violation> violations) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            violations.add(Violation.of(field, "must not be blank (leave it out when unknown)"));
        } else if (stripped.length() > MAX_NAME_LENGTH) {
            violations.add(Violation.of(field, "must be at most " + MAX_NAME_LENGTH + " characters",
                    stripped.length() + " characters"));
        } else if (stripped.chars().anyMatch(Character::isISOControl)) {
            violations.add(Violation.of(field, "must not contain control characters"));
        }
        return stripped;
    }

    private static SortedSet<String> languages(@Nullable Set<String> values, List<Violation> violations) {
        SortedSet<String> codes = new TreeSet<>();
        if (values == null) {
            violations.add(Violation.of("languages", "is required (empty when unknown)"));
            return codes;
        }
        if (values.size() > MAX_LANGUAGES) {
            violations.add(Violation.of("languages", "must hold at most " + MAX_LANGUAGES + " languages",
                    values.size() + " languages"));
        }
        for (String value : values) {
            String language = value == null ? "" : Locale.forLanguageTag(value.strip()).getLanguage();
            if (language.isEmpty()) {
                violations.add(Violation.of("languages[]", "must be a language tag such as fr or en",
                        value == null ? "null" : "\"" + value + "\""));
            } else {
                codes.add(language);
            }
        }
        return Collections.unmodifiableSortedSet(codes);
    }

    private static SortedSet<String> topics(@Nullable Set<String> values, List<Violation> violations) {
        SortedSet<String> tags = new TreeSet<>();
        if (values == null) {
            violations.add(Violation.of("topics", "is required (empty for none)"));
            return tags;
        }
        for (String value : values) {
            String tag = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
            if (tag.isEmpty()) {
                violations.add(Violation.of("topics[]", "must not be blank"));
            } else if (tag.length() > MAX_TOPIC_LENGTH) {
                violations.add(Violation.of("topics[]", "must be at most " + MAX_TOPIC_LENGTH + " characters",
                        "\"" + tag.substring(0, 40) + "…\""));
            } else if (tag.chars().anyMatch(Character::isISOControl)) {
                violations.add(Violation.of("topics[]", "must not contain control characters"));
            } else {
                tags.add(tag);
            }
        }
        if (tags.size() > MAX_TOPICS) {
            violations.add(Violation.of("topics", "must hold at most " + MAX_TOPICS + " topics",
                    tags.size() + " topics"));
        }
        return Collections.unmodifiableSortedSet(tags);
    }

    private static List<PersonId> people(@Nullable List<PersonId> values, String field, int max,
            @Nullable PersonId self, List<Violation> violations) {
        if (values == null) {
            violations.add(Violation.of(field, "is required (empty for none)"));
            return List.of();
        }
        if (values.size() > max) {
            violations.add(Violation.of(field, "must hold at most " + max + " people", values.size() + " people"));
        }
        Set<PersonId> seen = new HashSet<>();
        List<PersonId> kept = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            PersonId other = values.get(i);
            if (other == null) {
                violations.add(Violation.of(field + "[" + i + "]", "must not be null"));
            } else if (other.equals(self)) {
                violations.add(Violation.of(field + "[" + i + "]", "must not be the person themself", other));
            } else if (!seen.add(other)) {
                violations.add(Violation.of(field + "[" + i + "]", "must appear only once", other));
            } else {
                kept.add(other);
            }
        }
        return List.copyOf(kept);
    }

    private static @Nullable List<PersonId> sorted(Collection<PersonId> people) {
        if (people.contains(null)) {
            return new ArrayList<>(people);
        }
        return people.stream().sorted((a, b) -> a.value().compareTo(b.value())).toList();
    }

    /**
     * Builds a {@link MatchingProfile}; {@link #build()} reports every broken rule at once. Not thread-safe.
     */
    public static final class Builder {
        private final PersonId person;
        private @Nullable String department;
        private @Nullable String site;
        private WorkMode workMode = WorkMode.HYBRID;
        private Set<String> languages = new LinkedHashSet<>();
        private int level;
        private List<PersonId> managers = new ArrayList<>();
        private Set<String> topics = new LinkedHashSet<>();
        private List<PersonId> wishes = new ArrayList<>();
        private Set<PersonId> blocked = new LinkedHashSet<>();

        private Builder(PersonId person) {
            this.person = person;
        }

        /**
         * @param value the department, or {@code null} when unknown
         * @return this builder
         */
        public Builder department(@Nullable String value) { department = value; return this; }

        /**
         * @param value the site, or {@code null} when unknown
         * @return this builder
         */
        public Builder site(@Nullable String value) { site = value; return this; }

        /**
         * @param value how they want to meet; {@link WorkMode#HYBRID} unless set
         * @return this builder
         */
        public Builder workMode(WorkMode value) { workMode = value; return this; }

        /**
         * @param values language tags such as {@code fr} or {@code en-GB}
         * @return this builder
         */
        public Builder languages(Collection<String> values) { languages = new LinkedHashSet<>(values); return this; }

        /**
         * @param values language tags such as {@code fr} or {@code en-GB}
         * @return this builder
         */
        public Builder languages(String... values) {
            return languages(Arrays.asList(values));
        }

        /**
         * @param value the seniority level, 0 to {@value #MAX_LEVEL}
         * @return this builder
         */
        public Builder level(int value) { level = value; return this; }

        /**
         * @param values the reporting line, direct manager first
         * @return this builder
         */
        public Builder managers(List<PersonId> values) { managers = new ArrayList<>(values); return this; }

        /**
         * @param values the reporting line, direct manager first
         * @return this builder
         */
        public Builder managers(PersonId... values) {
            return managers(Arrays.asList(values));
        }

        /**
         * @param values skills offered (mentor) or goals (mentee)
         * @return this builder
         */
        public Builder topics(Collection<String> values) { topics = new LinkedHashSet<>(values); return this; }

        /**
         * @param values skills offered (mentor) or goals (mentee)
         * @return this builder
         */
        public Builder topics(String... values) {
            return topics(Arrays.asList(values));
        }

        /**
         * @param values wished partners, most wanted first
         * @return this builder
         */
        public Builder wishes(List<PersonId> values) { wishes = new ArrayList<>(values); return this; }

        /**
         * @param values wished partners, most wanted first
         * @return this builder
         */
        public Builder wishes(PersonId... values) {
            return wishes(Arrays.asList(values));
        }

        /**
         * @param values people never to be paired with
         * @return this builder
         */
        public Builder blocked(Collection<PersonId> values) { blocked = new LinkedHashSet<>(values); return this; }

        /**
         * @param values people never to be paired with
         * @return this builder
         */
        public Builder blocked(PersonId... values) {
            return blocked(Arrays.asList(values));
        }

        /**
         * @return the profile
         * @throws InvalidValueException listing every broken rule
         */
        public MatchingProfile build() {
            return new MatchingProfile(person, department, site, workMode, languages, level, managers, topics,
                    wishes, blocked);
        }
    }
}
