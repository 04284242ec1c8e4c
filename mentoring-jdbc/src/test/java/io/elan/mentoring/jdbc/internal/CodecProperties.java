package io.elan.mentoring.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.validation.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class CodecProperties {
    /** Any UTF-16 code unit, NUL and lone surrogates included. */
    private static final Gen<String> CODE_UNIT = Generate.characters(Character.MIN_VALUE, Character.MAX_VALUE)
            .map(c -> String.valueOf(c));
    /** Any Unicode scalar value: one code unit in the Basic Multilingual Plane, a surrogate pair beyond. */
    private static final Gen<String> CODE_POINT = integers().between(0, Character.MAX_CODE_POINT - 0x800)
            .map(n -> Character.toString(n < Character.MIN_SURROGATE ? n : n + 0x800));
    /**
     * What an encoded value is made of, and what a damaged length may hold: digits (an Arabic-Indic three among them),
     * signs, the separator.
     */
    private static final Gen<String> ENCODING_PIECE = arbitrary().pick("0", "1", "2", "3", "9", ":", "-", "+",
            "\u0663");

    /** Sizes from 0 to 255, three in four at most 16: every size is drawn, yet a thousand tries stay quick. */
    private static Gen<Integer> sizes() {
        return integers().between(0, 255).mix(integers().between(0, 16), 75);
    }

    /** Any text of 0 to 255 pieces; separators and digits are frequent enough to meet each other. */
    private static Gen<String> texts() {
        return lists().of(Generate.frequency(Pair.of(2, CODE_UNIT), Pair.of(2, CODE_POINT), Pair.of(1, ENCODING_PIECE)))
                .ofSizes(sizes()).map(pieces -> String.join("", pieces)).describedAs(Checks::quote);
    }

    /** Encoded lists, whole, cut anywhere, or with one piece slipped in anywhere (a digit, a sign, a separator...). */
    private static Gen<String> encodingsWholeOrDamaged() {
        Gen<String> encodings = lists().of(texts()).ofSizeBetween(0, 8).map(CodecProperties::encode);
        Gen<String> cut = encodings.zip(integers().between(0, 100),
                (encoded, kept) -> encoded.substring(0, encoded.length() * kept / 100));
        Gen<String> slipped = encodings.zip(integers().between(0, 100), ENCODING_PIECE.mix(CODE_UNIT, 20),
                (encoded, at, piece) -> {
                    int position = encoded.length() * at / 100;
                    return encoded.substring(0, position) + piece + encoded.substring(position);
                });
        return Generate.oneOf(encodings, cut, slipped);
    }

    private static String encode(List<String> elements) {
        Codec.Writer writer = new Codec.Writer();
        elements.forEach(writer::add);
        return writer.encoded();
    }

    private static List<String> readAll(String stored) {
        Codec.Reader reader = new Codec.Reader(stored, "c");
        List<String> read = new ArrayList<>();
        while (reader.hasNext()) {
            read.add(reader.next());
        }
        return read;
    }

    @Test
    @DisplayName("any list of texts, empty ones and separators included, reads back exactly")
    void roundTrip() {
        Gen<List<String>> elementLists = lists().of(texts()).ofSizes(sizes())
                .describedAs(elements -> elements.stream().map(Checks::quote).toList().toString());
        qt().withExamples(500).forAll(elementLists)
                .checkAssert(elements -> assertThat(readAll(encode(elements))).isEqualTo(elements));
    }

    @Test
    @DisplayName("any text either reads as a list that encodes back to that same text, or is reported as damaged")
    void neverMisread() {
        // Random text is mostly damaged at its first character: half of the tries start from an encoding instead.
        qt().withExamples(1_000).forAll(texts().mix(encodingsWholeOrDamaged(), 50).describedAs(Checks::quote))
                .checkAssert(stored -> {
                    List<String> read;
                    try {
                        read = readAll(stored);
                    } catch (StoreException e) {
                        assertThat(e.retryable()).isFalse();
                        assertThat(e.getMessage()).contains("column c").contains("damaged");
                        return;
                    }
                    assertThat(encode(read)).isEqualTo(stored);
                });
    }

    @Test
    @DisplayName("any map of texts reads back exactly")
    void maps() {
        Gen<Map<String, String>> textMaps = SourceDSL.maps().of(texts(), texts()).ofSizes(sizes())
                .describedAs(map -> map.entrySet().stream()
                        .map(e -> Checks.quote(e.getKey()) + "=" + Checks.quote(e.getValue())).toList()
                        .toString());
        qt().withExamples(500).forAll(textMaps).checkAssert(map -> {
            Map<String, String> storable = new HashMap<>();
            map.forEach((k, v) -> {
                if (Columns.isStorable(k) && Columns.isStorable(v)) {
                    storable.put(k, v);
                }
            });
            assertThat(Columns.map(Columns.map(storable, "m"), "m")).isEqualTo(storable);
        });
    }

    @Test
    @DisplayName("the encoding is readable and needs no escaping")
    void format() {
        assertThat(new Codec.Writer().add("ab").add("").add("c:d").add(42).encoded()).isEqualTo("2:ab0:3:c:d2:42");
    }

    @Test
    @DisplayName("truncated, negative, signed, zero-padded or non-numeric lengths are reported as damage, "
            + "never misread")
    void damage() {
        for (String damaged : List.of("5:abc", "x:abc", "-1:a", ":abc", "3", "99999999999:a", "+1:a", "01:a", "00:",
                "\u0663:abc")) {
            assertThatThrownBy(() -> new Codec.Reader(damaged, "c").next()).as(damaged)
                    .isInstanceOf(StoreException.class);
        }
    }
}
