package io.elan.mentoring.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("numbers are written as a reader of the report’s language writes them")
class NumbersTest {
    private static final Numbers FRENCH = new Numbers(new Words(Locale.FRANCE));
    private static final Numbers ENGLISH = new Numbers(new Words(Locale.UK));

    @Test
    @DisplayName("French: a decimal comma, a narrow no-break space between thousands and before %")
    void french() {
        assertThat(FRENCH.count(1081)).isEqualTo("1\u202F081");
        assertThat(FRENCH.decimal(61.7, 1)).isEqualTo("61,7");
        assertThat(FRENCH.percent(0.148, 1)).isEqualTo("14,8\u202F%");
        assertThat(FRENCH.percent(0.5167)).isEqualTo("52\u202F%");
        assertThat(FRENCH.pValue(0.0315)).isEqualTo("0,032");
        assertThat(FRENCH.pValue(0.0004)).isEqualTo("< 0,001");
    }

    @Test
    @DisplayName("English: a decimal point, a comma between thousands, nothing before %")
    void english() {
        assertThat(ENGLISH.count(1081)).isEqualTo("1,081");
        assertThat(ENGLISH.decimal(61.7, 1)).isEqualTo("61.7");
        assertThat(ENGLISH.percent(0.148, 1)).isEqualTo("14.8%");
        assertThat(ENGLISH.pValue(0.0315)).isEqualTo("0.032");
    }

    @Test
    @DisplayName("halves round up, as people round by hand, and no zero is ever written with a minus sign")
    void rounding() {
        assertThat(ENGLISH.percent(0.125)).isEqualTo("13%");
        assertThat(ENGLISH.decimal(0.125, 2)).isEqualTo("0.13");
        assertThat(ENGLISH.decimal(2.5, 0)).isEqualTo("3");
        assertThat(ENGLISH.decimal(-0.001, 2)).isEqualTo("0.00");
        assertThat(ENGLISH.signed(12, 0)).isEqualTo("+12");
        assertThat(FRENCH.signed(-0.32, 2)).isEqualTo("-0,32");
        assertThat(ENGLISH.signed(0.001, 2)).isEqualTo("0.00");
    }

    @Test
    @DisplayName("an exported number reads back as exactly the same number, in both languages")
    void exactRoundTrip() {
        qt().forAll(doubles().between(-1e12, 1e12)).checkAssert(value -> {
            assertThat(new BigDecimal(FRENCH.exact(value).replace(',', '.')).doubleValue()).isEqualTo(value);
            assertThat(Double.parseDouble(ENGLISH.exact(value))).isEqualTo(value);
            assertThat(FRENCH.exact(value)).doesNotContain(".", "\u202F", " ");
            assertThat(ENGLISH.exact(value)).doesNotContain(",", " ");
        });
    }

    @Test
    @DisplayName("a whole percentage is the share times 100 rounded half up, whatever the share")
    void percentages() {
        qt().forAll(integers().between(0, 100_000)).checkAssert(tenThousandths -> {
            double share = tenThousandths / 100_000.0;
            long expected = BigDecimal.valueOf(share).movePointRight(2)
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
            assertThat(ENGLISH.percent(share)).isEqualTo(expected + "%");
            assertThat(FRENCH.percent(share)).isEqualTo(expected + "\u202F%");
        });
    }
}
