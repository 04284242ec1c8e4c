package io.elan.mentoring.spi;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The identifier rule the three identifiers of this package run, kept here so that the package needs nothing from
 * {@code spi.validation} (which reads this package's exception): the same rule as
 * {@link io.elan.mentoring.spi.validation.Checks#id(String, String)}, with the same messages, checked in order:
 * present, not blank, at most {@value #MAX_LENGTH} characters, no control character other than line breaks and tabs, no
 * NUL character, no unpaired surrogate, no control character at all, no leading or trailing blanks.
 */
final class Identifiers {
    /** Longest identifier accepted, in characters; {@code Checks.MAX_ID_LENGTH} is the same number. */
    static final int MAX_LENGTH = 128;

    private Identifiers() {}

    /**
     * @param value the identifier
     * @param field the field name for the message
     * @throws InvalidValueException if the value breaks the rule, worded as {@code Checks.id} words it
     */
    static void check(@Nullable String value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        if (value.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException(field, "must be at most " + MAX_LENGTH + " characters",
                    value.length() + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new InvalidValueException(field, "must not contain control characters", codePoint(c, i));
            }
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                throw new InvalidValueException(field, "must not contain the NUL character", codePoint(c, i));
            }
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    throw new InvalidValueException(field, "must not contain an unpaired surrogate character",
                            codePoint(c, i));
                }
            }
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidValueException(field, "must not contain control characters",
                        codePoint(value.charAt(i), i));
            }
        }
        if (!value.equals(value.strip())) {
            throw new InvalidValueException(field, "must not start or end with blanks",
                    Violation.shown("\"" + value + "\""));
        }
    }

    private static String codePoint(char c, int index) {
        return "U+" + String.format(Locale.ROOT, "%04X", (int) c) + " at index " + index;
    }
}
