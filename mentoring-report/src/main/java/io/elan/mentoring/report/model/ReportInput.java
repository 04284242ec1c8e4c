package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything one programme report is made from, in one language. Build it with {@link #builder()}, or read it from
 * the engine with {@link io.elan.mentoring.report.engine.ElanReportReader}. Immutable and thread-safe.
 *
 * @param program the program
 * @param locale the report's language: French for a French locale, English otherwise
 * @param asOf the day the report describes
 * @param programTeam who the escalations go to, by name, or {@code null} when the program names nobody
 * @param pairs every pair assessed on {@code asOf}
 * @param programFindings findings about the whole program on {@code asOf}, one sentence each
 * @param weeks one record per completed program week, week 0 first
 * @param sessions the collective sessions that took place, by start
 * @param messages every message the engine queued, by date
 * @param sending when messages may leave, or {@code null} when not given
 * @param activity what participants and the team did
 * @param calendar the planned calendar, or {@code null} when not given
 * @param survey the latest questionnaire wave as released, or {@code null} when none
 * @param parity whether each monthly message reached its whole community, by month then community
 * @param lateJoiners the participants enrolled after the kick-off, by the day they joined
 * @param matching how the pairs were matched, or {@code null} when no proposal was confirmed
 */
public record ReportInput(ProgramFacts program, Locale locale, LocalDate asOf, @Nullable String programTeam,
        List<PairRecord> pairs, List<String> programFindings, List<WeekRecord> weeks, List<SessionRecord> sessions,
        List<MessageRecord> messages, @Nullable SendingRules sending, ActivityTotals activity,
        @Nullable CalendarRecord calendar, @Nullable SurveyRecord survey, List<ParityRecord> parity,
        List<LateJoinerRecord> lateJoiners, @Nullable MatchingRecord matching) {

    /**
     * Validates every field, that pair ids are unique and that weeks are numbered from 0; copies and orders lists.
     *
     * @param program the program
     * @param locale the report's language: French for a French locale, English otherwise
     * @param asOf the day the report describes
     * @param programTeam who the escalations go to, by name, or {@code null} when the program names nobody
     * @param pairs every pair assessed on {@code asOf}
     * @param programFindings findings about the whole program on {@code asOf}, one sentence each
     * @param weeks one record per completed program week, week 0 first
     * @param sessions the collective sessions that took place, by start
     * @param messages every message the engine queued, by date
     * @param sending when messages may leave, or {@code null} when not given
     * @param activity what participants and the team did
     * @param calendar the planned calendar, or {@code null} when not given
     * @param survey the latest questionnaire wave as released, or {@code null} when none
     * @param parity whether each monthly message reached its whole community, by month then community
     * @param lateJoiners the participants enrolled after the kick-off, by the day they joined
     * @param matching how the pairs were matched, or {@code null} when no proposal was confirmed
     */
    public ReportInput {
        List<Violation> violations = new ArrayList<>();
        if (program == null) {
            violations.add(Violation.of("program", "is required"));
        }
        if (locale == null) {
            violations.add(Violation.of("locale", "is required"));
        }
        if (asOf == null) {
            violations.add(Violation.of("asOf", "is required"));
        }
        if (activity == null) {
            violations.add(Violation.of("activity", "is required"));
        }
        Set<String> ids = new HashSet<>();
        for (PairRecord pair : pairs) {
            if (!ids.add(pair.id())) {
                violations.add(Violation.of("pairs", "must not hold the same pair twice", pair.id()));
            }
        }
        for (PairRecord pair : pairs) {
            if (pair.weeklyLevels().size() != weeks.size()) {
                violations.add(Violation.of("pairs[" + pair.id() + "].weeklyLevels",
                        "must hold one level per week (" + weeks.size() + ")", pair.weeklyLevels().size()));
            }
        }
        for (int i = 0; i < weeks.size(); i++) {
            if (weeks.get(i).week() != i) {
                violations.add(Violation.of("weeks[" + i + "].week", "must be " + i + ": one record per week from 0",
                        weeks.get(i).week()));
                break;
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        pairs = List.copyOf(pairs);
        programFindings = List.copyOf(programFindings);
        weeks = List.copyOf(weeks);
        sessions = sessions.stream().sorted(Comparator.comparing(s -> s.start().toInstant())).toList();
        messages = messages.stream().sorted(Comparator.comparing(m -> m.at().toInstant())).toList();
        parity = parity.stream().sorted(Comparator.comparing(ParityRecord::month)
                .thenComparing(ParityRecord::community)).toList();
        lateJoiners = lateJoiners.stream().sorted(Comparator.comparing(LateJoinerRecord::joined)).toList();
    }

    /** @return a builder with empty lists and no calendar or survey */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link ReportInput}; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder {
        private @Nullable ProgramFacts program;
        private @Nullable Locale locale;
        private @Nullable LocalDate asOf;
        private @Nullable String programTeam;
        private final List<PairRecord> pairs = new ArrayList<>();
        private final List<String> programFindings = new ArrayList<>();
        private final List<WeekRecord> weeks = new ArrayList<>();
        private final List<SessionRecord> sessions = new ArrayList<>();
        private final List<MessageRecord> messages = new ArrayList<>();
        private @Nullable SendingRules sending;
        private @Nullable ActivityTotals activity;
        private @Nullable CalendarRecord calendar;
        private @Nullable SurveyRecord survey;
        private final List<ParityRecord> parity = new ArrayList<>();
        private final List<LateJoinerRecord> lateJoiners = new ArrayList<>();
        private @Nullable MatchingRecord matching;

        private Builder() {}

        /**
         * @param value the program
         * @return this builder
         */
        public Builder program(ProgramFacts value) { program = value; return this; }

        /**
         * @param value the report's language
         * @return this builder
         */
        public Builder locale(Locale value) { locale = value; return this; }

        /**
         * @param value the day the report describes
         * @return this builder
         */
        public Builder asOf(LocalDate value) { asOf = value; return this; }

        /**
         * @param value who the escalations go to, by name
         * @return this builder
         */
        public Builder programTeam(@Nullable String value) { programTeam = value; return this; }

        /**
         * @param value a pair
         * @return this builder
         */
        public Builder pair(PairRecord value) { pairs.add(Objects.requireNonNull(value, "pair")); return this; }

        /**
         * @param value a program-wide finding, as a sentence
         * @return this builder
         */
        public Builder programFinding(String value) {
            programFindings.add(Objects.requireNonNull(value, "programFinding"));
            return this;
        }

        /**
         * @param value the next program week
         * @return this builder
         */
        public Builder week(WeekRecord value) { weeks.add(Objects.requireNonNull(value, "week")); return this; }

        /**
         * @param value a session that took place
         * @return this builder
         */
        public Builder session(SessionRecord value) {
            sessions.add(Objects.requireNonNull(value, "session"));
            return this;
        }

        /**
         * @param value a message
         * @return this builder
         */
        public Builder message(MessageRecord value) {
            messages.add(Objects.requireNonNull(value, "message"));
            return this;
        }

        /**
         * @param value when messages may leave
         * @return this builder
         */
        public Builder sending(@Nullable SendingRules value) { sending = value; return this; }

        /**
         * @param value what participants and the team did
         * @return this builder
         */
        public Builder activity(ActivityTotals value) { activity = value; return this; }

        /**
         * @param value the planned calendar
         * @return this builder
         */
        public Builder calendar(@Nullable CalendarRecord value) { calendar = value; return this; }

        /**
         * @param value the questionnaire wave as released
         * @return this builder
         */
        public Builder survey(@Nullable SurveyRecord value) { survey = value; return this; }

        /**
         * @param value whether one month's message reached its whole community
         * @return this builder
         */
        public Builder parity(ParityRecord value) { parity.add(value); return this; }

        /**
         * @param value a participant enrolled after the kick-off
         * @return this builder
         */
        public Builder lateJoiner(LateJoinerRecord value) { lateJoiners.add(value); return this; }

        /**
         * @param value how the pairs were matched, or {@code null} when no proposal was confirmed
         * @return this builder
         */
        public Builder matching(@Nullable MatchingRecord value) { matching = value; return this; }

        /**
         * @return the input
         * @throws InvalidValueException naming every field that is missing or breaks a rule
         */
        public ReportInput build() {
            return new ReportInput(program, locale, asOf, programTeam, pairs, programFindings, weeks, sessions,
                    messages, sending, activity, calendar, survey, parity, lateJoiners, matching);
        }
    }
}
