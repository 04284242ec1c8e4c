package io.elan.mentoring.core.engagement.internal;

import io.elan.mentoring.core.engagement.Engagement;
import io.elan.mentoring.spi.TenantId;

/**
 * The engagement services of one engine, on the same ports, clock and settings: the tracker fed by every activity the
 * engine records, the detector that reads it and the nudge policy. All three are thread-safe.
 *
 * @param tracker counts activity per pair and person, week by week
 * @param detector assesses pairs, people and the program over the trailing window
 * @param nudges turns findings into nudges and escalations in the outbox
 */
public record EngagementEngine(EngagementTracker tracker, DisengagementDetector detector, NudgePolicy nudges) {

    /**
     * @param tenant a tenant
     * @return the engagement of that tenant's programs
     */
    public Engagement forTenant(TenantId tenant) {
        return new EngagementService(tracker, detector, nudges, tenant);
    }
}
