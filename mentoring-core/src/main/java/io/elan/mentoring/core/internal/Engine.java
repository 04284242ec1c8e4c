package io.elan.mentoring.core.internal;

import io.elan.mentoring.core.directory.CachingPeopleDirectory;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.MessageGateway;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Everything the engine's services share: the host's ports, the clock, event delivery and the conflict retry.
 * Immutable and thread-safe as long as the ports are.
 *
 * @param store programs and everything in them
 * @param activityLog the activity log, through the engagement tracker
 * @param outbox the message outbox
 * @param surveyResponses the survey answers
 * @param messageGateway the message gateway
 * @param directory the cached people directory
 * @param clock the engine's clock
 * @param validator the host's Jakarta validator, if one was given
 * @param events delivery of domain events to listeners
 * @param retry how version conflicts are retried
 * @param calendars each program's company calendar, for working days and closures
 * @param notifier writes and queues the engine's own messages to one person
 */
public record Engine(ProgramStore store, EngagementFeedingActivityLog activityLog, Outbox outbox,
        SurveyResponseStore surveyResponses, MessageGateway messageGateway, CachingPeopleDirectory directory,
        Clock clock, Optional<Validator> validator, EventDispatcher events, ConflictRetry retry,
        ProgramCalendars calendars, Notifier notifier) {

    /** @return the current instant on the engine's clock */
    public Instant now() {
        return clock.instant();
    }

    /**
     * @param zone a zone
     * @return today's date in that zone, on the engine's clock
     */
    public LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /**
     * @param tenant the tenant
     * @param id the program
     * @return the stored program
     * @throws NotFoundException if the tenant has no such program
     */
    public Program program(TenantId tenant, ProgramId id) {
        return store.findProgram(tenant, id).orElseThrow(() -> new NotFoundException("program", id.value()));
    }
}
