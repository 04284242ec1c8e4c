package io.elan.mentoring.spi.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.elan.mentoring.spi.PersonId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** How an erasure recognises a person in someone else's text: whole tokens only, never a trace of 1 or 2 characters. */
class ErasureTest {

    private static final String R = Erasure.REDACTED;

    private static Erasure of(String id, String... traces) {
        return Erasure.of(PersonId.of(id), PersonId.of("erased-0a1b2c"), List.of(traces));
    }

    @Nested
    @DisplayName("traces are matched as whole tokens")
    class WholeTokens {
        @Test
        @DisplayName("a name inside a longer word is left alone, the name on its own is redacted")
        void insideWords() {
            Erasure ana = of("emp-417", "Ana");
            String text = "Anatole et Ana ont mangé une banana ; Ana.";
            assertThat(ana.redact(text)).isEqualTo("Anatole et " + R + " ont mangé une banana ; " + R + ".");
            assertThat(ana.mentions("Anatole et Banana")).as("a text holding the name only inside words").isFalse();
        }

        @Test
        @DisplayName("an id is not found inside a longer id, and is found between separators")
        void ids() {
            Erasure erasure = of("ana-1");
            assertThat(erasure.redact("ana-12 a rejoint ana-1, puis call/ana-1/m3 et ana-1_x"))
                    .isEqualTo("ana-12 a rejoint " + R + ", puis call/" + R + "/m3 et ana-1_x");
        }

        @Test
        @DisplayName("an e-mail address ending a sentence is found; inside a longer address it is not")
        void emails() {
            Erasure erasure = of("emp-417", "ana.martin@acme.example");
            assertThat(erasure.redact("Écrire à ana.martin@acme.example. Copie à lea.ana.martin@acme.example.org"))
                    .isEqualTo("Écrire à " + R + ". Copie à lea.ana.martin@acme.example.org");
        }

        @Test
        @DisplayName("a phone number is not found inside a longer number")
        void phones() {
            Erasure erasure = of("emp-417", "+33611223344");
            assertThat(erasure.redact("Appeler le +33611223344 ou le +336112233445"))
                    .isEqualTo("Appeler le " + R + " ou le +336112233445");
        }
    }

    @Nested
    @DisplayName("short traces are never looked for in text")
    class ShortTraces {
        @Test
        @DisplayName("a two-character id does not blank unrelated text")
        void shortId() {
            Erasure erasure = of("p7", "Al");
            String text = "Étape p7 du plan : Al et p7 se retrouvent à l'atelier p7.";
            assertThat(erasure.mentions(text)).as("a text holding only traces shorter than three characters")
                    .isFalse();
            assertThat(erasure.redact(text)).as("a text holding only traces shorter than three characters")
                    .isEqualTo(text);
            assertThat(erasure.tracesLongestFirst()).as("the traces looked for in text").isEmpty();
            assertThat(erasure.traces()).as("the traces the erasure was given, the id included")
                    .containsExactlyInAnyOrder("p7", "Al");
        }

        @Test
        @DisplayName("a three-character trace is looked for")
        void threeCharacters() {
            assertThat(of("p77", "Léa").redact("Léa et p77")).isEqualTo(R + " et " + R);
        }
    }

    @Test
    @DisplayName("whatever the text, a redacted text no longer mentions the person and is never longer")
    void redactedTextIsClean() {
        Erasure erasure = of("ana-1", "Ana Martin", "ana@x.example");
        qt().withExamples(2_000).forAll(strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 40)
                .mix(strings().basicLatinAlphabet().ofLengthBetween(0, 6).map(s -> s + "Ana Martin ana-1" + s)))
                .checkAssert(text -> {
                    String redacted = erasure.redact(text);
                    assertThat(erasure.mentions(redacted)).as("redacted %s into %s", text, redacted).isFalse();
                    assertThat(redacted.length()).as("length of %s redacted", text).isLessThanOrEqualTo(text.length());
                });
    }
}
