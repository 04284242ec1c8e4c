package io.elan.mentoring.core.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.elan.mentoring.core.communication.rendering.PlainTextRenderer;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class PlainTextLimitProperties {

    private static final int MAX_TEXT_LENGTH = 200;

    private static final Gen<String> ALPHA_WORDS = lists()
            .of(integers().between(0, 51).map(i -> (char) (i < 26 ? 'a' + i : 'A' + i - 26)))
            .ofSizeBetween(1, 12)
            .map(letters -> letters.stream().map(String::valueOf).collect(Collectors.joining()));

    /** Emoji (a surrogate pair, a joined family), right-to-left script, accents, markup and whitespace. */
    private static final Gen<String> TRICKY_WORDS = Generate.pick(
            List.of("🚀", "👩‍👩‍👧", "مرحبا", "é", "<b>", "\"", " ", "\n"));

    /**
     * Texts of 1 to 60 words, cut before the word that would pass {@value #MAX_TEXT_LENGTH} characters, never blank.
     */
    private static final Gen<String> TEXTS = lists().of(Generate.oneOf(ALPHA_WORDS, TRICKY_WORDS))
            .ofSizeBetween(1, 60)
            .map(PlainTextLimitProperties::wholeWordsUpToTheMaximum)
            .assuming(text -> !text.isBlank());

    /** The same texts on one line, as a title is: it becomes the subject of an e-mail. */
    private static final Gen<String> TITLES = TEXTS.map(text -> text.replace('\n', ' '));

    @Test
    @DisplayName("a text never exceeds its channel's limit nor splits a surrogate pair")
    void aTextNeverExceedsItsChannelLimitNorSplitsASurrogatePair() {
        qt().withExamples(200)
                .forAll(TITLES, TEXTS, booleans().all(), integers().between(PlainTextRenderer.MIN_LIMIT, 400))
                .checkAssert((title, paragraph, withAction, limit) -> {
                    PlainTextRenderer renderer = PlainTextRenderer.builder().limit(Channel.SMS, limit).build();
                    MessageContent content = new MessageContent(title, List.of(paragraph), List.of(paragraph),
                            List.of(), withAction ? Link.of("Go", "https://example.com/x") : null);

                    String text = renderer.render(content, Locale.FRENCH, Channel.SMS);
                    String whole = PlainTextRenderer.defaults().render(content, Locale.FRENCH, Channel.EMAIL);

                    assertThat(text.length()).as("length of %s", text).isLessThanOrEqualTo(limit);
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if (Character.isHighSurrogate(c)) {
                            assertThat(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                                    .as("the high surrogate at %d of %s is followed by its low surrogate", i, text)
                                    .isTrue();
                        }
                        if (Character.isLowSurrogate(c)) {
                            assertThat(i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))
                                    .as("the low surrogate at %d of %s follows its high surrogate", i, text)
                                    .isTrue();
                        }
                    }
                    if (whole.length() <= limit) {
                        assertThat(text).isEqualTo(whole);
                    } else {
                        assertThat(text).contains("…");
                    }
                });
    }

    private static String wholeWordsUpToTheMaximum(List<String> words) {
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            if (text.length() + word.length() > MAX_TEXT_LENGTH) {
                break;
            }
            text.append(word);
        }
        return text.toString();
    }
}
