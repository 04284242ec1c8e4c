package io.elan.mentoring.core.timer.internal;

import io.elan.mentoring.core.engagement.ProgramAssessment;
import io.elan.mentoring.core.engagement.internal.DisengagementDetector;
import io.elan.mentoring.core.engagement.internal.EngagementTracker;
import io.elan.mentoring.core.engagement.internal.NudgePolicy;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Program;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assesses each program once a program week, from the week's first day at the set local time, and applies the nudge
 * policy to the assessment. The tracker recounts the program's activity log first, so that every node assesses what
 * every node recorded: two nodes then find the same findings and queue the same nudges under the same keys, which the
 * outbox keeps once. Thread-safe.
 */
public final class WeeklyAssessmentJob {

    private final EngagementTracker tracker;
    private final DisengagementDetector detector;
    private final NudgePolicy nudges;
    private final LocalTime assessAt;
    private final Map<String, Long> assessedWeek = new ConcurrentHashMap<>();

    /**
     * @param tracker the weekly counters, recounted before each assessment
     * @param detector assesses a program
     * @param nudges turns the assessment into nudges and escalations
     * @param assessAt the local time from which a week's assessment is due on its first day
     */
    public WeeklyAssessmentJob(EngagementTracker tracker, DisengagementDetector detector, NudgePolicy nudges,
            LocalTime assessAt) {
        this.tracker = tracker;
        this.detector = detector;
        this.nudges = nudges;
        this.assessAt = assessAt;
    }

    /**
     * @param tenant the tenant
     * @param program a running or closing program
     * @param now the call's instant
     * @param budget what the call may still do
     * @return the nudges and escalations newly queued, or -1 if no assessment was due
     */
    public int run(TenantId tenant, Program program, Instant now, Budget budget) {
        LocalDate today = LocalDate.ofInstant(now, program.zone());
        long week = Math.floorDiv(ChronoUnit.DAYS.between(program.kickOff(), today), 7L);
        if (now.isBefore(program.kickOff().plusWeeks(week).atTime(assessAt).atZone(program.zone()).toInstant())) {
            week--;
        }
        String key = tenant.value() + '\n' + program.id().value();
        // The latest week whose assessment time has come is assessed once; week 0 has no completed week to read.
        if (week < 1 || assessedWeek.getOrDefault(key, -1L) >= week) {
            return -1;
        }
        if (budget.messagesLeft() == 0 || !budget.assessmentsLeft()) {
            budget.stoppedShort();
            return -1;
        }
        tracker.rebuild(tenant, program.id());
        ProgramAssessment assessment = detector.assess(tenant, program.id(), today);
        int queued = nudges.apply(assessment).enqueued().size();
        budget.spendAssessment();
        budget.spendMessages(queued);
        assessedWeek.put(key, week);
        return queued;
    }
}
