package io.elan.mentoring.samples.simulation;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.program.Role;

/**
 * One person of the synthetic company, with how they behave in the program.
 *
 * @param id their id in the directory
 * @param name their display name
 * @param role the community they join
 * @param prefersWhatsApp whether they asked to be reached on WhatsApp rather than by e-mail
 * @param attendance the chance they come to a collective touchpoint while their pair is going well
 * @param answersSurvey the chance they answer the mid-point questionnaire
 */
record SyntheticPerson(PersonId id, String name, Role role, boolean prefersWhatsApp, double attendance,
        double answersSurvey) {}
