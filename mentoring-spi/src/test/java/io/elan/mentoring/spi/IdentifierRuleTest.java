package io.elan.mentoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.elan.mentoring.spi.validation.Checks;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The identifiers of the root package run their own copy of the identifier rule, so that the root package needs
 * nothing from {@code spi.validation}: the copy must accept and refuse exactly what {@link Checks#id} does, with the
 * same message.
 */
@DisplayName("tenant, program and person ids keep the identifier rule of Checks.id")
class IdentifierRuleTest {

    /** Text made mostly of the characters the rule is about: blanks, controls, NUL, surrogates, and plain letters. */
    private static final List<String> PIECES = List.of("a", "é", " ", "\t", "\n", "\r", "\u0000", "\u0007", "\u007F",
            "\u0085", "\uD83D\uDE00", "\uD83D", "\uDE00", "\u00A0", "\u2028", "x".repeat(60));

    private static Gen<String> awkward() {
        return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 6)
                .map(indexes -> String.join("", indexes.stream().map(PIECES::get).toList()));
    }

    private static Optional<String> outcome(Function<String, ?> rule, String value) {
        try {
            rule.apply(value);
            return Optional.empty();
        } catch (InvalidValueException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Test
    @DisplayName("an awkward identifier is accepted or refused as Checks.id does, with its message")
    void awkwardIdentifiers() {
        qt().withExamples(2000).forAll(awkward()).checkAssert(value -> {
            assertThat(outcome(TenantId::of, value)).isEqualTo(outcome(v -> Checks.id(v, "tenantId"), value));
            assertThat(outcome(ProgramId::of, value)).isEqualTo(outcome(v -> Checks.id(v, "programId"), value));
            assertThat(outcome(PersonId::of, value)).isEqualTo(outcome(v -> Checks.id(v, "personId"), value));
        });
    }

    @Test
    @DisplayName("any text is accepted or refused as Checks.id does, with its message")
    void anyText() {
        qt().withExamples(1000).forAll(strings().betweenCodePoints(0, 0x10FFFF).ofLengthBetween(0, 140))
                .checkAssert(value -> assertThat(outcome(TenantId::of, value))
                        .isEqualTo(outcome(v -> Checks.id(v, "tenantId"), value)));
    }

    @Test
    @DisplayName("a missing identifier and the longest are treated alike, and the limits are the same number")
    void limits() {
        assertThat(outcome(TenantId::of, null)).isEqualTo(outcome(v -> Checks.id(v, "tenantId"), null));
        assertThat(Identifiers.MAX_LENGTH).isEqualTo(Checks.MAX_ID_LENGTH);
        String longest = "a".repeat(Checks.MAX_ID_LENGTH);
        assertThat(outcome(TenantId::of, longest)).isEmpty();
        assertThat(outcome(TenantId::of, longest + "a")).isEqualTo(outcome(v -> Checks.id(v, "tenantId"),
                longest + "a"));
    }
}
