package io.elan.mentoring.matching;

import java.util.Set;

/**
 * The hard rules and the score of a pairing, written again from the documentation alone, so that the properties do
 * not check the matcher against itself.
 */
final class RulesOracle {
    private final MatchingRules rules;
    private final Set<Pairing> exclusions;

    RulesOracle(MatchingRules rules, Set<Pairing> exclusions) {
        this.rules = rules;
        this.exclusions = exclusions;
    }

    /** Every hard rule but blocks and exclusions. */
    boolean compatible(MatchingProfile mentor, MatchingProfile mentee) {
        boolean reportingLine = mentee.managers().contains(mentor.person())
                || mentor.managers().contains(mentee.person());
        boolean language = !rules.sharedLanguageRequired()
                || mentor.languages().stream().anyMatch(mentee.languages()::contains);
        boolean level = mentor.level() - mentee.level() >= rules.minimumLevelGap();
        return !reportingLine && language && level;
    }

    boolean blockedOrExcluded(MatchingProfile mentor, MatchingProfile mentee) {
        return mentee.blocked().contains(mentor.person()) || mentor.blocked().contains(mentee.person())
                || exclusions.contains(new Pairing(mentor.person(), mentee.person()));
    }

    boolean allowed(MatchingProfile mentor, MatchingProfile mentee) {
        return compatible(mentor, mentee) && !blockedOrExcluded(mentor, mentee);
    }

    int score(MatchingProfile mentor, MatchingProfile mentee) {
        CriterionWeights w = rules.weights();
        int goals = mentee.topics().size();
        long shared = mentee.topics().stream().filter(mentor.topics()::contains).count();
        int topics = goals == 0 ? 0 : (int) (w.topics() * shared / goals);
        int away = Math.abs(mentor.level() - mentee.level() - rules.targetLevelGap());
        int level = away >= 3 ? 0 : w.levelGap() * (3 - away) / 3;
        int department = 0;
        if (rules.departmentPreference() != DepartmentPreference.NO_PREFERENCE && mentor.department() != null
                && mentee.department() != null) {
            boolean same = mentor.department().equals(mentee.department());
            boolean wanted = rules.departmentPreference() == DepartmentPreference.SAME_DEPARTMENT;
            department = same == wanted ? w.department() : 0;
        }
        WorkMode a = mentor.workMode();
        WorkMode b = mentee.workMode();
        int location;
        if (mentor.site() != null && mentor.site().equals(mentee.site()) && a != WorkMode.REMOTE
                && b != WorkMode.REMOTE) {
            location = w.location();
        } else if (a == WorkMode.REMOTE && b == WorkMode.REMOTE) {
            location = w.location();
        } else if (a != WorkMode.ON_SITE && b != WorkMode.ON_SITE) {
            location = w.location() / 2;
        } else {
            location = 0;
        }
        int wishes = w.wishes() * (strength(mentee.wishes().indexOf(mentor.person()))
                + strength(mentor.wishes().indexOf(mentee.person()))) / 10;
        return topics + level + department + location + wishes;
    }

    private static int strength(int index) {
        return index < 0 ? 0 : 5 - index;
    }
}
