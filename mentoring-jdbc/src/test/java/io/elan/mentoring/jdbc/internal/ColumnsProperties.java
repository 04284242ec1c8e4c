package io.elan.mentoring.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import java.time.Instant;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ColumnsProperties {

    @Provide
    Arbitrary<Instant> storable() {
        return Arbitraries.longs().map(Columns::instant);
    }

    @Property(tries = 500)
    @Label("every instant a BIGINT of nanoseconds can hold round-trips exactly and keeps its order")
    void instants(@ForAll("storable") Instant a, @ForAll("storable") Instant b) {
        assertThat(Columns.instant(Columns.nanos(a, "f"))).isEqualTo(a);
        assertThat(Long.compare(Columns.nanos(a, "f"), Columns.nanos(b, "f")))
                .isEqualTo(Integer.signum(a.compareTo(b)));
    }

    @Example
    @Label("the extremes are stored exactly; one nanosecond beyond is refused with the field named")
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

    @Property(tries = 300)
    @Label("a window [from, to) of any instants maps to inclusive nanosecond bounds that select the same instants")
    void windows(@ForAll("storable") Instant x, @ForAll("anyInstant") Instant from, @ForAll("anyInstant") Instant to) {
        boolean inside = !x.isBefore(from) && x.isBefore(to);
        if (Columns.isEmptyRange(from, to)) {
            assertThat(inside).isFalse();
            return;
        }
        long nanos = Columns.nanos(x, "x");
        assertThat(nanos >= Columns.lowerBound(from) && nanos <= Columns.inclusiveUpperBound(to)).isEqualTo(inside);
    }

    @Provide
    Arbitrary<Instant> anyInstant() {
        return Arbitraries.oneOf(storable(), Arbitraries.of(Instant.MIN, Instant.MAX, Columns.EARLIEST,
                Columns.LATEST, Columns.EARLIEST.minusNanos(1), Columns.LATEST.plusNanos(1), Instant.EPOCH));
    }

    @Example
    @Label("languages are stored as BCP 47 tags; a locale no tag can express is refused, not changed")
    void locales() {
        for (Locale l : new Locale[] {Locale.FRENCH, Locale.CANADA_FRENCH, Locale.forLanguageTag("pt-BR"),
                Locale.forLanguageTag("de-CH-1996"), Locale.forLanguageTag("zh-Hant-TW"), Locale.ROOT}) {
            assertThat(Columns.locale(Columns.localeTag(l, "locale"))).isEqualTo(l);
        }
        assertThatThrownBy(() -> Columns.localeTag(new Locale("no", "NO", "NY"), "locale"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("locale")
                .hasMessageContaining("BCP 47");
    }

    @Example
    @Label("text with a NUL or an unpaired surrogate is refused with its position; paired surrogates pass")
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
