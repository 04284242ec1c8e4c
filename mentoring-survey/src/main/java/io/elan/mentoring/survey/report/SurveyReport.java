package io.elan.mentoring.survey.report;

import java.util.List;
import java.util.Objects;

/**
 * The results of one wave as they may be shown: every figure has passed the anonymity guard, and every withheld
 * figure says why.
 *
 * @param header what the report is about
 * @param groups the whole wave first, then each role, then each cohort
 * @param mentorsVsMentees per item asked of both tracks, mentors compared with mentees
 * @param workshopThemes the themes to suggest for the workshop, most pressing first
 * @param pairsStanding where the pairs stand: meeting pace and relationship, over the whole wave
 */
public record SurveyReport(ReportHeader header, List<GroupReport> groups, List<ItemComparison> mentorsVsMentees,
        List<ThemeSuggestion> workshopThemes, PairsStanding pairsStanding) {
    /**
     * Copies the lists.
     *
     * @param header what the report is about
     * @param groups the whole wave first, then each role, then each cohort
     * @param mentorsVsMentees per item asked of both tracks, mentors compared with mentees
     * @param workshopThemes the themes to suggest for the workshop, most pressing first
     * @param pairsStanding where the pairs stand: meeting pace and relationship, over the whole wave
     */
    public SurveyReport {
        Objects.requireNonNull(header, "header");
        groups = List.copyOf(groups);
        mentorsVsMentees = List.copyOf(mentorsVsMentees);
        workshopThemes = List.copyOf(workshopThemes);
        Objects.requireNonNull(pairsStanding, "pairsStanding");
    }
}
