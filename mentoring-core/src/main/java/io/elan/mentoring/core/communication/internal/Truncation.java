package io.elan.mentoring.core.communication.internal;

/**
 * Shortens text to a number of UTF-16 characters without splitting a surrogate pair. Thread-safe.
 */
public final class Truncation {

    private Truncation() {}

    /**
     * @param text any text
     * @param max the most characters allowed, at least 2
     * @return the text if short enough, otherwise its start followed by an ellipsis, {@code max} characters at most
     */
    public static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
