package io.elan.mentoring.core.engagement;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.validation.Checks;
import io.elan.mentoring.spi.program.Role;
import java.util.List;

/**
 * How one participant stands at the evaluated date. Immutable and thread-safe.
 *
 * @param person the participant
 * @param role their community
 * @param status the worst severity of their findings
 * @param findings isolation and falling participation, if any
 * @param attendanceRate the share of the touchpoints they were invited to in the window that they attended, or 0 if
 *     there were none
 */
public record PersonAssessment(PersonId person, Role role, EngagementStatus status, List<Finding> findings,
        double attendanceRate) {

    /**
     * Validates and copies.
     *
     * @param person the participant
     * @param role their community
     * @param status the worst severity of their findings
     * @param findings isolation and falling participation, if any
     * @param attendanceRate the share of the touchpoints they were invited to in the window that they attended, or 0 if
     *         there were none
     */
    public PersonAssessment {
        Checks.present(person, "person");
        Checks.present(role, "role");
        Checks.present(status, "status");
        findings = List.copyOf(findings);
    }
}
