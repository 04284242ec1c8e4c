package io.elan.mentoring.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.StoreException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

class CodecProperties {

    @Property(tries = 300)
    @Label("any list of texts, empty ones and separators included, reads back exactly")
    void roundTrip(@ForAll List<String> elements) {
        Codec.Writer writer = new Codec.Writer();
        elements.forEach(writer::add);
        Codec.Reader reader = new Codec.Reader(writer.encoded(), "c");
        List<String> read = new ArrayList<>();
        while (reader.hasNext()) {
            read.add(reader.next());
        }
        assertThat(read).isEqualTo(elements);
    }

    @Property(tries = 300)
    @Label("any text either reads as a list that encodes back to that same text, or is reported as damaged")
    void neverMisread(@ForAll String stored) {
        Codec.Reader reader = new Codec.Reader(stored, "c");
        List<String> read = new ArrayList<>();
        try {
            while (reader.hasNext()) {
                read.add(reader.next());
            }
        } catch (StoreException e) {
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("column c").contains("damaged");
            return;
        }
        Codec.Writer writer = new Codec.Writer();
        read.forEach(writer::add);
        assertThat(writer.encoded()).isEqualTo(stored);
    }

    @Property(tries = 200)
    @Label("any map of texts reads back exactly")
    void maps(@ForAll Map<String, String> map) {
        Map<String, String> storable = new java.util.HashMap<>();
        map.forEach((k, v) -> {
            if (Columns.isStorable(k) && Columns.isStorable(v)) {
                storable.put(k, v);
            }
        });
        assertThat(Columns.map(Columns.map(storable, "m"), "m")).isEqualTo(storable);
    }

    @Example
    @Label("the encoding is readable and needs no escaping")
    void format() {
        assertThat(new Codec.Writer().add("ab").add("").add("c:d").add(42).encoded()).isEqualTo("2:ab0:3:c:d2:42");
    }

    @Example
    @Label("truncated, negative or non-numeric lengths are reported as damage, never misread")
    void damage() {
        for (String damaged : List.of("5:abc", "x:abc", "-1:a", ":abc", "3", "99999999999:a")) {
            assertThatThrownBy(() -> new Codec.Reader(damaged, "c").next()).as(damaged)
                    .isInstanceOf(StoreException.class);
        }
    }
}
