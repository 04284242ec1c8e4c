package io.elan.mentoring.core.privacy.internal;

import io.elan.mentoring.core.privacy.RetentionSettings;
import io.elan.mentoring.core.privacy.RetentionSummary;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The timer call's retention step for one tenant: removes closed programs past their period with everything in them,
 * clears the bodies of messages settled and the texts of hotline requests closed past theirs, and removes activity
 * older than its period. Each kind is bounded by {@link RetentionSettings#recordsPerCall()}; what is left goes in the
 * next call. Idempotent and safe on several nodes at once: every step removes or clears what is past a date, and what
 * is already gone or cleared is not found again.
 */
public final class RetentionJob {

    private static final Set<ProgramStatus> OVER = EnumSet.of(ProgramStatus.CLOSED, ProgramStatus.CANCELLED);

    private final PrivacyEngine engine;

    /** @param engine the ports and the settings */
    public RetentionJob(PrivacyEngine engine) {
        this.engine = engine;
    }

    /**
     * @param tenant the tenant
     * @param now the call's instant
     * @return what was removed or cleared
     */
    public RetentionSummary run(TenantId tenant, Instant now) {
        RetentionSettings settings = engine.retentionOf(tenant);
        int limit = settings.recordsPerCall();
        int programs = 0;
        for (Program program : engine.store().programs(tenant, OVER)) {
            if (programs == limit) {
                break;
            }
            LocalDate today = LocalDate.ofInstant(now, program.zone());
            if (program.closing().plus(settings.closedPrograms()).isBefore(today)) {
                // The program store goes last: until it is gone, the next call finds the program and finishes.
                engine.activityLog().eraseProgram(tenant, program.id());
                engine.outbox().eraseProgram(tenant, program.id());
                engine.broadcasts().eraseProgram(tenant, program.id());
                engine.invitations().eraseProgram(tenant, program.id());
                if (engine.store().eraseProgram(tenant, program.id())) {
                    programs++;
                }
                engine.tracker().forget(tenant, program.id());
            }
        }
        int bodies = engine.outbox().clearBodies(tenant, now.minus(settings.messageBodies()), limit);
        int events = engine.activityLog().eraseBefore(tenant, now.minus(settings.activityEvents()), limit);
        int hotline = engine.store().clearHotlineTexts(tenant, now.minus(settings.hotlineTexts()), limit);
        return new RetentionSummary(programs, bodies, events, hotline);
    }
}
