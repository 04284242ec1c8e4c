package io.elan.mentoring.report.model;

import io.elan.mentoring.spi.validation.Checks;
import java.util.Comparator;
import java.util.List;

/**
 * One pair: who is in it, how it stands, why, and what happened to it.
 *
 * @param id the pair id
 * @param mentor its mentor
 * @param mentee its mentee
 * @param level how it stands on the report's date
 * @param findings its findings on that date, the pair's own then its members'
 * @param history what happened to it, oldest first
 * @param weeklyLevels its level at the end of each completed program week, week 0 first; a week it was not assessed
 *     in (not formed yet, paused) repeats the week before, or is {@link EngagementLevel#ENGAGED} before any
 */
public record PairRecord(String id, Member mentor, Member mentee, EngagementLevel level, List<PairFinding> findings,
        List<PairEvent> history, List<EngagementLevel> weeklyLevels) {
    /**
     * Validates every field, copies the lists and orders the history by date (stable for one day's events).
     *
     * @param id the pair id
     * @param mentor its mentor
     * @param mentee its mentee
     * @param level how it stands on the report's date
     * @param findings its findings on that date, the pair's own then its members'
     * @param history what happened to it, oldest first
     * @param weeklyLevels its level at the end of each completed program week, week 0 first; a week it was not assessed
     *         in (not formed yet, paused) repeats the week before, or is {@link EngagementLevel#ENGAGED} before any
     */
    public PairRecord {
        Checks.present(id, "id");
        Checks.present(mentor, "mentor");
        Checks.present(mentee, "mentee");
        Checks.present(level, "level");
        findings = List.copyOf(Checks.present(findings, "findings"));
        history = Checks.present(history, "history").stream().sorted(Comparator.comparing(PairEvent::date)).toList();
        weeklyLevels = List.copyOf(Checks.present(weeklyLevels, "weeklyLevels"));
    }

    /** @return the mentor's and the mentee's names, as the report names the pair */
    public String names() {
        return mentor.name() + " & " + mentee.name();
    }
}
