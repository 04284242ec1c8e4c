package io.elan.mentoring.core.communication;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.communication.rendering.HtmlEmailRenderer;
import io.elan.mentoring.core.communication.rendering.MessageRenderer;
import io.elan.mentoring.core.communication.rendering.PlainTextRenderer;
import io.elan.mentoring.core.communication.rendering.RenderedMessage;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RenderingTest {

    /** Markup, both quotes, an ampersand, an emoji outside the BMP and Arabic (right-to-left) text. */
    private static final String HOSTILE = "<script>alert(\"x\")</script> l'équipe & co 🚀 مرحبا بالمرشدين";

    private static MessageContent hostile() {
        return new MessageContent(HOSTILE, List.of(HOSTILE, "Deuxième\nligne"), List.of(HOSTILE),
                List.of(new Link(HOSTILE, URI.create("https://example.com/a?b=1&c='2'"))),
                new Link("Répondre", URI.create("https://example.com/share")));
    }

    @Test
    @DisplayName("HTML escapes every user-supplied string: no tag, quote or ampersand survives raw")
    void htmlEscapes() {
        String html = HtmlEmailRenderer.defaults().render(hostile(), Locale.FRENCH);

        String escaped = "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; l&#39;équipe &amp; co 🚀 مرحبا بالمرشدين";
        assertThat(html).doesNotContain("<script>").doesNotContain("alert(\"x\")").doesNotContain("l'équipe");
        assertThat(html).contains("<title>" + escaped + "</title>");
        assertThat(html).contains("<h1 dir=\"auto\">" + escaped + "</h1>");
        assertThat(html).contains("<p dir=\"auto\">" + escaped + "</p>");
        assertThat(html).contains("<li dir=\"auto\">" + escaped + "</li>");
        assertThat(html).contains("<a href=\"https://example.com/a?b=1&amp;c=&#39;2&#39;\">" + escaped + "</a>");
        assertThat(html).contains("<p dir=\"auto\">Deuxième<br>ligne</p>");
    }

    @Test
    @DisplayName("HTML headings and language follow the locale: French and English")
    void htmlLocalized() {
        String french = HtmlEmailRenderer.defaults().render(hostile(), Locale.FRENCH);
        String english = HtmlEmailRenderer.defaults().render(hostile(), Locale.ENGLISH);

        assertThat(french).startsWith("<!DOCTYPE html>\n<html lang=\"fr\">")
                .contains("<h2>Points clés</h2>").contains("<h2>Liens</h2>");
        assertThat(english).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<h2>Key points</h2>").contains("<h2>Links</h2>");
    }

    @Test
    @DisplayName("plain text keeps a hostile string exactly as written, emoji and right-to-left text included")
    void textKeepsEverything() {
        String text = PlainTextRenderer.defaults().render(hostile(), Locale.ENGLISH, Channel.WHATSAPP);

        assertThat(text).isEqualTo(HOSTILE + "\n\n" + HOSTILE + "\n\nDeuxième\nligne\n\nKey points:\n• " + HOSTILE
                + "\n\nLinks:\n• " + HOSTILE + ": https://example.com/a?b=1&c='2'"
                + "\n\n→ Répondre: https://example.com/share");
    }

    @Test
    @DisplayName("plain text headings are French for a French reader")
    void textFrench() {
        MessageContent content = new MessageContent("Le mois", List.of(), List.of("Écouter"),
                List.of(Link.of("Guide", "https://example.com/guide")), null);

        String text = PlainTextRenderer.defaults().render(content, Locale.FRENCH, Channel.EMAIL);

        assertThat(text).isEqualTo("Le mois\n\nPoints clés\u00a0:\n• Écouter\n\nLiens\u00a0:\n• Guide\u00a0: "
                + "https://example.com/guide");
    }

    @Test
    @DisplayName("a text longer than the channel's limit is cut at a word, ends with an ellipsis and keeps the call to action")
    void cutAtLimit() {
        PlainTextRenderer renderer = PlainTextRenderer.builder().limit(Channel.SMS, 80).build();
        MessageContent content = new MessageContent("Bonjour", List.of("un deux trois quatre cinq six sept huit"
                + " neuf dix onze douze treize quatorze quinze seize"), List.of(), List.of(),
                Link.of("Répondre", "https://ex.io/r"));

        String text = renderer.render(content, Locale.FRENCH, Channel.SMS);

        assertThat(text).hasSizeLessThanOrEqualTo(80)
                .isEqualTo("Bonjour\n\nun deux trois quatre cinq six sept huit…\n\n→ Répondre\u00a0: https://ex.io/r");
        assertThat(renderer.render(content, Locale.FRENCH, Channel.EMAIL)).contains("seize");
    }

    @Test
    @DisplayName("a cut never splits an emoji's surrogate pair")
    void cutNeverSplitsSurrogates() {
        PlainTextRenderer renderer = PlainTextRenderer.builder().limit(Channel.SMS, 40).build();
        String rockets = "🚀".repeat(40);

        String text = renderer.render(MessageContent.of(rockets), Locale.FRENCH, Channel.SMS);

        assertThat(text).hasSizeLessThanOrEqualTo(40).endsWith("…");
        assertThat(text.substring(0, text.length() - 1)).matches("(🚀)+");
    }

    @Test
    @DisplayName("a cut never splits an emoji sequence: a family stays a family")
    void cutNeverSplitsEmojiSequences() {
        PlainTextRenderer renderer = PlainTextRenderer.builder().limit(Channel.SMS, 40).build();
        String families = "👩‍👩‍👧".repeat(10);

        String text = renderer.render(MessageContent.of(families), Locale.FRENCH, Channel.SMS);

        assertThat(text).hasSizeLessThanOrEqualTo(40).endsWith("…");
        assertThat(text.substring(0, text.length() - 1)).matches("(👩‍👩‍👧)+");
    }

    @Test
    @DisplayName("an e-mail gets an HTML body and a text alternative; WhatsApp gets text only")
    void perChannel() {
        OutgoingMessage email = OutgoingMessage.builder().tenant(TenantId.of("t")).program(ProgramId.of("p"))
                .recipient(PersonId.of("ana")).channel(Channel.EMAIL).locale(Locale.FRENCH)
                .recipientLocale(Locale.FRENCH).recipientZone(ZoneId.of("Europe/Paris")).kind("nudge")
                .content(hostile()).idempotencyKey("k1").notBefore(Instant.EPOCH).build();
        OutgoingMessage whatsapp = email.toBuilder().channel(Channel.WHATSAPP).idempotencyKey("k2").build();

        RenderedMessage mail = MessageRenderer.defaults().render(email);
        RenderedMessage text = MessageRenderer.defaults().render(whatsapp);

        assertThat(mail.subject()).isEqualTo(HOSTILE);
        assertThat(mail.html()).isEqualTo(HtmlEmailRenderer.defaults().render(hostile(), Locale.FRENCH));
        assertThat(mail.text()).isEqualTo(PlainTextRenderer.defaults().render(hostile(), Locale.FRENCH, Channel.EMAIL));
        assertThat(text.html()).isNull();
        assertThat(text.text()).startsWith(HOSTILE + "\n\n");
    }
}
