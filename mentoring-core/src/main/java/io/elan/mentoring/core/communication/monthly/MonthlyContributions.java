package io.elan.mentoring.core.communication.monthly;

import io.elan.mentoring.scheduling.PlannedTouchpoint;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.Role;
import java.util.Optional;

/**
 * The program team's words for each monthly message the calendar holds. The engine's timer call sends a monthly
 * message when its touchpoint comes: with the team's contribution if this gives one, else with Élan's own words on the
 * touchpoint's theme; either way it adds the announcement of any questionnaire opening before the next monthly
 * message, and the invitation to share.
 *
 * <p>Called on the timer's thread, possibly on several nodes for the same message: return the same contribution for
 * the same arguments (a different one for a month already sent is refused). Implementations are thread-safe.
 */
@FunctionalInterface
public interface MonthlyContributions {

    /**
     * @param tenant the tenant
     * @param program the program
     * @param message the monthly message as the calendar plans it: its start, its theme in French and English, its
     *     audience
     * @param community the community it is sent to now
     * @return the team's contribution, for the program, the month of the message's start (in the program's zone) and
     *     that community; or empty for Élan's own words
     */
    Optional<MonthlyContribution> contribution(TenantId tenant, Program program, PlannedTouchpoint message,
            Role community);

    /** @return no contribution: every monthly message says Élan's own words on its theme */
    static MonthlyContributions none() {
        return (tenant, program, message, community) -> Optional.empty();
    }
}
