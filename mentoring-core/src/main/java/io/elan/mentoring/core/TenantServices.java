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

/** One tenant's services, as {@link Elan#tenant(TenantId)} hands them out. */
record TenantServices(TenantId tenant, Programs programs, Participants participants, Pairs pairs, Hotline hotline,
        FollowUpCalls followUps, ActivityReports activity, Matching matching, Calendars calendar,
        Communication communication, Engagement engagement, Surveys surveys, Privacy privacy) implements TenantScope {

    static TenantScope of(Engine engine, SurveyEngine surveyEngine, EngagementEngine engagementEngine,
            CommunicationServices communicationServices, PrivacyEngine privacyEngine, TenantId tenant) {
        FollowUpCallService calls = new FollowUpCallService(engine, tenant);
        PairChanges pairChanges = new PairChanges(engine, tenant);
        Programs programs = new ProgramService(engine, tenant, calls, pairChanges);
        Pairs pairs = new PairService(engine, tenant, pairChanges);
        return new TenantServices(tenant, programs, new ParticipantService(engine, tenant, calls), pairs,
                new HotlineService(engine, tenant), calls, new ActivityReportService(engine, tenant),
                new MatchingService(engine, tenant, programs, pairs), new CalendarService(engine, tenant),
                communicationServices.forTenant(tenant), engagementEngine.forTenant(tenant),
                new SurveyService(surveyEngine, tenant), new PrivacyService(privacyEngine, tenant, pairs));
    }
}
