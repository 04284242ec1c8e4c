package io.elan.mentoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.FollowUpCallId;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineStatus;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.PairStatus;
import java.time.Instant;
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
        Pair ended = pair.toBuilder().status(PairStatus.ENDED).ending(LocalDate.of(2027, 3, 1), "moved")
                .version(pair.version() + 1).build();
        assertThat(ended).usingRecursiveComparison().ignoringFields("status", "endedOn", "endReason", "version")
                .isEqualTo(pair);
        assertThatThrownBy(() -> pair.toBuilder().status(PairStatus.ENDED).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("endedOn");
    }

    @Test
    @DisplayName("a builder starts where the entity's life starts: an active pair, a planned call, an open request")
    void defaults() {
        ProgramId spring = ProgramId.of("spring");
        assertThat(Pair.builder().id(PairId.of("p-1")).program(spring).mentor(PersonId.of("ana"))
                .mentee(PersonId.of("ben")).formedOn(LocalDate.of(2027, 1, 11)).build())
                .isEqualTo(Pair.formed(PairId.of("p-1"), spring, PersonId.of("ana"), PersonId.of("ben"),
                        LocalDate.of(2027, 1, 11)));
        assertThat(FollowUpCall.builder().id(FollowUpCallId.of("c-1")).program(spring).person(PersonId.of("ana"))
                .window(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 12)).build())
                .isEqualTo(FollowUpCall.planned(FollowUpCallId.of("c-1"), spring, PersonId.of("ana"),
                        LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 12)));
        Instant raisedAt = Instant.parse("2027-02-03T09:00:00Z");
        assertThat(HotlineRequest.builder().id(HotlineRequestId.of("h-1")).program(spring)
                .raisedBy(PersonId.of("ben")).topic(HotlineTopic.QUESTION).subject("Rythme").raisedAt(raisedAt).build())
                .isEqualTo(HotlineRequest.raised(HotlineRequestId.of("h-1"), spring, PersonId.of("ben"),
                        HotlineTopic.QUESTION, "Rythme", "", raisedAt));
    }

    @Test
    @DisplayName("fields that go together are set together, and the record still refuses a half-set pair of them")
    void fieldsThatGoTogether() {
        HotlineRequest open = HotlineRequest.raised(HotlineRequestId.of("h-1"), ProgramId.of("spring"),
                PersonId.of("ben"), HotlineTopic.QUESTION, "Rythme", "", Instant.parse("2027-02-03T09:00:00Z"));
        Instant answeredAt = Instant.parse("2027-02-04T09:00:00Z");
        assertThat(open.toBuilder().status(HotlineStatus.ANSWERED).assignee(PersonId.of("cleo"))
                .answer("Une fois par mois", answeredAt).build())
                .isEqualTo(open.assignedTo(PersonId.of("cleo")).answered("Une fois par mois", answeredAt));
        assertThatThrownBy(() -> open.toBuilder().status(HotlineStatus.ANSWERED).assignee(PersonId.of("cleo"))
                .answer("Une fois par mois", null).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("answeredAt");
        FollowUpCall call = FollowUpCall.planned(FollowUpCallId.of("c-1"), ProgramId.of("spring"), PersonId.of("ana"),
                LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 12));
        assertThatThrownBy(() -> call.toBuilder().window(LocalDate.of(2027, 2, 12), LocalDate.of(2027, 2, 1)).build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("dueBy");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emptyBuilders")
    void anEmptyBuilderIsRefusedByName(String record, Supplier<?> build, String firstField) {
        assertThatThrownBy(build::get).as(record).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining(firstField);
    }
}
