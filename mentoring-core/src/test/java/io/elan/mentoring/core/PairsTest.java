package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.EngineFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.event.PairFormed;
import io.elan.mentoring.core.event.PairStatusChanged;
import io.elan.mentoring.core.program.Pairs;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.PairStatus;
import io.elan.mentoring.spi.program.Role;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Forming, pausing, ending and re-matching pairs, and every rule that refuses one. */
class PairsTest {

    private final EngineFixture fixture = new EngineFixture();
    private final Pairs pairs = fixture.acme().pairs();

    @BeforeEach
    void enrol() {
        fixture.acme().programs().define(EngineFixture.definition().mentorCapacity(2).build());
        fixture.acme().programs().openEnrolment(SPRING);
        fixture.person("marie").person("paul").person("lea").person("hugo").person("ines").person("leo");
        fixture.acme().participants().enrol(SPRING, Role.MENTOR, List.of(id("marie"), id("paul")));
        fixture.acme().participants().enrol(SPRING, Role.MENTEE, List.of(id("lea"), id("hugo"), id("ines"), id("leo")));
        fixture.newEvents();
    }

    @Test
    @DisplayName("a mentor takes mentees up to the capacity; one more is refused")
    void capacity() {
        pairs.form(SPRING, id("marie"), id("lea"));
        pairs.form(SPRING, id("marie"), id("hugo"));
        assertThatThrownBy(() -> pairs.form(SPRING, id("marie"), id("ines")))
                .isInstanceOf(RefusedOperationException.class)
                .hasMessage("program spring-2027: cannot pair mentor marie: capacity of 2 mentees reached");
    }

    @Test
    @DisplayName("a paused pair keeps its place; an ended one frees it")
    void pausedKeepsEndedFrees() {
        Pair first = pairs.form(SPRING, id("marie"), id("lea"));
        pairs.form(SPRING, id("marie"), id("hugo"));
        pairs.pause(SPRING, first.id());
        assertThatThrownBy(() -> pairs.form(SPRING, id("marie"), id("ines")))
                .hasMessageContaining("capacity of 2 mentees reached");
        pairs.end(SPRING, first.id(), "Mutation de la mentorée");
        assertThat(pairs.form(SPRING, id("marie"), id("ines")).status()).isEqualTo(PairStatus.ACTIVE);
    }

    @Test
    @DisplayName("a mentee is in one pair at a time")
    void menteeOncePaired() {
        Pair first = pairs.form(SPRING, id("marie"), id("lea"));
        assertThatThrownBy(() -> pairs.form(SPRING, id("paul"), id("lea")))
                .hasMessage("program spring-2027: cannot pair mentee lea: already in pair " + first.id()
                        + " (ACTIVE)");
    }

    @Test
    @DisplayName("only enrolled, active people in the right community are paired")
    void whoCanBePaired() {
        assertThatThrownBy(() -> pairs.form(SPRING, id("lea"), id("hugo")))
                .hasMessage("program spring-2027: cannot pair lea as MENTOR: enrolled as MENTEE");
        assertThatThrownBy(() -> pairs.form(SPRING, id("marie"), id("stranger")))
                .hasMessage("program spring-2027: cannot pair stranger: not enrolled in this program");
        assertThatThrownBy(() -> pairs.form(SPRING, id("marie"), id("marie")))
                .hasMessage("program spring-2027: cannot pair marie with themself");
    }

    @Test
    @DisplayName("pairs are not formed in a draft program")
    void notInDraft() {
        fixture.acme().programs().define(EngineFixture.definition().id("other").build());
        assertThatThrownBy(() -> pairs.form(io.elan.mentoring.spi.ProgramId.of("other"), id("marie"), id("lea")))
                .hasMessage("program other: cannot form a pair while the program is DRAFT: open enrolment first");
    }

    @Test
    @DisplayName("pause, resume and end each emit an event; wrong moves are refused")
    void pauseResumeEnd() {
        Pair pair = pairs.form(SPRING, id("marie"), id("lea"));
        assertThat(pairs.pause(SPRING, pair.id()).status()).isEqualTo(PairStatus.PAUSED);
        assertThat(pairs.resume(SPRING, pair.id()).status()).isEqualTo(PairStatus.ACTIVE);
        Pair ended = pairs.end(SPRING, pair.id(), "Incompatibilité d'agenda");
        assertThat(ended.endReason()).isEqualTo("Incompatibilité d'agenda");
        assertThat(ended.endedOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(fixture.newEvents()).containsExactly(
                new PairFormed(EngineFixture.ACME, SPRING, fixture.clock.instant(), pair.id(), id("marie"), id("lea")),
                new PairStatusChanged(EngineFixture.ACME, SPRING, fixture.clock.instant(), pair.id(),
                        PairStatus.ACTIVE, PairStatus.PAUSED, null),
                new PairStatusChanged(EngineFixture.ACME, SPRING, fixture.clock.instant(), pair.id(),
                        PairStatus.PAUSED, PairStatus.ACTIVE, null),
                new PairStatusChanged(EngineFixture.ACME, SPRING, fixture.clock.instant(), pair.id(),
                        PairStatus.ACTIVE, PairStatus.ENDED, "Incompatibilité d'agenda"));
        assertThatThrownBy(() -> pairs.resume(SPRING, pair.id()))
                .hasMessage("pair " + pair.id() + ": cannot make a pair that is ENDED ACTIVE");
        assertThatThrownBy(() -> pairs.end(SPRING, pair.id(), " "))
                .hasMessage("reason: must not be blank");
    }

    @Test
    @DisplayName("re-matching ends the pair with its reason and pairs the mentee with the new mentor")
    void rematch() {
        Pair pair = pairs.form(SPRING, id("marie"), id("lea"));
        Pair rematched = pairs.rematch(SPRING, pair.id(), id("paul"), "Attentes différentes");
        assertThat(rematched.mentor()).isEqualTo(id("paul"));
        assertThat(rematched.mentee()).isEqualTo(id("lea"));
        assertThat(pairs.get(SPRING, pair.id()).status()).isEqualTo(PairStatus.ENDED);
        assertThat(pairs.list(SPRING)).extracting(Pair::id)
                .containsExactly(PairId.of("pair-00001"), PairId.of("pair-00002"));
    }

    @Test
    @DisplayName("a refused re-match leaves the old pair as it was")
    void refusedRematch() {
        Pair pair = pairs.form(SPRING, id("marie"), id("lea"));
        assertThatThrownBy(() -> pairs.rematch(SPRING, pair.id(), id("hugo"), "Attentes différentes"))
                .hasMessage("program spring-2027: cannot pair hugo as MENTOR: enrolled as MENTEE");
        assertThat(pairs.get(SPRING, pair.id()).status()).isEqualTo(PairStatus.ACTIVE);
    }
}
