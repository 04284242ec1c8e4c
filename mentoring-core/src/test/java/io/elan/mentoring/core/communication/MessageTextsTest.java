package io.elan.mentoring.core.communication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.communication.rendering.MessageTexts;
import io.elan.mentoring.spi.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MessageTextsTest {

    private static final Locale GERMAN = Locale.GERMAN;

    private static Properties shipped(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageTexts.class.getResourceAsStream(
                "/io/elan/mentoring/core/communication/messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    @DisplayName("French and English ship the same keys, none of them blank")
    void frenchAndEnglishComplete() throws IOException {
        Properties english = shipped("");
        Properties french = shipped("_fr");

        assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames()).isNotEmpty();
        assertThat(french.values()).allSatisfy(v -> assertThat((String) v).isNotBlank());
        assertThat(english.values()).allSatisfy(v -> assertThat((String) v).isNotBlank());
    }

    @Test
    @DisplayName("a text is in the recipient's language when Élan has it")
    void recipientLanguage() {
        MessageTexts texts = MessageTexts.defaults();

        assertThat(texts.format("replay.title", Locale.ENGLISH, Locale.FRENCH, "Écoute"))
                .isEqualTo("Useful replay: Écoute");
        assertThat(texts.format("replay.title", Locale.CANADA_FRENCH, Locale.ENGLISH, "Écoute"))
                .isEqualTo("Replay utile\u00a0: Écoute");
    }

    @Test
    @DisplayName("a missing translation falls back to the program's language, then English")
    void fallback() {
        MessageTexts texts = MessageTexts.defaults();

        assertThat(texts.format("render.links", GERMAN, Locale.FRENCH)).isEqualTo("Liens");
        assertThat(texts.format("render.links", GERMAN, new Locale("it"))).isEqualTo("Links");
    }

    @Test
    @DisplayName("choice patterns agree in number, in both languages")
    void plurals() {
        MessageTexts texts = MessageTexts.defaults();

        assertThat(texts.format("catchup.intro", Locale.ENGLISH, Locale.ENGLISH, 1)).startsWith("One message was sent");
        assertThat(texts.format("catchup.intro", Locale.ENGLISH, Locale.ENGLISH, 3)).startsWith("3 messages were sent");
        assertThat(texts.format("catchup.intro", Locale.FRENCH, Locale.FRENCH, 1)).startsWith("Un message a été envoyé");
        assertThat(texts.format("catchup.intro", Locale.FRENCH, Locale.FRENCH, 12))
                .startsWith("12 messages ont été envoyés");
    }

    @Test
    @DisplayName("a host adds a language and rewords a text; its layers win over Élan's, the last one first")
    void hostLayers() {
        MessageTexts texts = MessageTexts.builder()
                .add(GERMAN, Map.of("render.links", "Verweise", "render.keyPoints", "Kernpunkte"))
                .add(Locale.FRENCH, Map.of("render.links", "Ressources"))
                .add(GERMAN, new ListResourceBundle() {
                    @Override
                    protected Object[][] getContents() {
                        return new Object[][] {{"render.links", "Links und Quellen"}};
                    }
                })
                .build();

        assertThat(texts.format("render.links", GERMAN, Locale.FRENCH)).isEqualTo("Links und Quellen");
        assertThat(texts.format("render.keyPoints", GERMAN, Locale.FRENCH)).isEqualTo("Kernpunkte");
        assertThat(texts.format("render.links", Locale.FRENCH, Locale.FRENCH)).isEqualTo("Ressources");
        assertThat(texts.format("render.keyPoints", Locale.FRENCH, Locale.FRENCH)).isEqualTo("Points clés");
        assertThat(texts.format("render.links", new Locale("nl"), Locale.ENGLISH)).isEqualTo("Links");
    }

    @Test
    @DisplayName("a host text that is not a valid pattern is refused, naming the key")
    void invalidPattern() {
        assertThatThrownBy(() -> MessageTexts.builder().add(GERMAN, Map.of("replay.title", "Replay {0")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("texts[replay.title]: must be a valid MessageFormat pattern");
    }

    @Test
    @DisplayName("an unknown key is an error, not an empty text")
    void unknownKey() {
        assertThatThrownBy(() -> MessageTexts.defaults().format("no.such.key", Locale.FRENCH, Locale.FRENCH))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("key: must have a text in one of [fr, en], English at least")
                .hasMessageContaining("no.such.key");
    }
}
