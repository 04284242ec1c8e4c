package io.elan.mentoring.core.engagement;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.validation.Checks;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A program's engagement at one date: every active pair and participant with their findings, program-wide findings
 * and the momentum series up to the last completed week. Immutable and thread-safe.
 *
 * @param tenant the tenant
 * @param program the program
 * @param asOf the evaluated date; only program weeks completed before it are read
 * @param lastWeek the last completed program week, -1 before the first week is over
 * @param window the program weeks of the trailing window, oldest first: active weeks only, quiet weeks skipped
 * @param pairs the active pairs, by id
 * @param people the active participants and pair members, by id
 * @param programFindings findings about the whole program
 * @param momentum one point per completed week, week 0 first
 */
public record ProgramAssessment(TenantId tenant, ProgramId program, LocalDate asOf, int lastWeek, List<Integer> window,
        List<PairAssessment> pairs, List<PersonAssessment> people, List<Finding> programFindings,
        List<WeeklyMomentum> momentum) {

    /**
     * Validates and copies.
     *
     * @param tenant the tenant
     * @param program the program
     * @param asOf the evaluated date; only program weeks completed before it are read
     * @param lastWeek the last completed program week, -1 before the first week is over
     * @param window the program weeks of the trailing window, oldest first: active weeks only, quiet weeks skipped
     * @param pairs the active pairs, by id
     * @param people the active participants and pair members, by id
     * @param programFindings findings about the whole program
     * @param momentum one point per completed week, week 0 first
     */
    public ProgramAssessment {
        Checks.present(tenant, "tenant");
        Checks.present(program, "program");
        Checks.present(asOf, "asOf");
        window = List.copyOf(window);
        pairs = List.copyOf(pairs);
        people = List.copyOf(people);
        programFindings = List.copyOf(programFindings);
        momentum = List.copyOf(momentum);
    }

    /**
     * @param status a status
     * @return the pairs at that status or worse
     */
    public List<PairAssessment> pairsAtLeast(EngagementStatus status) {
        return pairs.stream().filter(p -> p.status().atLeast(status)).toList();
    }

    /**
     * @param code a reason code
     * @return whether a program-wide finding has it
     */
    public boolean has(ReasonCode code) {
        return programFindings.stream().anyMatch(f -> f.code() == code);
    }

    /**
     * @return a builder with no field set
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return a builder holding this ProgramAssessment's values, to change some of them
     */
    public Builder toBuilder() {
        return new Builder().tenant(tenant).program(program).asOf(asOf).lastWeek(lastWeek).window(window).pairs(pairs)
                .people(people).programFindings(programFindings).momentum(momentum);
    }

    /** Builds a {@link ProgramAssessment}; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder {
        private @Nullable TenantId tenant;
        private @Nullable ProgramId program;
        private @Nullable LocalDate asOf;
        private int lastWeek;
        private @Nullable List<Integer> window;
        private @Nullable List<PairAssessment> pairs;
        private @Nullable List<PersonAssessment> people;
        private @Nullable List<Finding> programFindings;
        private @Nullable List<WeeklyMomentum> momentum;

        private Builder() {}

        /**
         * @param value the tenant
         * @return this builder
         */
        public Builder tenant(TenantId value) { tenant = value; return this; }

        /**
         * @param value the program
         * @return this builder
         */
        public Builder program(ProgramId value) { program = value; return this; }

        /**
         * @param value the evaluated date; only program weeks completed before it are read
         * @return this builder
         */
        public Builder asOf(LocalDate value) { asOf = value; return this; }

        /**
         * @param value the last completed program week, -1 before the first week is over
         * @return this builder
         */
        public Builder lastWeek(int value) { lastWeek = value; return this; }

        /**
         * @param value the program weeks of the trailing window, oldest first: active weeks only, quiet weeks skipped
         * @return this builder
         */
        public Builder window(List<Integer> value) { window = value; return this; }

        /**
         * @param value the active pairs, by id
         * @return this builder
         */
        public Builder pairs(List<PairAssessment> value) { pairs = value; return this; }

        /**
         * @param value the active participants and pair members, by id
         * @return this builder
         */
        public Builder people(List<PersonAssessment> value) { people = value; return this; }

        /**
         * @param value findings about the whole program
         * @return this builder
         */
        public Builder programFindings(List<Finding> value) { programFindings = value; return this; }

        /**
         * @param value one point per completed week, week 0 first
         * @return this builder
         */
        public Builder momentum(List<WeeklyMomentum> value) { momentum = value; return this; }

        /**
         * @return the ProgramAssessment
         * @throws io.elan.mentoring.spi.InvalidValueException naming every field that is missing or breaks a rule
         */
        public ProgramAssessment build() {
            return new ProgramAssessment(tenant, program, asOf, lastWeek, window, pairs, people, programFindings,
                    momentum);
        }
    }
}
