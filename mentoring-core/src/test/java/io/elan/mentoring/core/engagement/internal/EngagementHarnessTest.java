package io.elan.mentoring.core.engagement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.engagement.EngagementSettings;
import io.elan.mentoring.core.engagement.EngagementStatus;
import io.elan.mentoring.core.engagement.Finding;
import io.elan.mentoring.core.engagement.internal.CountingOutcome;
import io.elan.mentoring.core.engagement.PairAssessment;
import io.elan.mentoring.core.engagement.ProgramAssessment;
import io.elan.mentoring.core.engagement.ReasonCode;
import io.elan.mentoring.core.engagement.WeeklyMomentum;
import io.elan.mentoring.scheduling.CompanyCalendar;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Program;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs the detector week by week over synthetic cohorts whose ground truth is known and measures precision, recall and
 * detection lead time; every assertion's message carries the whole measure, so a failure shows where the detector
 * stands. Lead time is counted in active weeks, quiet (blackout) weeks left out, as the detector counts them; the
 * largest lead in calendar weeks is measured too. A pair is flagged when its status is
 * {@link EngagementStatus#AT_RISK} or worse, the level at which nudges go out; {@link EngagementStatus#WATCH} is an
 * early sign shown to program managers, measured as well.
 */
class EngagementHarnessTest {

    private static final EngagementStatus FLAGGED = EngagementStatus.AT_RISK;

    private record Outcome(double recall, double calendarRecall, double falsePositiveRate, double precision, double meanLeadWeeks,
            int maxLeadWeeks, int maxCalendarLeadWeeks, double neverStartedRecall, double flaggedAfterBlackout,
            boolean momentumDropAfterBlackout, boolean momentumDropDuringDip, String earlySigns) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "recall %.3f within 8 active weeks (%.3f within 8 calendar weeks),"
                            + " steady pairs flagged %.3f, precision %.3f, mean lead %.1f active weeks (max %d; %d"
                            + " calendar weeks), never-started recall %.3f, steady pairs flagged during or right after"
                            + " the dip %.3f, momentum drop through the dip %s, momentum drop during the dip %s; %s",
                    recall, calendarRecall, falsePositiveRate, precision, meanLeadWeeks, maxLeadWeeks,
                    maxCalendarLeadWeeks, neverStartedRecall, flaggedAfterBlackout, momentumDropAfterBlackout,
                    momentumDropDuringDip, earlySigns);
        }
    }

    @ParameterizedTest(name = "cohort seed {0}")
    @ValueSource(longs = {20260826L, 7L, 1234567L})
    @DisplayName("fading pairs are flagged within 8 weeks, steady pairs rarely, and August does not flood")
    void harnessMeetsTheBounds(long seed) {
        SyntheticCohort cohort = new SyntheticCohort(seed, 200, 100, 30, true);
        Function<Program, CompanyCalendar> blackout = TestCalendars.closed(SyntheticCohort.BLACKOUT_FROM, SyntheticCohort.BLACKOUT_TO);
        Outcome outcome = run(cohort, blackout);
        String measured = "cohort seed " + seed + ", blackout declared: " + outcome;

        assertThat(outcome.recall).as("recall of fading pairs within 8 active weeks; %s", measured)
                .isGreaterThanOrEqualTo(0.9);
        assertThat(outcome.calendarRecall).as("recall of fading pairs within 8 calendar weeks; %s", measured)
                .isGreaterThanOrEqualTo(0.9);
        assertThat(outcome.falsePositiveRate).as("share of steady pairs ever flagged; %s", measured)
                .isLessThanOrEqualTo(0.10);
        assertThat(outcome.neverStartedRecall).as("recall of pairs that never started; %s", measured)
                .isGreaterThanOrEqualTo(0.9);
        assertThat(outcome.flaggedAfterBlackout).as("steady pairs flagged right after the blackout; %s", measured)
                .isLessThanOrEqualTo(0.10);
        assertThat(outcome.momentumDropAfterBlackout)
                .as("program momentum drop reported through the blackout; %s", measured).isFalse();
    }

    @Test
    @DisplayName("the same August dip without a declared blackout is reported as a program momentum drop")
    void undeclaredDipIsAMomentumDrop() {
        SyntheticCohort cohort = new SyntheticCohort(20260826L, 200, 0, 0, true);
        Outcome outcome = run(cohort, TestCalendars.NONE);
        assertThat(outcome.momentumDropDuringDip)
                .as("program momentum drop reported during the dip; no blackout declared: %s", outcome).isTrue();
    }

    private Outcome run(SyntheticCohort cohort, Function<Program, CompanyCalendar> exclusions) {
        EngagementTracker tracker = new EngagementTracker(cohort.store, cohort.log, cohort.clock,
                EngagementSettings.defaults());
        for (var e : cohort.events) {
            assertThat(tracker.record(SyntheticCohort.TENANT, e)).isEqualTo(CountingOutcome.COUNTED);
        }
        DisengagementDetector detector = new DisengagementDetector(tracker, cohort.store, exclusions);

        Map<PairId, Integer> firstFlagWeek = new HashMap<>();
        Set<PairId> neverStartedSeen = new HashSet<>();
        Set<PairId> flaggedAfterBlackout = new HashSet<>();
        Set<PairId> steadyWatched = new HashSet<>();
        Set<PairId> flaggedBeforeFade = new HashSet<>();
        Map<ReasonCode, Set<PairId>> steadyReasons = new EnumMap<>(ReasonCode.class);
        boolean dropAfter = false;
        boolean dropDuring = false;
        int[] activeCount = null;
        for (int week = 1; week < cohort.weeks; week++) {
            LocalDate asOf = SyntheticCohort.firstDay(week);
            ProgramAssessment a = detector.assess(SyntheticCohort.TENANT, SyntheticCohort.PROGRAM, asOf);
            if (activeCount == null || week == cohort.weeks - 1) {
                activeCount = activeBefore(a);
            }
            boolean afterBlackout = a.lastWeek() > SyntheticCohort.LAST_DIP_WEEK
                    && a.lastWeek() <= SyntheticCohort.LAST_DIP_WEEK + 3;
            boolean duringDip = a.lastWeek() >= SyntheticCohort.FIRST_DIP_WEEK
                    && a.lastWeek() <= SyntheticCohort.LAST_DIP_WEEK + 1;
            if (a.has(ReasonCode.PROGRAM_MOMENTUM_DROP)) {
                dropAfter |= afterBlackout || duringDip;
                dropDuring |= duringDip;
            }
            for (PairAssessment p : a.pairs()) {
                SyntheticCohort.Truth truth = cohort.truth(p.pair());
                if (p.status().atLeast(EngagementStatus.WATCH) && truth.kind() == SyntheticCohort.Kind.STEADY) {
                    steadyWatched.add(p.pair());
                }
                if (p.status().atLeast(FLAGGED)) {
                    if (truth.kind() == SyntheticCohort.Kind.FADING && a.lastWeek() < truth.fadeWeek()) {
                        flaggedBeforeFade.add(p.pair());
                    } else {
                        firstFlagWeek.putIfAbsent(p.pair(), a.lastWeek());
                    }
                    if ((afterBlackout || duringDip)
                            && cohort.truth(p.pair()).kind() == SyntheticCohort.Kind.STEADY) {
                        flaggedAfterBlackout.add(p.pair());
                    }
                }
                if (cohort.truth(p.pair()).kind() == SyntheticCohort.Kind.STEADY) {
                    for (Finding f : p.findings()) {
                        steadyReasons.computeIfAbsent(f.code(), c -> new HashSet<>()).add(p.pair());
                    }
                }
                if (p.has(ReasonCode.NEVER_STARTED)) {
                    neverStartedSeen.add(p.pair());
                }
            }
        }
        StringBuilder earlySigns = new StringBuilder(String.format(Locale.ROOT,
                "steady pairs ever at WATCH or worse: %d of %d, fading pairs flagged before their fade: %d",
                steadyWatched.size(), cohort.truths.stream().filter(t -> t.kind() == SyntheticCohort.Kind.STEADY)
                        .count(), flaggedBeforeFade.size()));
        steadyReasons.forEach((code, pairs) -> earlySigns.append(", steady pairs ever showing ").append(code)
                .append(": ").append(pairs.size()));
        int[] active = activeBefore(detector.assess(SyntheticCohort.TENANT, SyntheticCohort.PROGRAM,
                SyntheticCohort.CLOSING.plusDays(7)));

        int fading = 0;
        int detectedInTime = 0;
        int steady = 0;
        int steadyFlagged = 0;
        int neverStarted = 0;
        int truePositives = 0;
        int flagged = 0;
        long leadSum = 0;
        int fadingDetected = 0;
        int maxLead = 0;
        int maxCalendarLead = 0;
        int detectedInCalendarTime = 0;
        for (SyntheticCohort.Truth t : cohort.truths) {
            Integer flagWeek = firstFlagWeek.get(t.pair());
            switch (t.kind()) {
                case STEADY -> {
                    steady++;
                    if (flagWeek != null) {
                        steadyFlagged++;
                        flagged++;
                    }
                }
                case FADING -> {
                    fading++;
                    if (flaggedBeforeFade.contains(t.pair())) {
                        flagged++;
                    }
                    if (flagWeek != null) {
                        flagged++;
                        truePositives++;
                        fadingDetected++;
                        int lead = active[flagWeek + 1] - active[t.fadeWeek()];
                        leadSum += lead;
                        maxLead = Math.max(maxLead, lead);
                        maxCalendarLead = Math.max(maxCalendarLead, flagWeek + 1 - t.fadeWeek());
                        if (flagWeek + 1 - t.fadeWeek() <= 8) {
                            detectedInCalendarTime++;
                        }
                        if (lead <= 8) {
                            detectedInTime++;
                        }
                    }
                }
                case NEVER_STARTED -> {
                    neverStarted++;
                    if (flagWeek != null) {
                        flagged++;
                        truePositives++;
                    }
                }
            }
        }
        return new Outcome(
                fading == 0 ? 1 : (double) detectedInTime / fading,
                fading == 0 ? 1 : (double) detectedInCalendarTime / fading,
                steady == 0 ? 0 : (double) steadyFlagged / steady,
                flagged == 0 ? 1 : (double) truePositives / flagged,
                fadingDetected == 0 ? 0 : (double) leadSum / fadingDetected,
                maxLead,
                maxCalendarLead,
                neverStarted == 0 ? 1 : (double) neverStartedSeen.size() / neverStarted,
                steady == 0 ? 0 : (double) flaggedAfterBlackout.size() / steady,
                dropAfter, dropDuring, earlySigns.toString());
    }

    /** For each week w, how many active (not quiet) weeks come before it. */
    private static int[] activeBefore(ProgramAssessment a) {
        List<WeeklyMomentum> series = a.momentum();
        int[] before = new int[series.size() + 1];
        for (int w = 0; w < series.size(); w++) {
            before[w + 1] = before[w] + (series.get(w).quiet() ? 0 : 1);
        }
        return before;
    }
}
