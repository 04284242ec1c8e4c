package io.elan.mentoring.core.communication;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PlainTextLimitProperties {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> words = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("🚀", "👩‍👩‍👧", "مرحبا", "é", "<b>", "\"", " ", "\n"));
        return words.list().ofMinSize(1).ofMaxSize(60).map(parts -> String.join("", parts))
                .filter(s -> !s.isBlank() && s.length() <= 200);
    }

    @Property(tries = 200)
    void aTextNeverExceedsItsChannelLimitNorSplitsASurrogatePair(
            @ForAll("texts") String title,
            @ForAll("texts") String paragraph,
            @ForAll boolean withAction,
            @ForAll @IntRange(min = PlainTextRenderer.MIN_LIMIT, max = 400) int limit) {
        PlainTextRenderer renderer = PlainTextRenderer.builder().limit(Channel.SMS, limit).build();
        MessageContent content = new MessageContent(title, List.of(paragraph), List.of(paragraph), List.of(),
                withAction ? Link.of("Go", "https://example.com/x") : null);

        String text = renderer.render(content, Locale.FRENCH, Channel.SMS);
        String whole = PlainTextRenderer.defaults().render(content, Locale.FRENCH, Channel.EMAIL);

        assertThat(text.length()).isLessThanOrEqualTo(limit);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))).isTrue();
            }
            if (Character.isLowSurrogate(c)) {
                assertThat(i > 0 && Character.isHighSurrogate(text.charAt(i - 1))).isTrue();
            }
        }
        if (whole.length() <= limit) {
            assertThat(text).isEqualTo(whole);
        } else {
            assertThat(text).contains("…");
        }
    }
}
