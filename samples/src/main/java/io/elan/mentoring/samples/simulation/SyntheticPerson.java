package io.elan.mentoring.samples.simulation;

import io.elan.mentoring.matching.WorkMode;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.program.Role;
import java.util.List;

/**
 * One person of the synthetic company: what the program's form collects for matching (the directory holds their
 * department, manager and language), and how they behave in the program.
 *
 * @param id their id in the directory
 * @param name their display name
 * @param role the community they join
 * @param prefersWhatsApp whether they asked to be reached on WhatsApp rather than by e-mail
 * @param attendance the chance they come to a collective touchpoint while their pair is going well
 * @param answersSurvey the chance they answer the mid-point questionnaire
 * @param site the site they work at
 * @param workMode how they want to meet
 * @param level their seniority level
 * @param languages the languages they speak besides the one they read
 * @param topics what a mentor can help with, or a mentee's goals
 * @param wishes the mentors a mentee would like, most wanted first
 */
record SyntheticPerson(PersonId id, String name, Role role, boolean prefersWhatsApp, double attendance,
        double answersSurvey, String site, WorkMode workMode, int level, List<String> languages, List<String> topics,
        List<PersonId> wishes) {

    /** Copies the lists. */
    SyntheticPerson {
        languages = List.copyOf(languages);
        topics = List.copyOf(topics);
        wishes = List.copyOf(wishes);
    }

    /**
     * @param behaviour how the pair they are matched into behaves
     * @return this person as they behave in it: someone whose pair never starts rarely comes, and answers the
     *     questionnaire less the worse their pair goes
     */
    SyntheticPerson inPair(PairBehaviour behaviour) {
        double comes = behaviour.kind() == PairBehaviour.Kind.NEVER_STARTS ? 0.15 : attendance;
        double answers = switch (behaviour.kind()) {
            case STEADY -> 0.9;
            case FADING -> 0.6;
            case NEVER_STARTS -> 0.3;
        };
        return new SyntheticPerson(id, name, role, prefersWhatsApp, comes, answers, site, workMode, level, languages,
                topics, wishes);
    }
}
