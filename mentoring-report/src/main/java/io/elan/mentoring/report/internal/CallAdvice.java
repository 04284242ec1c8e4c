package io.elan.mentoring.report.internal;

import io.elan.mentoring.report.model.Member;
import io.elan.mentoring.report.model.PairFinding;
import io.elan.mentoring.report.model.PairRecord;
import java.util.Comparator;
import java.util.Optional;

/**
 * Whom the programme manager calls first about a pair, and why: the member the most severe finding is about, when
 * it is about one member; when it is about the pair as a whole, the member who came to fewer collective sessions in
 * the window, who is drifting furthest; and at equal attendance the mentee, whom the program is for.
 *
 * @param member the person to call
 * @param why the reason, as a sentence
 */
public record CallAdvice(Member member, String why) {

    /**
     * @param pair a pair needing attention
     * @param words the report's language
     * @param numbers how numbers are written
     * @param labels the names of findings
     * @return whom to call
     */
    public static CallAdvice of(PairRecord pair, Words words, Numbers numbers, Labels labels) {
        Optional<PairFinding> worst = pair.findings().stream().max(Comparator.comparing(PairFinding::severity)
                .thenComparing(f -> f.person() != null));
        if (worst.isPresent() && worst.get().person() != null) {
            Member member = pair.mentor().id().equals(worst.get().person()) ? pair.mentor() : pair.mentee();
            return new CallAdvice(member, words.format("personne concernée par le constat le plus grave : %s.",
                    "the person the most severe finding is about: %s.", labels.finding(worst.get().code())));
        }
        Member mentor = pair.mentor();
        Member mentee = pair.mentee();
        String mentorShare = numbers.percent(mentor.attendance());
        String menteeShare = numbers.percent(mentee.attendance());
        if (mentorShare.equals(menteeShare)) {
            return new CallAdvice(mentee, words.format(
                    "même présence aux temps collectifs des deux côtés (%s) ; le programme est d’abord pour le "
                            + "mentoré.",
                    "both came to the same share of collective sessions (%s); the program is for the mentee "
                            + "first.", menteeShare));
        }
        Member call = mentor.attendance() < mentee.attendance() ? mentor : mentee;
        Member other = call == mentor ? mentee : mentor;
        return new CallAdvice(call, words.format(
                "présence à %s des temps collectifs récents, contre %s pour %s.",
                "came to %s of recent collective sessions, against %s for %s.",
                numbers.percent(call.attendance()), numbers.percent(other.attendance()), other.name()));
    }
}
