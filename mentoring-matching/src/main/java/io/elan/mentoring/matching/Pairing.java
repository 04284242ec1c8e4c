package io.elan.mentoring.matching;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.validation.Checks;

/**
 * A mentor and a mentee considered together: a pair a program team pins or excludes, or one a proposal holds.
 *
 * @param mentor the mentor
 * @param mentee the mentee, not the mentor
 */
public record Pairing(PersonId mentor, PersonId mentee) {

    /**
     * Checks both people are given and differ.
     *
     * @param mentor the mentor
     * @param mentee the mentee, not the mentor
     * @throws InvalidValueException naming {@code mentor}, {@code mentee} or the rule they break
     */
    public Pairing {
        Checks.present(mentor, "mentor");
        Checks.present(mentee, "mentee");
        if (mentor.equals(mentee)) {
            throw new InvalidValueException("mentee", "must not be the mentor", mentee);
        }
    }

    /**
     * @param mentor the mentor's id
     * @param mentee the mentee's id
     * @return the pairing
     */
    public static Pairing of(String mentor, String mentee) {
        return new Pairing(PersonId.of(mentor), PersonId.of(mentee));
    }

    @Override
    public String toString() {
        return mentor + " mentoring " + mentee;
    }
}
