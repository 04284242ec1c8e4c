package io.elan.mentoring.scheduling.ics;

import io.elan.mentoring.spi.InvalidValueException;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.regex.Pattern;

/**
 * A person in an invitation: the organizer or an attendee.
 *
 * @param name the display name, 1 to 200 characters
 * @param email the e-mail address, written as a {@code mailto:} URI in the calendar
 */
public record CalendarParty(@NotBlank @Size(max = 200) String name, @NotBlank @Email String email) {
    private static final Pattern EMAIL = Pattern.compile("[^@\\s\"<>:;,]+@[^@\\s\"<>:;,]+");

    /**
     * Validates the fields.
     *
     * @param name the display name, 1 to 200 characters
     * @param email the e-mail address, written as a {@code mailto:} URI in the calendar
     */
    public CalendarParty {
        if (name == null || name.isBlank() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValueException("name", "must be 1 to 200 characters without control characters", name);
        }
        if (email == null || !EMAIL.matcher(email).matches()) {
            throw new InvalidValueException("email", "must be an e-mail address such as ana@example.com", email);
        }
    }
}
