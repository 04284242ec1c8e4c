package io.elan.mentoring.core.communication.internal;

import io.elan.mentoring.spi.messaging.MessageContent;
import java.util.Locale;

/** Turns the team's version of a broadcast into what one recipient reads, adding Élan's own texts. */
@FunctionalInterface
interface ContentComposer {
    /** Sends the team's words as they are. */
    ContentComposer AS_WRITTEN = (version, locale, chain) -> version;

    /**
     * @param version the team's words, in {@code locale}
     * @param locale the language of the version: the message's language
     * @param chain where Élan's own texts are looked up, starting with {@code locale}
     * @return what the recipient reads
     */
    MessageContent compose(MessageContent version, Locale locale, LocaleChain chain);
}
