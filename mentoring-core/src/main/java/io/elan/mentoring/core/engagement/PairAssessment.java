package io.elan.mentoring.core.engagement;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.validation.Checks;
import io.elan.mentoring.spi.program.PairId;
import java.util.List;

/**
 * How one pair stands at the evaluated date. Immutable and thread-safe.
 *
 * @param pair the pair
 * @param mentor its mentor
 * @param mentee its mentee
 * @param status the worst severity of its findings
 * @param findings the pair's own findings, then those of its mentor and mentee
 * @param windowExchangesPerWeek weighted exchanges (meetings and messages) per active week in the window
 * @param baselineExchangesPerWeek the same over the pair's first weeks, or 0 if its baseline is not complete yet
 */
public record PairAssessment(PairId pair, PersonId mentor, PersonId mentee, EngagementStatus status,
        List<Finding> findings, double windowExchangesPerWeek, double baselineExchangesPerWeek) {

    /**
     * Validates and copies.
     *
     * @param pair the pair
     * @param mentor its mentor
     * @param mentee its mentee
     * @param status the worst severity of its findings
     * @param findings the pair's own findings, then those of its mentor and mentee
     * @param windowExchangesPerWeek weighted exchanges (meetings and messages) per active week in the window
     * @param baselineExchangesPerWeek the same over the pair's first weeks, or 0 if its baseline is not complete yet
     */
    public PairAssessment {
        Checks.present(pair, "pair");
        Checks.present(mentor, "mentor");
        Checks.present(mentee, "mentee");
        Checks.present(status, "status");
        findings = List.copyOf(findings);
    }

    /**
     * @param code a reason code
     * @return whether one of the findings has it
     */
    public boolean has(ReasonCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }
}
