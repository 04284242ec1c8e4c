package io.elan.mentoring.spi;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One broken rule: the field (a dotted path such as {@code pairs[2].mentee}), the rule, and a sentence for people.
 *
 * <p>A message never echoes a rejected value whole: {@link #shown(Object)} is how every message of Élan shows one.
 *
 * @param field the field or path that breaks the rule
 * @param rule the rule, short and stable (for example {@code "must not be blank"})
 * @param message a complete sentence naming the field, the rule and, where safe, the rejected value
 */
public record Violation(String field, String rule, String message) {
    /** Most characters of a rejected value a message shows; a longer value is cut and ends with {@code "…"}. */
    public static final int MAX_SHOWN = 40;

    /**
     * Validates that every part is present.
     *
     * @param field the field or path that breaks the rule
     * @param rule the rule, short and stable (for example {@code "must not be blank"})
     * @param message a complete sentence naming the field, the rule and, where safe, the rejected value
     */
    public Violation {
        requireNonNull(field, "field");
        requireNonNull(rule, "rule");
        requireNonNull(message, "message");
    }

    /**
     * A violation whose message is {@code "<field>: <rule>"}.
     *
     * @param field the field
     * @param rule the rule it breaks
     * @return the violation
     */
    public static Violation of(String field, String rule) {
        return new Violation(field, rule, field + ": " + rule);
    }

    /**
     * A violation whose message is {@code "<field>: <rule> (was <value>)"}.
     *
     * @param field the field
     * @param rule the rule it breaks
     * @param rejected the rejected value, shown in the message as {@link #shown(Object)} shows it
     * @return the violation
     */
    public static Violation of(String field, String rule, Object rejected) {
        return new Violation(field, rule, field + ": " + rule + " (was " + shown(rejected) + ")");
    }

    /**
     * A value as a message shows it: its text with every control character and every unpaired surrogate written as
     * a backslash, {@code u} and four hexadecimal digits (as in Java source), cut after {@value #MAX_SHOWN}
     * characters, where it ends with {@code "…"}; an escape or a surrogate pair is never cut in two. Text in double
     * quotes keeps them, with at most {@value #MAX_SHOWN} characters between. Showing a shown value changes nothing,
     * so a message may show what another one showed.
     *
     * @param value any value
     * @return how a message shows it
     */
    public static String shown(@Nullable Object value) {
        String text = String.valueOf(value);
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return "\"" + cut(escaped(text.substring(1, text.length() - 1))) + "\"";
        }
        return cut(escaped(text));
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String cut(String text) {
        if (text.length() <= MAX_SHOWN) {
            return text;
        }
        int end = 0;
        while (end < text.length()) {
            int unit = unitAt(text, end);
            if (end + unit > MAX_SHOWN) {
                break;
            }
            end += unit;
        }
        return text.substring(0, end) + "…";
    }

    /** The length of what must stay whole at {@code i}: an escape, a surrogate pair, or one character. */
    private static int unitAt(String text, int i) {
        if (text.startsWith("\\u", i) && i + 6 <= text.length()
                && text.substring(i + 2, i + 6).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return 6;
        }
        if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1))) {
            return 2;
        }
        return 1;
    }
}
