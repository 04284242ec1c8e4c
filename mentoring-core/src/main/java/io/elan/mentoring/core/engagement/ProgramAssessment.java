package io.elan.mentoring.core.engagement;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.validation.Checks;
import java.time.LocalDate;
import java.util.List;

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
public record ProgramAssessment(
        TenantId tenant,
        ProgramId program,
        LocalDate asOf,
        int lastWeek,
        List<Integer> window,
        List<PairAssessment> pairs,
        List<PersonAssessment> people,
        List<Finding> programFindings,
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
}
