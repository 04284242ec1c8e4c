package io.elan.mentoring.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.elan.mentoring.spi.InvalidValueException;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ColumnsProperties {

    /** Any instant a BIGINT of nanoseconds can hold, a tenth of them at the extremes or around the epoch. */
    private static Gen<Instant> storable() {
        return longs().all().mix(arbitrary().pick(Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L, 0L, 1L,
                Long.MAX_VALUE - 1, Long.MAX_VALUE), 10).map(Columns::instant);
    }

    /**
     * Any instant java.time can hold: a third storable, a third anywhere, a third at the ends of time, the epoch, or
     * where storable ends, one nanosecond either side.
     */
    private static Gen<Instant> anyInstant() {
        Gen<Instant> anywhere = longs().between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                .zip(integers().between(0, 999_999_999), Instant::ofEpochSecond);
        return Generate.oneOf(storable(), anywhere, arbitrary().pick(Instant.MIN, Instant.MAX, Columns.EARLIEST,
                Columns.LATEST, Columns.EARLIEST.minusNanos(1), Columns.LATEST.plusNanos(1), Instant.EPOCH));
    }

    @Test
    @DisplayName("every instant a BIGINT of nanoseconds can hold round-trips exactly and keeps its order")
    void instants() {
        qt().withExamples(1_000).forAll(storable(), storable()).checkAssert((a, b) -> {
            assertThat(Columns.instant(Columns.nanos(a, "f"))).isEqualTo(a);
            assertThat(Long.compare(Columns.nanos(a, "f"), Columns.nanos(b, "f")))
                    .isEqualTo(Integer.signum(a.compareTo(b)));
        });
    }

    @Test
    @DisplayName("the extremes are stored exactly; one nanosecond beyond is refused with the field named")
    void extremes() {
        assertThat(Columns.nanos(Columns.EARLIEST, "f")).isEqualTo(Long.MIN_VALUE);
        assertThat(Columns.nanos(Columns.LATEST, "f")).isEqualTo(Long.MAX_VALUE);
        assertThat(Columns.EARLIEST).isEqualTo(Instant.parse("1677-09-21T00:12:43.145224192Z"));
        assertThat(Columns.LATEST).isEqualTo(Instant.parse("2262-04-11T23:47:16.854775807Z"));
        assertThatThrownBy(() -> Columns.nanos(Columns.LATEST.plusNanos(1), "occurredAt"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("occurredAt");
        assertThatThrownBy(() -> Columns.nanos(Columns.EARLIEST.minusNanos(1), "start"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("start");
    }

    @Test
    @DisplayName("a window [from, to) of any instants maps to inclusive nanosecond bounds that select the same "
            + "instants")
    void windows() {
        qt().withExamples(1_000).forAll(storable(), anyInstant(), anyInstant()).checkAssert((x, from, to) -> {
            boolean inside = !x.isBefore(from) && x.isBefore(to);
            if (Columns.isEmptyRange(from, to)) {
                assertThat(inside).isFalse();
                return;
            }
            long nanos = Columns.nanos(x, "x");
            assertThat(nanos >= Columns.lowerBound(from) && nanos <= Columns.inclusiveUpperBound(to))
                    .isEqualTo(inside);
        });
    }

    @Test
    @DisplayName("languages are stored as BCP 47 tags; a locale no tag can express is refused, not changed")
    void locales() {
        for (Locale l : new Locale[] {Locale.FRENCH, Locale.CANADA_FRENCH, Locale.forLanguageTag("pt-BR"),
                Locale.forLanguageTag("de-CH-1996"), Locale.forLanguageTag("zh-Hant-TW"), Locale.ROOT}) {
            assertThat(Columns.locale(Columns.localeTag(l, "locale"))).isEqualTo(l);
        }
        assertThatThrownBy(() -> Columns.localeTag(new Locale("no", "NO", "NY"), "locale"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("locale")
                .hasMessageContaining("BCP 47");
    }

    @Test
    @DisplayName("text with a NUL or an unpaired surrogate is refused with its position; paired surrogates pass")
    void text() {
        assertThat(Columns.text("🚀 ok", "f")).isEqualTo("🚀 ok");
        assertThatThrownBy(() -> Columns.text("ab\0", "title")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("title").hasMessageContaining("index 2");
        assertThatThrownBy(() -> Columns.text("a\uDC00", "title")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("unpaired surrogate");
        assertThatThrownBy(() -> Columns.text("\uD800a", "title")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("unpaired surrogate");
        assertThat(Columns.isStorable("🚀")).isTrue();
        assertThat(Columns.isStorable("\uD800")).isFalse();
        assertThat(Columns.isStorable("a\0")).isFalse();
    }
}
