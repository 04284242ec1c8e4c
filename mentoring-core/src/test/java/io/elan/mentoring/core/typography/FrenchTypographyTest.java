package io.elan.mentoring.core.typography;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.communication.internal.Quotes;
import io.elan.mentoring.core.communication.rendering.MessageTexts;
import io.elan.mentoring.core.communication.rendering.PlainTextRenderer;
import io.elan.mentoring.core.engagement.EngagementStatus;
import io.elan.mentoring.core.engagement.Finding;
import io.elan.mentoring.core.engagement.ReasonCode;
import io.elan.mentoring.core.engagement.ReasonTexts;
import io.elan.mentoring.matching.MatchingTexts;
import io.elan.mentoring.scheduling.preset.TenMonthPreset;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.survey.report.SurveyReportText;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every French text a participant or the program team receives, rendered with sample data, follows French
 * typography as the Lexique des règles typographiques en usage à l'Imprimerie nationale sets it: a no-break space
 * before the colon and inside guillemets, a narrow no-break space before the semicolon, the question mark and the
 * exclamation mark, typographic apostrophes, and quotation marks never doubled. The English texts use curly quotes and
 * apostrophes and no space before punctuation.
 */
@DisplayName("Élan's French messages follow French typography, and its English messages English typography")
class FrenchTypographyTest {
    private static final Locale FRENCH = Locale.FRENCH;
    private static final String COMMUNICATION = "io.elan.mentoring.core.communication.messages";
    private static final String SCHEDULING = "io.elan.mentoring.scheduling.internal.SchedulingMessages";
    private static final char NBSP = '\u00A0';
    private static final char NARROW_NBSP = '\u202F';

    @Test
    @DisplayName("every template of every bundle, formatted with sample values, in French")
    void everyFrenchTemplate() {
        Map<String, String> rendered = renderAll(FRENCH);
        assertThat(rendered).hasSizeGreaterThan(60);
        rendered.forEach((key, text) -> assertThat(frenchBreaches(text)).as(key + ": " + text).isEmpty());
    }

    @Test
    @DisplayName("every template of every bundle, formatted with sample values, in English")
    void everyEnglishTemplate() {
        renderAll(Locale.ENGLISH).forEach((key, text) -> assertThat(englishBreaches(text)).as(key + ": " + text)
                .isEmpty());
    }

    @Test
    @DisplayName("a rendered replay names the event by its format and theme, quotes the theme once, and labels its "
            + "lists with a no-break space before the colon")
    void renderedReplay() {
        MessageTexts texts = MessageTexts.defaults();
        String theme = Quotes.unwrap("« Décris-moi ton poste »");
        String event = texts.format("event.WEBINAR_FOCUS", FRENCH, FRENCH, theme);
        MessageContent content = new MessageContent(texts.format("replay.title", FRENCH, FRENCH, theme),
                List.of(texts.format("replay.intro", FRENCH, FRENCH, event, "mardi 3 novembre 2026")),
                List.of("Écouter avant de conseiller", "Reformuler ce que l’on a compris"),
                List.of(Link.of("Enregistrement", "https://intranet.example/replays/webinaire-3")), null);

        String text = PlainTextRenderer.builder().texts(texts).build().render(content, FRENCH, Channel.EMAIL);

        assertThat(text).contains("Vous n’avez pas pu participer au webinaire focus «\u00A0Décris-moi ton poste\u00A0»"
                + " du mardi 3 novembre 2026.")
                .contains("Points clés\u00A0:", "Liens\u00A0:", "Enregistrement\u00A0: https://intranet.example")
                .doesNotContain("« «", "» »");
        assertThat(frenchBreaches(text)).isEmpty();
    }

    @Test
    @DisplayName("a nudge tells a participant the situation in words, with no figure and no comparison")
    void nudgesInParticipantsWords() {
        ReasonTexts texts = new ReasonTexts();
        for (ReasonCode code : ReasonCode.values()) {
            Finding finding = new Finding(code, EngagementStatus.AT_RISK, PairId.of("pair-1"), null, 9, 0.4, 3.5, 3.8, 6);
            for (Locale locale : List.of(FRENCH, Locale.ENGLISH)) {
                String words = texts.toParticipant(finding, locale);
                assertThat(words).as(code + " in " + locale).doesNotContainPattern("[0-9%]")
                        .doesNotContain("médiane", "median", "pondéré", "weighted", "programme :");
                assertThat(words).isNotEqualTo(texts.describe(finding, locale));
            }
        }
    }

    @Test
    @DisplayName("the quotes around a text are taken off once, and only when they wrap all of it")
    void unwrap() {
        assertThat(Quotes.unwrap("« Décris-moi ton poste »")).isEqualTo("Décris-moi ton poste");
        assertThat(Quotes.unwrap("«\u00A0L’écoute active\u00A0»")).isEqualTo("L’écoute active");
        assertThat(Quotes.unwrap("\"Describe your job to me\"")).isEqualTo("Describe your job to me");
        assertThat(Quotes.unwrap("“Describe” and “listen”")).isEqualTo("“Describe” and “listen”");
        assertThat(Quotes.unwrap("L’écoute active")).isEqualTo("L’écoute active");
        assertThat(Quotes.unwrap("«»")).isEqualTo("«»");
    }

    /** Every template of the communication, engagement, scheduling, survey report and matching bundles in one language, formatted with sample values. */
    private static Map<String, String> renderAll(Locale locale) {
        Map<String, String> rendered = new TreeMap<>();
        for (String base : List.of(COMMUNICATION, ReasonTexts.BUNDLE, SCHEDULING, SurveyReportText.BUNDLE,
                MatchingTexts.BUNDLE, TenMonthPreset.BUNDLE)) {
            ResourceBundle bundle = ResourceBundle.getBundle(base, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            for (String key : bundle.keySet()) {
                MessageFormat format = new MessageFormat(bundle.getString(key), locale);
                for (Object[] arguments : samples(format)) {
                    rendered.put(key + arguments.length + arguments[0], format.format(arguments));
                }
            }
        }
        return rendered;
    }

    /** Sample values for a pattern: a name for each text, then 1 and then 3 for each number, so both choices show. */
    private static List<Object[]> samples(MessageFormat format) {
        Format[] formats = format.getFormatsByArgumentIndex();
        List<Object[]> samples = new ArrayList<>();
        for (int value : new int[] {1, 3}) {
            Object[] arguments = new Object[Math.max(formats.length, 1)];
            for (int i = 0; i < arguments.length; i++) {
                // An argument is a number where the pattern formats it as one, also inside a choice's branches.
                boolean number = i < formats.length
                        && (formats[i] instanceof NumberFormat || formats[i] instanceof ChoiceFormat)
                        || format.toPattern().matches("(?s).*\\{" + i + ",(number|choice).*");
                arguments[i] = number ? (Object) value : "Camille Martin";
            }
            samples.add(arguments);
        }
        return samples;
    }

    /** @return each rule of French typography the text breaks, with where */
    static List<String> frenchBreaches(String text) {
        List<String> breaches = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char before = i == 0 ? '\n' : text.charAt(i - 1);
            char after = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
            if (c == ':' && !(Character.isDigit(before) && Character.isDigit(after)) && after != '/'
                    && before != NBSP) {
                breaches.add("no no-break space before ':' at " + i);
            }
            if ((c == ';' || c == '?' || c == '!') && before != NARROW_NBSP && before != NBSP) {
                breaches.add("no narrow no-break space before '" + c + "' at " + i);
            }
            if (c == '«' && after != NBSP && after != NARROW_NBSP) {
                breaches.add("no no-break space after '«' at " + i);
            }
            if (c == '»' && before != NBSP && before != NARROW_NBSP) {
                breaches.add("no no-break space before '»' at " + i);
            }
            if (c == '\'' || c == '"') {
                breaches.add("straight quote " + c + " at " + i);
            }
        }
        if (text.replaceAll("[\\s\\u00A0\\u202F]", "").contains("««")
                || text.replaceAll("[\\s\\u00A0\\u202F]", "").contains("»»")) {
            breaches.add("doubled guillemets");
        }
        return breaches;
    }

    /** @return each rule of English typography the text breaks, with where */
    static List<String> englishBreaches(String text) {
        List<String> breaches = new ArrayList<>();
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == ':' || c == ';' || c == '?' || c == '!') && Character.isSpaceChar(text.charAt(i - 1))) {
                breaches.add("space before '" + c + "' at " + i);
            }
            if (c == '\'' || c == '"' || c == '«' || c == '»') {
                breaches.add("quote " + c + " at " + i);
            }
        }
        return breaches;
    }
}
