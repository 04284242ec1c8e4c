package io.elan.mentoring.spi.messaging;

import io.elan.mentoring.spi.InvalidValueException;
import jakarta.validation.constraints.Pattern;
import java.util.regex.Matcher;

/**
 * A way to reach a person: e-mail, WhatsApp, SMS, or any channel a gateway plugin brings (Teams, Slack...).
 * Channels are compared by name.
 *
 * @param name lower-case letters, digits, {@code -} or {@code _}, starting with a letter, at most 32 characters
 */
public record Channel(@Pattern(regexp = Channel.NAME_PATTERN) String name) {
    /** The rule a channel name follows. */
    public static final String NAME_PATTERN = "[a-z][a-z0-9_-]{0,31}";

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(NAME_PATTERN);

    /** E-mail. */
    public static final Channel EMAIL = new Channel("email");
    /** WhatsApp. */
    public static final Channel WHATSAPP = new Channel("whatsapp");
    /** SMS. */
    public static final Channel SMS = new Channel("sms");

    /**
     * Validates the name.
     *
     * @param name lower-case letters, digits, {@code -} or {@code _}, starting with a letter, at most 32 characters
     */
    public Channel {
        if (name == null) {
            throw new InvalidValueException("channel", "is required");
        }
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new InvalidValueException("channel",
                    "must be lower-case letters, digits, '-' or '_', starting with a letter, at most 32 characters",
                    "\"" + name + "\"");
        }
    }

    /**
     * @param name the channel name, such as {@code "email"} or {@code "teams"}
     * @return the channel
     */
    public static Channel of(String name) {
        return new Channel(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
