package io.elan.mentoring.spi.survey;

import io.elan.mentoring.spi.validation.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The single-use token under which one anonymous response is stored. The survey module stores a derived form of the
 * token handed to the respondent, so that the stored value cannot be joined back to the person it was issued to.
 *
 * @param value 1 to 128 characters, no control characters, no leading or trailing blanks
 */
public record ResponseToken(@NotBlank @Size(max = Checks.MAX_ID_LENGTH) String value) {
    /**
     * Validates the token.
     *
     * @param value 1 to 128 characters, no control characters, no leading or trailing blanks
     */
    public ResponseToken {
        Checks.id(value, "responseToken");
    }

    /**
     * @param value the token
     * @return the token
     */
    public static ResponseToken of(String value) {
        return new ResponseToken(value);
    }

    /** @return a fixed text: tokens are secrets and stay out of logs */
    @Override
    public String toString() {
        return "ResponseToken[***]";
    }
}
