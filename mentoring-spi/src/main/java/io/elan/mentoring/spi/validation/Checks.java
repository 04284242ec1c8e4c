package io.elan.mentoring.spi.validation;

import io.elan.mentoring.spi.InvalidValueException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
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
 */
public final class Checks {
    /** Longest identifier accepted, in characters. */
    public static final int MAX_ID_LENGTH = 128;

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
                        "U+" + String.format(Locale.ROOT, "%04X", (int) value.charAt(i)) + " at index " + i);
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
            throw new InvalidValueException(field, "must be at most " + max + " characters", value.length() + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                throw new InvalidValueException(field, "must not contain control characters",
                        "U+" + String.format(Locale.ROOT, "%04X", (int) c) + " at index " + i);
            }
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
     * @return the zone
     */
    public static ZoneId zone(@Nullable String value, String field) {
        present(value, field);
        try {
            return ZoneId.of(value);
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
     * @return the text in double quotes, cut to 40 characters
     */
    public static String quote(String value) {
        String cut = value.length() > 40 ? value.substring(0, 40) + "…" : value;
        return "\"" + cut + "\"";
    }
}
