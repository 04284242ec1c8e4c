package io.elan.mentoring.core;

import io.elan.mentoring.core.activity.ActivityReports;
import io.elan.mentoring.core.activity.internal.ActivityReportService;
import io.elan.mentoring.core.calendar.Calendars;
import io.elan.mentoring.core.calendar.internal.CalendarService;
import io.elan.mentoring.core.communication.Communication;
import io.elan.mentoring.core.communication.internal.CommunicationServices;
import io.elan.mentoring.core.engagement.Engagement;
import io.elan.mentoring.core.engagement.internal.EngagementEngine;
import io.elan.mentoring.core.followup.FollowUpCalls;
import io.elan.mentoring.core.followup.internal.FollowUpCallService;
import io.elan.mentoring.core.hotline.Hotline;
import io.elan.mentoring.core.hotline.internal.HotlineService;
import io.elan.mentoring.core.internal.Engine;
import io.elan.mentoring.core.matching.Matching;
import io.elan.mentoring.core.matching.internal.MatchingService;
import io.elan.mentoring.core.program.Participants;
import io.elan.mentoring.core.privacy.Privacy;
import io.elan.mentoring.core.privacy.internal.PrivacyEngine;
import io.elan.mentoring.core.privacy.internal.PrivacyService;
import io.elan.mentoring.core.program.Pairs;
import io.elan.mentoring.core.program.Programs;
import io.elan.mentoring.core.program.internal.ParticipantService;
import io.elan.mentoring.core.program.internal.PairChanges;
import io.elan.mentoring.core.program.internal.PairService;
import io.elan.mentoring.core.program.internal.ProgramService;
import io.elan.mentoring.core.survey.Surveys;
import io.elan.mentoring.core.survey.internal.SurveyEngine;
import io.elan.mentoring.core.survey.internal.SurveyService;
import io.elan.mentoring.spi.TenantId;

/**
 * Everything the engine does for one tenant's programs. Every call through it reads and writes that tenant's data
 * only. Obtained from {@link Elan#tenant(TenantId)}; cheap to create, immutable and thread-safe.
 */
public final class TenantScope {

    private final TenantId tenant;
    private final Programs programs;
    private final Participants enrolment;
    private final Pairs pairs;
    private final Hotline hotline;
    private final FollowUpCalls followUps;
    private final ActivityReports activity;
    private final Matching matching;
    private final Calendars calendar;
    private final Surveys surveys;
    private final Engagement engagement;
    private final Communication communication;
    private final Privacy privacy;

    TenantScope(Engine engine, SurveyEngine surveyEngine, EngagementEngine engagementEngine,
            CommunicationServices communicationServices, PrivacyEngine privacyEngine, TenantId tenant) {
        this.tenant = tenant;
        FollowUpCallService calls = new FollowUpCallService(engine, tenant);
        this.followUps = calls;
        PairChanges pairChanges = new PairChanges(engine, tenant);
        this.programs = new ProgramService(engine, tenant, calls, pairChanges);
        this.enrolment = new ParticipantService(engine, tenant, calls);
        this.pairs = new PairService(engine, tenant, pairChanges);
        this.hotline = new HotlineService(engine, tenant);
        this.activity = new ActivityReportService(engine, tenant);
        this.matching = new MatchingService(engine, tenant, programs, pairs);
        this.calendar = new CalendarService(engine, tenant);
        this.surveys = new SurveyService(surveyEngine, tenant);
        this.engagement = engagementEngine.forTenant(tenant);
        this.communication = communicationServices.forTenant(tenant);
        this.privacy = new PrivacyService(privacyEngine, tenant, pairs);
    }

    /** @return the tenant this scope works for */
    public TenantId tenant() {
        return tenant;
    }

    /** @return program definitions and the lifecycle */
    public Programs programs() {
        return programs;
    }

    /** @return the participants: enrolling mentors and mentees, their preferences, and leaver checks */
    public Participants participants() {
        return enrolment;
    }

    /** @return pairs: form, pause, resume, end, re-match */
    public Pairs pairs() {
        return pairs;
    }

    /** @return the hotline */
    public Hotline hotline() {
        return hotline;
    }

    /** @return individual follow-up calls */
    public FollowUpCalls followUps() {
        return followUps;
    }

    /** @return attendance and pair activity reports */
    public ActivityReports activity() {
        return activity;
    }

    /** @return matching: proposals, re-matches, and their confirmation as pairs */
    public Matching matching() {
        return matching;
    }

    /** @return the programs' calendars: planned from their definitions, re-planned, exported as .ics */
    public Calendars calendar() {
        return calendar;
    }

    /** @return monthly messages, broadcasts with catch-up and parity, useful replays and dead letters */
    public Communication communication() {
        return communication;
    }

    /** @return engagement: weekly activity, assessments with their reasons, momentum and nudges */
    public Engagement engagement() {
        return engagement;
    }

    /** @return the anonymous questionnaires: waves, the respondent's form, answers and reports */
    public Surveys surveys() {
        return surveys;
    }

    /** @return personal data rights: erase a person everywhere, export what is kept about them */
    public Privacy privacy() {
        return privacy;
    }
}
