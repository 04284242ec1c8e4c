package io.elan.mentoring.core.program;

import io.elan.mentoring.core.calendar.Cadence;
import io.elan.mentoring.core.calendar.CompanyCalendarDefinition;
import io.elan.mentoring.core.calendar.QuestionnaireWave;
import io.elan.mentoring.core.followup.FollowUpPolicy;
import io.elan.mentoring.core.followup.FollowUpWindow;
import io.elan.mentoring.matching.MatchingRules;
import io.elan.mentoring.scheduling.CadencePlanner;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.scheduling.HolidayCalendar;
import io.elan.mentoring.scheduling.ProgramWindow;
import io.elan.mentoring.scheduling.RitualRule;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a program team decides before a program opens: its name, dates, zone and language, how many mentees a mentor
 * may take, when the individual follow-up calls are due, how fast the hotline must answer, and its rhythm: the
 * cadence of rituals, the company calendar they are planned in and the questionnaire waves; and how mentors and
 * mentees are matched. Written in Java with
 * {@link #builder()} or in JSON through {@link io.elan.mentoring.core.json.ElanModule}; both check every rule and
 * report every broken one at once. Immutable.
 *
 * @param id the program, unique in its tenant
 * @param name a name people read, 1 to 200 characters, as {@link Checks#text} accepts text
 * @param kickOff the launch date, in the program's zone, in the years 1 to 9999 like every stored date
 * @param closing the closing date, after the kick-off, in the years 1 to 9999
 * @param zone the program's zone
 * @param locale the program's language, a well-formed BCP 47 tag (see {@link Checks#locale})
 * @param mentorCapacity how many mentees one mentor may have in active or paused pairs at once, 1 to
 *     {@value #MAX_MENTOR_CAPACITY}
 * @param followUp when every mentor and mentee gets an individual follow-up call; each window opens before closing
 * @param hotlineResponseWorkingDays how many working days the program team has to answer a hotline request, 1 to
 *     {@value #MAX_HOTLINE_RESPONSE_WORKING_DAYS}
 * @param cadence the rituals, or the ten-month preset
 * @param companyCalendar the public holidays, blackouts, working days and hours the rituals are planned in, read in the
 *     program's zone
 * @param questionnaires the anonymous questionnaire waves, each preparing the occurrences of one ritual of the cadence
 * @param matching the hard rules and the weighted criteria by which {@link io.elan.mentoring.core.matching.Matching}
 *     proposes pairs, unless a proposal is asked for with rules of its own
 * @param programManager who receives this program's escalations (a pair that stays disengaged after its nudges, a
 *     concern raised in a follow-up call, an overdue hotline request); none means the engine's
 *     ({@link io.elan.mentoring.core.engagement.EngagementSettings#programManager()})
 */
public record ProgramDefinition(@NotNull @Valid ProgramId id,
        @NotBlank @Size(max = Program.MAX_NAME_LENGTH) String name, @NotNull LocalDate kickOff,
        @NotNull LocalDate closing, @NotNull ZoneId zone, @NotNull Locale locale,
        @Min(1) @Max(MAX_MENTOR_CAPACITY) int mentorCapacity, @NotNull FollowUpPolicy followUp,
        @Min(1) @Max(MAX_HOTLINE_RESPONSE_WORKING_DAYS) int hotlineResponseWorkingDays, @NotNull Cadence cadence,
        @NotNull CompanyCalendarDefinition companyCalendar, @NotNull List<QuestionnaireWave> questionnaires,
        @NotNull MatchingRules matching, @Nullable @Valid PersonId programManager) {

    /** Months between kick-off and closing when no closing date is given. */
    public static final int DEFAULT_DURATION_MONTHS = 10;
    /** Longest program, in months. */
    public static final int MAX_DURATION_MONTHS = 36;
    /** Mentees a mentor may take when nothing else is said. */
    public static final int DEFAULT_MENTOR_CAPACITY = 1;
    /** Most mentees one mentor may take. */
    public static final int MAX_MENTOR_CAPACITY = 50;
    /** Working days to answer a hotline request when nothing else is said. */
    public static final int DEFAULT_HOTLINE_RESPONSE_WORKING_DAYS = 2;
    /** Longest hotline response target, in working days. */
    public static final int MAX_HOTLINE_RESPONSE_WORKING_DAYS = 20;

    /**
     * Checks every field and reports every broken rule at once.
     *
     * @param id the program, unique in its tenant
     * @param name a name people read, 1 to 200 characters, as {@link Checks#text} accepts text
     * @param kickOff the launch date, in the program's zone, in the years 1 to 9999 like every stored date
     * @param closing the closing date, after the kick-off, in the years 1 to 9999
     * @param zone the program's zone
     * @param locale the program's language, a well-formed BCP 47 tag (see {@link Checks#locale})
     * @param mentorCapacity how many mentees one mentor may have in active or paused pairs at once, 1 to
     *         {@value #MAX_MENTOR_CAPACITY}
     * @param followUp when every mentor and mentee gets an individual follow-up call; each window opens before closing
     * @param hotlineResponseWorkingDays how many working days the program team has to answer a hotline request, 1 to
     *         {@value #MAX_HOTLINE_RESPONSE_WORKING_DAYS}
     * @param cadence the rituals, or the ten-month preset
     * @param companyCalendar the public holidays, blackouts, working days and hours the rituals are planned in, read in
     *         the program's zone
     * @param questionnaires the anonymous questionnaire waves, each preparing the occurrences of one ritual of the
     *     cadence
     * @param matching the hard rules and the weighted criteria by which the program's mentors and mentees are matched
     * @param programManager who receives this program's escalations; none means the engine's
     * @throws InvalidValueException listing each field (such as {@code followUp[1].afterMonths}) and its rule
     */
    public ProgramDefinition {
        List<Violation> violations = new ArrayList<>();
        check(violations, id, name, kickOff, closing, zone, locale, mentorCapacity, followUp,
                hotlineResponseWorkingDays);
        checkRhythm(violations, kickOff, closing, zone, cadence, companyCalendar, questionnaires);
        if (matching == null) {
            violations.add(Violation.of("matching", "is required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        questionnaires = List.copyOf(questionnaires);
    }

    private static void check(List<Violation> violations, @Nullable ProgramId id, @Nullable String name,
            @Nullable LocalDate kickOff, @Nullable LocalDate closing, @Nullable ZoneId zone, @Nullable Locale locale,
            int mentorCapacity, @Nullable FollowUpPolicy followUp, int hotlineResponseWorkingDays) {
        if (id == null) {
            violations.add(Violation.of("id", "is required"));
        }
        collect(violations, () -> Checks.text(name, "name", Program.MAX_NAME_LENGTH));
        // Date arithmetic runs only on dates in range: far ones would overflow instead of being reported.
        boolean kickOffValid = collect(violations, () -> Checks.date(kickOff, "kickOff"));
        if (closing == null) {
            violations.add(Violation.of("closing", "is required"));
        } else if (collect(violations, () -> Checks.date(closing, "closing")) && kickOffValid) {
            if (!closing.isAfter(kickOff)) {
                violations.add(Violation.of("closing", "must be after kickOff (" + kickOff + ")", closing));
            } else if (closing.isAfter(kickOff.plusMonths(MAX_DURATION_MONTHS))) {
                violations.add(Violation.of("closing",
                        "must be at most " + MAX_DURATION_MONTHS + " months after kickOff (" + kickOff + ")",
                        closing));
            }
        }
        collect(violations, () -> Checks.zone(zone, "zone"));
        collect(violations, () -> Checks.locale(locale, "locale"));
        if (mentorCapacity < 1 || mentorCapacity > MAX_MENTOR_CAPACITY) {
            violations.add(Violation.of("mentorCapacity", "must be between 1 and " + MAX_MENTOR_CAPACITY,
                    mentorCapacity));
        }
        if (followUp == null) {
            violations.add(Violation.of("followUp", "is required"));
        } else if (kickOffValid && closing != null && inRange(closing) && closing.isAfter(kickOff)) {
            List<FollowUpWindow> windows = followUp.windows();
            for (int i = 0; i < windows.size(); i++) {
                LocalDate opens = windows.get(i).opensOn(kickOff);
                if (!opens.isBefore(closing)) {
                    violations.add(Violation.of("followUp[" + i + "].afterMonths",
                            "must open before closing (" + closing + "), it would open on " + opens,
                            windows.get(i).afterMonths()));
                }
            }
        }
        if (hotlineResponseWorkingDays < 1 || hotlineResponseWorkingDays > MAX_HOTLINE_RESPONSE_WORKING_DAYS) {
            violations.add(Violation.of("hotlineResponseWorkingDays",
                    "must be between 1 and " + MAX_HOTLINE_RESPONSE_WORKING_DAYS, hotlineResponseWorkingDays));
        }
    }

    /** Runs one check of the SPI's, adding what it refused to the violations; whether it passed. */
    private static boolean collect(List<Violation> violations, Runnable check) {
        try {
            check.run();
            return true;
        } catch (InvalidValueException e) {
            violations.addAll(e.violations());
            return false;
        }
    }

    /**
     * The cadence, the company calendar and the waves, each alone and against each other: a plan of the program's own
     * must fit the program's dates and working hours, and each wave must prepare a distinct ritual of the cadence.
     */
    private static void checkRhythm(List<Violation> violations, @Nullable LocalDate kickOff,
            @Nullable LocalDate closing, @Nullable ZoneId zone, @Nullable Cadence cadence,
            @Nullable CompanyCalendarDefinition companyCalendar, @Nullable List<QuestionnaireWave> questionnaires) {
        if (cadence == null) {
            violations.add(Violation.of("cadence", "is required"));
        }
        if (companyCalendar == null) {
            violations.add(Violation.of("companyCalendar", "is required"));
        }
        if (questionnaires == null) {
            violations.add(Violation.of("questionnaires", "is required (empty for none)"));
        }
        if (cadence == null) {
            return;
        }
        List<RitualRule> rituals = cadence.plan().rituals();
        boolean datesHold = kickOff != null && closing != null && zone != null && closing.isAfter(kickOff)
                && !closing.isAfter(kickOff.plusMonths(MAX_DURATION_MONTHS));
        if (cadence.preset().isEmpty() && companyCalendar != null && datesHold) {
            CompanyCalendar hours = CompanyCalendar.builder().holidays(HolidayCalendar.none())
                    .workingHours(companyCalendar.workStart(), companyCalendar.workEnd()).build();
            for (Violation v : new CadencePlanner().check(ProgramWindow.of(kickOff, closing, zone), cadence.plan(),
                    hours)) {
                violations.add(new Violation(ritualPath(v.field(), rituals), v.rule(),
                        ritualPath(v.field(), rituals) + v.message().substring(v.field().length())));
            }
        }
        if (questionnaires == null) {
            return;
        }
        List<String> prepared = rituals.stream().filter(r -> !r.formats().contains(Format.CHECKPOINT_CALL))
                .map(RitualRule::id).toList();
        for (int i = 0; i < questionnaires.size(); i++) {
            QuestionnaireWave wave = questionnaires.get(i);
            if (wave == null) {
                violations.add(Violation.of("questionnaires[" + i + "]", "must not be null"));
                continue;
            }
            if (!prepared.contains(wave.ritual())) {
                violations.add(Violation.of("questionnaires[" + i + "].ritual", "must name a ritual of the cadence ("
                        + String.join(", ", prepared) + ")", Checks.quote(wave.ritual())));
            }
            for (int j = 0; j < i; j++) {
                if (questionnaires.get(j) != null && questionnaires.get(j).ritual().equals(wave.ritual())) {
                    violations.add(Violation.of("questionnaires[" + i + "].ritual",
                            "must not prepare the ritual questionnaires[" + j + "] prepares",
                            Checks.quote(wave.ritual())));
                }
            }
        }
    }

    /** The planner names a ritual by its id; the definition names it by its place in the cadence. */
    private static String ritualPath(String field, List<RitualRule> rituals) {
        for (int i = 0; i < rituals.size(); i++) {
            String byId = "rituals[" + rituals.get(i).id() + "]";
            if (field.startsWith(byId)) {
                return "cadence.rituals[" + i + "]" + field.substring(byId.length());
            }
        }
        return "cadence." + field;
    }

    private static boolean inRange(LocalDate date) {
        return date.getYear() >= Checks.MIN_YEAR && date.getYear() <= Checks.MAX_YEAR;
    }

    /**
     * @return a builder with the defaults: ten months, French, capacity 1, calls around months 2 and 7, answers within
     *     two working days, the ten-month preset in a French company calendar with the mid-point questionnaire, and
     *     the {@linkplain MatchingRules#defaults() default matching rules}
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this definition's values, with its closing date */
    public Builder toBuilder() {
        return new Builder().id(id).name(name).kickOff(kickOff).closing(closing).zone(zone).locale(locale)
                .mentorCapacity(mentorCapacity).followUp(followUp)
                .hotlineResponseWorkingDays(hotlineResponseWorkingDays).cadence(cadence)
                .companyCalendar(companyCalendar).questionnaires(questionnaires).matching(matching)
                .programManager(programManager);
    }

    /** @return the middle day between kick-off and closing, around which the mid-point (mi-parcours) takes place */
    public LocalDate midPoint() {
        return kickOff.plusDays((closing.toEpochDay() - kickOff.toEpochDay()) / 2);
    }

    /**
     * Builds a {@link ProgramDefinition}. Give either a closing date or a duration in months, not both; with neither,
     * the program lasts {@value #DEFAULT_DURATION_MONTHS} months. {@link #build()} reports every broken rule at once.
     * Not thread-safe.
     */
    public static final class Builder {
        private @Nullable ProgramId id;
        private @Nullable String name;
        private @Nullable LocalDate kickOff;
        private @Nullable LocalDate closing;
        private @Nullable Integer durationMonths;
        private @Nullable ZoneId zone;
        private @Nullable Locale locale = Locale.FRENCH;
        private int mentorCapacity = DEFAULT_MENTOR_CAPACITY;
        private @Nullable FollowUpPolicy followUp;
        private boolean followUpGiven;
        private int hotlineResponseWorkingDays = DEFAULT_HOTLINE_RESPONSE_WORKING_DAYS;
        private @Nullable Cadence cadence = Cadence.tenMonths();
        private @Nullable CompanyCalendarDefinition companyCalendar = CompanyCalendarDefinition.france();
        private @Nullable List<QuestionnaireWave> questionnaires;
        private @Nullable MatchingRules matching = MatchingRules.defaults();
        private @Nullable PersonId programManager;

        private Builder() {}

        /**
         * @param value the program id
         * @return this builder
         */
        public Builder id(@Nullable ProgramId value) { id = value; return this; }

        /**
         * @param value the program id
         * @return this builder
         * @throws InvalidValueException if the id breaks the identifier rules
         */
        public Builder id(String value) {
            return id(ProgramId.of(value));
        }

        /**
         * @param value the name people read
         * @return this builder
         */
        public Builder name(@Nullable String value) { name = value; return this; }

        /**
         * @param value the launch date, in the program's zone
         * @return this builder
         */
        public Builder kickOff(@Nullable LocalDate value) { kickOff = value; return this; }

        /**
         * @param value the closing date; leave empty to use a duration
         * @return this builder
         */
        public Builder closing(@Nullable LocalDate value) { closing = value; return this; }

        /**
         * @param months months from kick-off to closing, 1 to {@value #MAX_DURATION_MONTHS}; leave empty to give a
         *     closing date
         * @return this builder
         */
        public Builder durationMonths(@Nullable Integer months) { durationMonths = months; return this; }

        /**
         * @param value the program's zone
         * @return this builder
         */
        public Builder zone(@Nullable ZoneId value) { zone = value; return this; }

        /**
         * @param value the program's language; French unless set
         * @return this builder
         */
        public Builder locale(@Nullable Locale value) { locale = value; return this; }

        /**
         * @param value how many mentees a mentor may take; 1 unless set
         * @return this builder
         */
        public Builder mentorCapacity(int value) { mentorCapacity = value; return this; }

        /**
         * @param value the follow-up call policy; unless set, the windows of {@link FollowUpPolicy#defaults()} that
         *     open before closing (a short program simply gets fewer calls)
         * @return this builder
         */
        public Builder followUp(@Nullable FollowUpPolicy value) {
            followUp = value;
            followUpGiven = true;
            return this;
        }

        /**
         * @param value working days to answer a hotline request; 2 unless set
         * @return this builder
         */
        public Builder hotlineResponseWorkingDays(int value) { hotlineResponseWorkingDays = value; return this; }

        /**
         * @param value the rituals, or {@link Cadence#tenMonths()}, which is the default
         * @return this builder
         */
        public Builder cadence(@Nullable Cadence value) { cadence = value; return this; }

        /**
         * @param value the company calendar; {@link CompanyCalendarDefinition#france()} unless set
         * @return this builder
         */
        public Builder companyCalendar(@Nullable CompanyCalendarDefinition value) {
            companyCalendar = value;
            return this;
        }

        /**
         * @param values the questionnaire waves; unless set, {@link QuestionnaireWave#midPoint()} with the ten-month
         *     preset and none with rituals of the program's own
         * @return this builder
         */
        public Builder questionnaires(@Nullable List<QuestionnaireWave> values) {
            questionnaires = values == null ? null : new ArrayList<>(values);
            return this;
        }

        /**
         * @param values the questionnaire waves, as {@link #questionnaires(List)}
         * @return this builder
         */
        public Builder questionnaires(QuestionnaireWave... values) {
            return questionnaires(Arrays.asList(values));
        }

        /**
         * @param value the matching rules: mentors at least one level above, a shared language, and the weights of
         *     the soft criteria; {@link MatchingRules#defaults()} unless set
         * @return this builder
         */
        public Builder matching(@Nullable MatchingRules value) { matching = value; return this; }

        /**
         * @param value who receives this program's escalations; none (the default) means the engine's
         * @return this builder
         */
        public Builder programManager(@Nullable PersonId value) { programManager = value; return this; }

        /**
         * @return the definition
         * @throws InvalidValueException listing every broken rule, each with its field
         */
        public ProgramDefinition build() {
            List<Violation> violations = new ArrayList<>();
            LocalDate resolvedClosing = closing;
            if (durationMonths != null) {
                if (closing != null) {
                    violations.add(Violation.of("durationMonths", "must not be given together with closing"));
                } else if (durationMonths < 1 || durationMonths > MAX_DURATION_MONTHS) {
                    violations.add(Violation.of("durationMonths", "must be between 1 and " + MAX_DURATION_MONTHS,
                            durationMonths));
                } else if (kickOff != null && inRange(kickOff)) {
                    resolvedClosing = kickOff.plusMonths(durationMonths);
                }
            } else if (closing == null && kickOff != null && inRange(kickOff)) {
                resolvedClosing = kickOff.plusMonths(DEFAULT_DURATION_MONTHS);
            }
            FollowUpPolicy policy = followUpGiven ? followUp : defaultPolicyBefore(kickOff, resolvedClosing);
            // Without a kick-off in range no closing can be derived; the kick-off is the one thing to report.
            boolean closingDerived = closing == null;
            List<Violation> fieldViolations = new ArrayList<>();
            check(fieldViolations, id, name, kickOff, resolvedClosing, zone, locale, mentorCapacity, policy,
                    hotlineResponseWorkingDays);
            for (Violation v : fieldViolations) {
                if (!(closingDerived && v.field().equals("closing") && resolvedClosing == null)) {
                    violations.add(v);
                }
            }
            List<QuestionnaireWave> waves = questionnaires != null ? questionnaires
                    : cadence != null && cadence.preset().isPresent() ? List.of(QuestionnaireWave.midPoint())
                    : List.of();
            checkRhythm(violations, kickOff, resolvedClosing, zone, cadence, companyCalendar, waves);
            if (matching == null) {
                violations.add(Violation.of("matching", "is required"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidValueException(violations);
            }
            return new ProgramDefinition(id, name, kickOff, resolvedClosing, zone, locale, mentorCapacity, policy,
                    hotlineResponseWorkingDays, cadence, companyCalendar, waves, matching, programManager);
        }

        private static FollowUpPolicy defaultPolicyBefore(@Nullable LocalDate kickOff, @Nullable LocalDate closing) {
            FollowUpPolicy defaults = FollowUpPolicy.defaults();
            if (kickOff == null || closing == null || !inRange(kickOff) || !inRange(closing)) {
                return defaults;
            }
            return new FollowUpPolicy(defaults.windows().stream()
                    .filter(w -> w.opensOn(kickOff).isBefore(closing)).toList());
        }
    }
}
