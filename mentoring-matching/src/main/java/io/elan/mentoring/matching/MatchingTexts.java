package io.elan.mentoring.matching;

import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.validation.Checks;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Says matching's results in words a program team reads, with the numbers behind them, in French or English; any
 * other language gets English. Stateless and thread-safe.
 */
public final class MatchingTexts {
    /** The base name of the resource bundle that holds the texts. */
    public static final String BUNDLE = "io.elan.mentoring.matching.MatchingMessages";

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Creates the texts. */
    public MatchingTexts() {}

    /**
     * @param criterion what a criterion gave a pair
     * @param locale the reader's language
     * @return one sentence: the facts, then the points
     */
    public String describe(CriterionScore criterion, Locale locale) {
        Checks.present(criterion, "criterion");
        String points = format("points", locale, criterion.points(), criterion.maxPoints());
        if (criterion instanceof CriterionScore.SharedTopics topics) {
            if (topics.goals() == 0) {
                return format("topics.none", locale, points);
            }
            String key = topics.shared().isEmpty() ? "topics.nothing" : "topics.shared";
            return format(key, locale, points, topics.shared().size(), topics.goals(),
                    String.join(", ", topics.shared()));
        }
        if (criterion instanceof CriterionScore.LevelGap level) {
            int gap = level.gap();
            String phrase = gap > 1 ? format("level.above", locale, gap)
                    : gap == 1 ? format("level.above1", locale)
                    : gap == 0 ? format("level.same", locale)
                    : gap == -1 ? format("level.below1", locale)
                    : format("level.below", locale, -gap);
            return format(gap == level.target() ? "level.atTarget" : "level.offTarget", locale, points, phrase,
                    level.target());
        }
        if (criterion instanceof CriterionScore.Department department) {
            if (!department.known()) {
                return format("department.unknown", locale, points);
            }
            boolean wanted = department.same()
                    == (department.preference() == DepartmentPreference.SAME_DEPARTMENT);
            String key = "department." + (department.same() ? "same" : "other") + (wanted ? ".wanted" : ".unwanted");
            return format(key, locale, points, department.mentorDepartment(), department.menteeDepartment());
        }
        if (criterion instanceof CriterionScore.Location location) {
            return format("location." + location.fit().name(), locale, points, location.site());
        }
        CriterionScore.Wishes wishes = (CriterionScore.Wishes) criterion;
        String key = wishes.mutual() ? "wishes.mutual" : wishes.menteeRank() > 0 ? "wishes.mentee"
                : wishes.mentorRank() > 0 ? "wishes.mentor" : "wishes.none";
        return format(key, locale, points, wishes.menteeRank(), wishes.mentorRank());
    }

    /**
     * @param unmatched a person left without a pair
     * @param locale the reader's language
     * @return the reason, then what the hard rules ruled out, with the numbers
     */
    public String describe(Unmatched unmatched, Locale locale) {
        Checks.present(unmatched, "unmatched");
        String key = unmatched.reason() == UnmatchedReason.BLOCKED
                ? "unmatched." + (unmatched.role() == Role.MENTEE ? "MENTEE" : "MENTOR") + ".BLOCKED"
                : "unmatched." + unmatched.reason().name();
        String reason = format(key, locale, null, unmatched.candidates(), null, unmatched.compatible());
        if (unmatched.ruledOut().isEmpty()) {
            return reason;
        }
        List<String> counts = new ArrayList<>();
        for (Map.Entry<HardRule, Integer> entry : unmatched.ruledOut().entrySet()) {
            counts.add(format("rule." + entry.getKey().name(), locale, entry.getValue()));
        }
        return reason + " " + format("ruledOut", locale, String.join(", ", counts));
    }

    /**
     * @param rule a hard rule a pairing breaks
     * @param locale the reader's language
     * @return why the rule rules the pairing out
     */
    public String describe(HardRule rule, Locale locale) {
        return format("broken." + Checks.present(rule, "rule").name(), locale);
    }

    /**
     * @param reason why people are left out
     * @param locale the reader's language
     * @return a short label, for a table or a chart
     */
    public String label(UnmatchedReason reason, Locale locale) {
        return format("label." + Checks.present(reason, "reason").name(), locale);
    }

    private String format(String key, Locale locale, Object... arguments) {
        Checks.present(locale, "locale");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_DEFAULT_LOCALE);
        return new MessageFormat(bundle.getString(key), bundle.getLocale().getLanguage().isEmpty()
                ? Locale.ENGLISH : bundle.getLocale()).format(arguments);
    }
}
