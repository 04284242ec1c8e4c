package io.elan.mentoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.PairStatus;
import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The SPI's records of many fields have builders that check like their constructors and copy what they hold. */
class RecordBuildersTest {

    static Stream<Arguments> emptyBuilders() {
        return Stream.of(
                Arguments.of("ActivityEvent", (Supplier<?>) () -> ActivityEvent.builder().build(), "id"),
                Arguments.of("Addressee", (Supplier<?>) () -> Addressee.builder().build(), "person"),
                Arguments.of("FollowUpCall", (Supplier<?>) () -> FollowUpCall.builder().build(), "id"),
                Arguments.of("HotlineRequest", (Supplier<?>) () -> HotlineRequest.builder().build(), "id"),
                Arguments.of("Pair", (Supplier<?>) () -> Pair.builder().build(), "id"));
    }

    @Test
    @DisplayName("toBuilder copies every field, and a builder changes only what it is told")
    void copies() {
        Pair pair = Pair.formed(PairId.of("p-1"), ProgramId.of("spring"), PersonId.of("ana"), PersonId.of("ben"),
                LocalDate.of(2027, 1, 11));
        assertThat(pair.toBuilder().build()).isEqualTo(pair);
        Pair ended = pair.toBuilder().status(PairStatus.ENDED).endedOn(LocalDate.of(2027, 3, 1)).endReason("moved")
                .version(pair.version() + 1).build();
        assertThat(ended).usingRecursiveComparison().ignoringFields("status", "endedOn", "endReason", "version")
                .isEqualTo(pair);
        assertThatThrownBy(() -> pair.toBuilder().status(PairStatus.ENDED).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("endedOn");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emptyBuilders")
    void anEmptyBuilderIsRefusedByName(String record, Supplier<?> build, String firstField) {
        assertThatThrownBy(build::get).as(record).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(firstField);
    }
}
