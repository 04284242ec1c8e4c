package io.elan.mentoring.core.engagement.internal;

import io.elan.mentoring.core.engagement.Engagement;
import io.elan.mentoring.core.engagement.EngagementSettings;
import io.elan.mentoring.core.engagement.NudgeReport;
import io.elan.mentoring.core.engagement.ProgramAssessment;
import io.elan.mentoring.core.engagement.WeeklyActivity;
import io.elan.mentoring.core.engagement.WeeklyMomentum;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.PairId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link Engagement} for one tenant, over the engine's tracker, detector and nudge policy. Immutable and thread-safe.
 *
 * @param tracker the engine's weekly counters
 * @param detector the engine's detector
 * @param nudges the engine's nudge policy
 * @param tenant the tenant this service works for
 */
public record EngagementService(EngagementTracker tracker, DisengagementDetector detector, NudgePolicy nudges,
        TenantId tenant) implements Engagement {

    @Override
    public ProgramAssessment assess(ProgramId program) {
        return detector.assess(tenant, Objects.requireNonNull(program, "program"));
    }

    @Override
    public ProgramAssessment assess(ProgramId program, LocalDate asOf) {
        return detector.assess(tenant, Objects.requireNonNull(program, "program"), asOf);
    }

    @Override
    public List<ProgramAssessment> assessAll() {
        return detector.assessAll(tenant);
    }

    @Override
    public List<WeeklyMomentum> momentum(ProgramId program, LocalDate asOf) {
        return detector.momentum(tenant, Objects.requireNonNull(program, "program"), asOf);
    }

    @Override
    public NudgeReport nudge(ProgramAssessment assessment) {
        if (!assessment.tenant().equals(tenant)) {
            throw new InvalidValueException("assessment", "must be of this tenant's programs", assessment.tenant());
        }
        return nudges.apply(assessment);
    }

    @Override
    public WeeklyActivity weeklyActivity(ProgramId program) {
        return tracker.weeklyActivity(tenant, Objects.requireNonNull(program, "program"));
    }

    @Override
    public void recount(ProgramId program) {
        tracker.rebuild(tenant, Objects.requireNonNull(program, "program"));
    }

    @Override
    public long stateBytes(ProgramId program) {
        return tracker.stateBytes(tenant, Objects.requireNonNull(program, "program"));
    }

    @Override
    public Optional<PairId> escalatedPair(OutgoingMessage message) {
        if (!message.tenant().equals(tenant)) {
            throw new InvalidValueException("message", "must be of this tenant's outbox", message.tenant());
        }
        return nudges.escalatedPair(tenant, message);
    }

    @Override
    public EngagementSettings settings() {
        return tracker.settings();
    }
}
