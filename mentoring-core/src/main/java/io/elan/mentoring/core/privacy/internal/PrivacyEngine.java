package io.elan.mentoring.core.privacy.internal;

import io.elan.mentoring.core.directory.CachingPeopleDirectory;
import io.elan.mentoring.core.engagement.internal.EngagementTracker;
import io.elan.mentoring.core.internal.EventDispatcher;
import io.elan.mentoring.core.privacy.RetentionSettings;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityLog;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.messaging.Outbox;
import io.elan.mentoring.spi.privacy.ErasureReceipts;
import io.elan.mentoring.spi.program.ProgramStore;
import io.elan.mentoring.spi.survey.TokenRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Every port personal data lives in, and the settings of its retention: what the privacy services of each tenant and
 * the timer call's retention step share. Immutable and thread-safe as long as the ports are.
 *
 * @param store programs and everything in them
 * @param activityLog the host's activity log, written past the engagement tracker
 * @param outbox the outbox
 * @param broadcasts the broadcast log
 * @param invitations the survey token registry
 * @param receipts where erasure receipts are kept
 * @param directory the engine's cache of the people directory
 * @param tracker the engagement tracker, whose counters per person are kept in memory
 * @param events delivery of domain events
 * @param clock the engine's clock
 * @param random where pseudonyms and receipt ids are drawn from
 * @param retention the retention of tenants without settings of their own
 * @param retentionByTenant the tenants with settings of their own
 */
public record PrivacyEngine(ProgramStore store, ActivityLog activityLog, Outbox outbox, BroadcastLog broadcasts,
        TokenRegistry invitations, ErasureReceipts receipts, CachingPeopleDirectory directory,
        EngagementTracker tracker, EventDispatcher events, Clock clock, SecureRandom random,
        RetentionSettings retention, Map<TenantId, RetentionSettings> retentionByTenant) {

    /** Copies the per-tenant settings. */
    public PrivacyEngine {
        Objects.requireNonNull(retention, "retention");
        retentionByTenant = Map.copyOf(retentionByTenant);
    }

    /**
     * @param tenant a tenant
     * @return its retention settings
     */
    public RetentionSettings retentionOf(TenantId tenant) {
        return retentionByTenant.getOrDefault(tenant, retention);
    }
}
