package io.elan.mentoring.benchmarks.communication;

import io.elan.mentoring.core.communication.rendering.HtmlEmailRenderer;
import io.elan.mentoring.core.communication.rendering.PlainTextRenderer;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Time to render a typical monthly message as an HTML e-mail, as WhatsApp text, and as an SMS that must be cut. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RenderBenchmark {

    private final MessageContent content = new MessageContent("Le feedback qui fait grandir",
            List.of("Ce mois-ci, un outil simple pour vos rencontres : faits, effets, attentes. ".repeat(8),
                    "À l’honneur : Awa et Léo — ont raconté leur première rencontre. Merci pour ce partage !",
                    "À vous : répondez à ce message ou publiez dans l’espace de la communauté."),
            List.of("Décrire un fait", "Dire l’effet", "Formuler une attente"),
            List.of(Link.of("Fiche outil", "https://example.com/feedback")),
            Link.of("Partager avec la communauté", "https://community.example.com/mentors"));
    private final HtmlEmailRenderer html = HtmlEmailRenderer.defaults();
    private final PlainTextRenderer text = PlainTextRenderer.builder().limit(Channel.SMS, 320).build();

    /** @return the HTML document */
    @Benchmark
    public String htmlEmail() {
        return html.render(content, Locale.FRENCH);
    }

    /** @return the WhatsApp text, within its limit without a cut */
    @Benchmark
    public String whatsappText() {
        return text.render(content, Locale.FRENCH, Channel.WHATSAPP);
    }

    /** @return the SMS text, cut to 320 characters */
    @Benchmark
    public String smsTextCut() {
        return text.render(content, Locale.FRENCH, Channel.SMS);
    }
}
