package io.elan.mentoring.core.timer.internal;

import io.elan.mentoring.core.timer.Overdue;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Program;
import java.time.Instant;
import java.util.List;

/**
 * The timer call's step for what the program team must hear about: it alerts the team about hotline requests left
 * unanswered past their target (the hotline's own idempotent job), and finds the follow-up calls left unmade past
 * their window. Thread-safe.
 */
@FunctionalInterface
public interface AlertsJob {

    /**
     * @param tenant the tenant
     * @param programs its running and closing programs
     * @param now the call's instant
     * @return what is overdue, and how many alerts were newly queued
     */
    Alerts run(TenantId tenant, List<Program> programs, Instant now);

    /**
     * @param overdue what is overdue
     * @param queued the alerts newly queued about it
     */
    record Alerts(Overdue overdue, int queued) {}
}
