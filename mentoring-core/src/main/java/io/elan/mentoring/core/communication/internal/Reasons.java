package io.elan.mentoring.core.communication.internal;

/**
 * Makes the reason of a failure storable by any outbox: an exception's message or a provider's detail may hold control
 * characters or half a surrogate pair, which a store refuses, and may be blank or too long. Thread-safe.
 */
public final class Reasons {

    /** The longest reason an outbox keeps, in characters. */
    public static final int MAX_LENGTH = 1000;

    private Reasons() {}

    /**
     * @param text what went wrong, as it came
     * @return the text with every control character but line breaks and tabs, and every unpaired surrogate, replaced
     *     by U+FFFD, cut to {@value #MAX_LENGTH} characters; {@code "no reason given"} if nothing readable is left
     */
    public static String storable(String text) {
        StringBuilder clean = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 1));
        for (int i = 0; i < text.length() && clean.length() <= MAX_LENGTH; i++) {
            char c = text.charAt(i);
            boolean pairedHigh = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pairedHigh) {
                clean.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                clean.append('\uFFFD');
            } else {
                clean.append(c);
            }
        }
        String reason = clean.toString();
        return reason.isBlank() ? "no reason given" : Truncation.fit(reason, MAX_LENGTH);
    }
}
