package io.elan.mentoring.spi.validation;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import java.net.URI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The checks every SPI value runs in its compact constructor. Each failure is an
 * {@link InvalidValueException} whose message names the field and the rule, such as
 * {@code "name: must not be blank"}. Stateless and thread-safe.
 *
 * <h2>What every store keeps</h2>
 * The values carry every rule a store could otherwise add, so that every store, in memory or on a database, accepts
 * and refuses exactly the same values:
 * <ul>
 *   <li>text holds no NUL character (PostgreSQL refuses it) and no unpaired surrogate (UTF-8 cannot encode one), and
 *       no other control character than line breaks and tabs where it is {@linkplain #text text} or
 *       {@linkplain #id an identifier};</li>
 *   <li>dates are in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}, the range SQL dates are defined on;</li>
 *   <li>instants lie between {@link #EARLIEST_INSTANT} and {@link #LATEST_INSTANT}, what one signed 64-bit count of
 *       nanoseconds since the epoch holds, so that a store keeps them exactly in one number;</li>
 *   <li>languages are well-formed BCP 47 tags of at most {@value #MAX_LANGUAGE_TAG_LENGTH} characters that give the
 *       same {@link Locale} back, and zone ids have at most {@value #MAX_ZONE_ID_LENGTH} characters.</li>
 * </ul>
 */
public final class Checks {
    /** Longest identifier accepted, in characters. */
    public static final int MAX_ID_LENGTH = 128;
    /** The first year of a date. */
    public static final int MIN_YEAR = 1;
    /** The last year of a date. */
    public static final int MAX_YEAR = 9999;
    /** The earliest instant accepted: 2^63 nanoseconds before the epoch, 1677-09-21T00:12:43.145224192Z. */
    public static final Instant EARLIEST_INSTANT = Instant.ofEpochSecond(0, Long.MIN_VALUE);
    /** The latest instant accepted: 2^63 - 1 nanoseconds after the epoch, 2262-04-11T23:47:16.854775807Z. */
    public static final Instant LATEST_INSTANT = Instant.ofEpochSecond(0, Long.MAX_VALUE);
    /** Longest BCP 47 language tag accepted, in characters. */
    public static final int MAX_LANGUAGE_TAG_LENGTH = 255;
    /** Longest zone id accepted, in characters. */
    public static final int MAX_ZONE_ID_LENGTH = 64;

    private Checks() {}

    /**
     * @param value the value
     * @param field the field name for the message
     * @param <T> the type
     * @return the value
     * @throws InvalidValueException if it is null
     */
    public static <T> T present(@Nullable T value, String field) {
        if (value == null) {
            throw new InvalidValueException(field, "is required");
        }
        return value;
    }

    /**
     * An identifier: 1 to {@value #MAX_ID_LENGTH} characters, no control characters, no leading or trailing blanks.
     *
     * @param value the value
     * @param field the field name for the message
     * @return the value
     */
    public static String id(@Nullable String value, String field) {
        return id(value, field, MAX_ID_LENGTH);
    }

    /**
     * An identifier of 1 to {@code max} characters, no control characters, no leading or trailing blanks.
     *
     * @param value the value
     * @param field the field name for the message
     * @param max the most characters allowed
     * @return the value
     */
    public static String id(@Nullable String value, String field, int max) {
        text(value, field, max);
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new InvalidValueException(field, "must not contain control characters",
                        codePoint(value.charAt(i), i));
            }
        }
        if (!value.equals(value.strip())) {
            throw new InvalidValueException(field, "must not start or end with blanks", quote(value));
        }
        return value;
    }

    /**
     * Text that is not blank, at most {@code max} characters and free of control characters other than line breaks
     * and tabs.
     *
     * @param value the value
     * @param field the field name for the message
     * @param max the most characters allowed
     * @return the value
     */
    public static String text(@Nullable String value, String field, int max) {
        present(value, field);
        if (value.isBlank()) {
            throw new InvalidValueException(field, "must not be blank");
        }
        return boundedText(value, field, max);
    }

    /**
     * A single line of text that may become a header: an e-mail subject, a notification title, a display name. Not
     * blank, at most {@code max} characters, and free of every control character (line breaks and tabs included) and
     * of the Unicode line and paragraph separators, so that it can never end one header line and start another.
     *
     * @param value the value
     * @param field the field name for the message
     * @param max the most characters allowed
     * @return the value
     */
    public static String line(@Nullable String value, String field, int max) {
        present(value, field);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                throw new InvalidValueException(field,
                        "must be a single line: it may become a message header, so no line breaks, tabs or other"
                                + " control characters",
                        "U+" + String.format(Locale.ROOT, "%04X", (int) c) + " at index " + i);
            }
        }
        return text(value, field, max);
    }

    /**
     * Like {@link #text} but an empty or blank value is accepted.
     *
     * @param value the value
     * @param field the field name for the message
     * @param max the most characters allowed
     * @return the value
     */
    public static String boundedText(@Nullable String value, String field, int max) {
        present(value, field);
        if (value.length() > max) {
            throw new InvalidValueException(field, "must be at most " + max + " characters",
                    value.length() + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new InvalidValueException(field, "must not contain control characters", codePoint(c, i));
            }
        }
        return storableText(value, field);
    }

    /**
     * Text of any length that every store keeps exactly: no NUL character and no unpaired surrogate. The least rule
     * on text; {@link #text} and {@link #boundedText} add theirs to it.
     *
     * @param value the value
     * @param field the field name for the message
     * @return the value
     */
    public static String storableText(@Nullable String value, String field) {
        present(value, field);
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
        return value;
    }

    private static String codePoint(char c, int index) {
        return "U+" + String.format(Locale.ROOT, "%04X", (int) c) + " at index " + index;
    }

    /**
     * A date in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}.
     *
     * @param value the date
     * @param field the field name for the message
     * @return the date
     */
    public static LocalDate date(@Nullable LocalDate value, String field) {
        present(value, field);
        if (value.getYear() < MIN_YEAR || value.getYear() > MAX_YEAR) {
            throw new InvalidValueException(field, "must be in the years " + MIN_YEAR + " to " + MAX_YEAR, value);
        }
        return value;
    }

    /**
     * @param value a date, or null
     * @param field the field name for the message
     * @return the date, or null; a date is checked as {@link #date} does
     */
    public static @Nullable LocalDate optionalDate(@Nullable LocalDate value, String field) {
        return value == null ? null : date(value, field);
    }

    /**
     * An instant between {@link #EARLIEST_INSTANT} and {@link #LATEST_INSTANT}.
     *
     * @param value the instant
     * @param field the field name for the message
     * @return the instant
     */
    public static Instant instant(@Nullable Instant value, String field) {
        present(value, field);
        if (value.isBefore(EARLIEST_INSTANT) || value.isAfter(LATEST_INSTANT)) {
            throw new InvalidValueException(field, "must be between " + EARLIEST_INSTANT + " and " + LATEST_INSTANT,
                    value);
        }
        return value;
    }

    /**
     * @param value an instant, or null
     * @param field the field name for the message
     * @return the instant, or null; an instant is checked as {@link #instant} does
     */
    public static @Nullable Instant optionalInstant(@Nullable Instant value, String field) {
        return value == null ? null : instant(value, field);
    }

    /**
     * A language whose BCP 47 tag has at most {@value #MAX_LANGUAGE_TAG_LENGTH} characters and gives the same locale
     * back, so that a store keeping the tag keeps the language.
     *
     * @param value the language
     * @param field the field name for the message
     * @return the language
     */
    public static Locale locale(@Nullable Locale value, String field) {
        present(value, field);
        String tag = value.toLanguageTag();
        if (tag.length() > MAX_LANGUAGE_TAG_LENGTH || !Locale.forLanguageTag(tag).equals(value)) {
            throw new InvalidValueException(field, "must be a well-formed BCP 47 language tag of at most "
                    + MAX_LANGUAGE_TAG_LENGTH + " characters that gives the same language back", tag);
        }
        return value;
    }

    /**
     * A zone whose id has at most {@value #MAX_ZONE_ID_LENGTH} characters.
     *
     * @param value the zone
     * @param field the field name for the message
     * @return the zone
     */
    public static ZoneId zone(@Nullable ZoneId value, String field) {
        present(value, field);
        if (value.getId().length() > MAX_ZONE_ID_LENGTH) {
            throw new InvalidValueException(field, "must have an id of at most " + MAX_ZONE_ID_LENGTH + " characters",
                    quote(value.getId()));
        }
        return value;
    }

    /**
     * @param value the value
     * @param field the field name for the message
     * @return the value
     */
    public static long notNegative(long value, String field) {
        if (value < 0) {
            throw new InvalidValueException(field, "must not be negative", value);
        }
        return value;
    }

    /**
     * A bound such as the most records one call may touch.
     *
     * @param value the value
     * @param field the field name for the message
     * @return the value
     * @throws InvalidValueException if it is below 1
     */
    public static int atLeastOne(int value, String field) {
        if (value < 1) {
            throw new InvalidValueException(field, "must be at least 1", value);
        }
        return value;
    }

    /**
     * An absolute http or https link.
     *
     * @param url the link
     * @param field the field name for the message
     * @return the link
     */
    public static URI httpUrl(@Nullable URI url, String field) {
        present(url, field);
        String scheme = url.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new InvalidValueException(field, "must be an absolute http or https link", quote(url.toString()));
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new InvalidValueException(field, "must name a host", quote(url.toString()));
        }
        return url;
    }

    /**
     * An immutable copy of a list that must not hold nulls and at most {@code max} elements.
     *
     * @param list the list
     * @param field the field name for the message
     * @param max the most elements allowed
     * @param <T> the element type
     * @return the copy
     */
    public static <T> List<T> list(@Nullable List<T> list, String field, int max) {
        present(list, field);
        size(list, field, max);
        for (int i = 0; i < list.size(); i++) {
            present(list.get(i), field + "[" + i + "]");
        }
        return List.copyOf(list);
    }

    /**
     * An immutable copy of a set that must not hold nulls and at most {@code max} elements.
     *
     * @param set the set
     * @param field the field name for the message
     * @param max the most elements allowed
     * @param <T> the element type
     * @return the copy
     */
    public static <T> Set<T> set(@Nullable Set<T> set, String field, int max) {
        present(set, field);
        size(set, field, max);
        for (T element : set) {
            present(element, field + "[]");
        }
        return Set.copyOf(set);
    }

    /**
     * An immutable copy of a map of non-blank keys to non-null values, with at most {@code max} entries.
     *
     * @param map the map
     * @param field the field name for the message
     * @param max the most entries allowed
     * @param <V> the value type
     * @return the copy
     */
    public static <V> Map<String, V> map(@Nullable Map<String, V> map, String field, int max) {
        present(map, field);
        if (map.size() > max) {
            throw new InvalidValueException(field, "must have at most " + max + " entries", map.size() + " entries");
        }
        for (Map.Entry<String, V> e : map.entrySet()) {
            String key = present(e.getKey(), field + " key");
            text(key, field + " key", 64);
            present(e.getValue(), field + "[" + key + "]");
        }
        return Map.copyOf(map);
    }

    /**
     * Parses a zone id with a message that names the field.
     *
     * @param value the zone id
     * @param field the field name for the message
     * @return the zone, checked as {@link #zone(ZoneId, String)} does
     */
    public static ZoneId zone(@Nullable String value, String field) {
        present(value, field);
        try {
            return zone(ZoneId.of(value), field);
        } catch (DateTimeException e) {
            throw new InvalidValueException(field, "must be a known time zone id such as Europe/Paris", quote(value));
        }
    }

    private static void size(Collection<?> c, String field, int max) {
        if (c.size() > max) {
            throw new InvalidValueException(field, "must have at most " + max + " elements", c.size() + " elements");
        }
    }

    /**
     * @param value text
     * @return the text in double quotes, as {@link Violation#shown(Object)} shows text: invisible characters escaped,
     *     at most {@value Violation#MAX_SHOWN} characters, then {@code "…"}
     */
    public static String quote(String value) {
        return Violation.shown("\"" + value + "\"");
    }

    /**
     * @return an empty collector, for a value whose every broken rule is reported at once
     */
    public static Collector collector() {
        return new Collector();
    }

    /**
     * Collects the broken rules of a whole value or definition, so that one {@link InvalidValueException} lists all
     * of them. Not thread-safe: one per check.
     */
    public static final class Collector {
        private final List<Violation> violations = new ArrayList<>();

        private Collector() {}

        /**
         * @param condition what must hold
         * @param field the field that breaks the rule
         * @param rule the rule
         * @return whether the condition held
         */
        public boolean that(boolean condition, String field, String rule) {
            if (!condition) {
                violations.add(Violation.of(field, rule));
            }
            return condition;
        }

        /**
         * @param condition what must hold
         * @param field the field that breaks the rule
         * @param rule the rule
         * @param rejected the rejected value
         * @return whether the condition held
         */
        public boolean that(boolean condition, String field, String rule, Object rejected) {
            if (!condition) {
                violations.add(Violation.of(field, rule, rejected));
            }
            return condition;
        }

        /**
         * @param value the value
         * @param field the field
         * @return whether the value is present
         */
        public boolean present(@Nullable Object value, String field) {
            return that(value != null, field, "is required");
        }

        /**
         * A key such as a questionnaire's or an item's: 1 to {@code max} characters of letters, digits, dots, dashes
         * and underscores.
         *
         * @param value the value
         * @param field the field
         * @param max the most characters
         * @return whether the value is a valid identifier
         */
        public boolean key(@Nullable String value, String field, int max) {
            if (!present(value, field)) {
                return false;
            }
            return that(value.length() <= max && value.matches("[A-Za-z0-9._-]+"), field,
                    "must be 1 to " + max + " letters, digits, dots, dashes or underscores", quote(value));
        }

        /**
         * @param value the value
         * @param field the field
         * @param max the most characters
         * @return whether the value is non-blank text of at most {@code max} characters
         */
        public boolean text(@Nullable String value, String field, int max) {
            if (!present(value, field)) {
                return false;
            }
            return that(!value.isBlank(), field, "must not be blank")
                    && that(value.length() <= max, field, "must be at most " + max + " characters",
                            value.length() + " characters");
        }

        /** @param violation a violation found elsewhere */
        public void add(Violation violation) {
            violations.add(violation);
        }

        /** @return whether nothing was violated so far */
        public boolean ok() {
            return violations.isEmpty();
        }

        /** @throws InvalidValueException listing every violation, if there is any */
        public void orThrow() {
            if (!violations.isEmpty()) {
                throw new InvalidValueException(violations);
            }
        }
    }
}
