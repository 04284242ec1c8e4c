package io.elan.mentoring.core;

import io.elan.mentoring.core.activity.ActivityReports;
import io.elan.mentoring.core.calendar.Calendars;
import io.elan.mentoring.core.communication.Communication;
import io.elan.mentoring.core.engagement.Engagement;
import io.elan.mentoring.core.followup.FollowUpCalls;
import io.elan.mentoring.core.hotline.Hotline;
import io.elan.mentoring.core.matching.Matching;
import io.elan.mentoring.core.program.Participants;
import io.elan.mentoring.core.privacy.Privacy;
import io.elan.mentoring.core.program.Pairs;
import io.elan.mentoring.core.program.Programs;
import io.elan.mentoring.core.survey.Surveys;
import io.elan.mentoring.spi.TenantId;

/**
 * Everything the engine does for one tenant's programs. Every call through it reads and writes that tenant's data only.
 * Obtained from {@link Elan#tenant(TenantId)}; cheap to create, immutable and thread-safe. Hosts use it and do not
 * implement it.
 */
public interface TenantScope {

    /** @return the tenant this scope works for */
    TenantId tenant();

    /** @return program definitions and the lifecycle */
    Programs programs();

    /** @return the participants: enrolling mentors and mentees, their preferences, and leaver checks */
    Participants participants();

    /** @return pairs: form, pause, resume, end, re-match */
    Pairs pairs();

    /** @return the hotline */
    Hotline hotline();

    /** @return individual follow-up calls */
    FollowUpCalls followUps();

    /** @return attendance and pair activity reports */
    ActivityReports activity();

    /** @return matching: proposals, re-matches, and their confirmation as pairs */
    Matching matching();

    /** @return the programs' calendars: planned from their definitions, re-planned, exported as .ics */
    Calendars calendar();

    /** @return monthly messages, broadcasts with catch-up and parity, useful replays and dead letters */
    Communication communication();

    /** @return engagement: weekly activity, assessments with their reasons, momentum and nudges */
    Engagement engagement();

    /** @return the anonymous questionnaires: waves, the respondent's form, answers and reports */
    Surveys surveys();

    /** @return personal data rights: erase a person everywhere, export what is kept about them */
    Privacy privacy();
}
