package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.EngineFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.calendar.CompanyCalendarDefinition;
import io.elan.mentoring.core.hotline.Hotline;
import io.elan.mentoring.core.hotline.OverdueHotlineRequest;
import io.elan.mentoring.scheduling.Blackout;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineStatus;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The hotline: raise, assign, answer, close, the activity event and the overdue list in working days. */
class HotlineTest {

    private static final HotlineRequestId TICKET = HotlineRequestId.of("ticket-1");

    private final EngineFixture fixture = new EngineFixture();
    private final Hotline hotline = fixture.acme().hotline();

    @BeforeEach
    void program() {
        fixture.enrollingProgramWithPairs(1);
    }

    private HotlineRequest raiseAt(String instant) {
        fixture.clock.set(Instant.parse(instant));
        return hotline.raise(SPRING, TICKET, id("mentee-1"), HotlineTopic.QUESTION, "Fréquence des rencontres",
                "Combien de fois faut-il se voir ?");
    }

    @Test
    @DisplayName("raising stores the request open and appends one HOTLINE_REQUEST activity event, even if raised twice")
    void raiseAppendsActivityOnce() {
        HotlineRequest raised = raiseAt("2027-01-05T09:00:00Z");
        assertThat(hotline.raise(SPRING, TICKET, id("mentee-1"), HotlineTopic.QUESTION, "Fréquence des rencontres",
                "Combien de fois faut-il se voir ?")).isEqualTo(raised);
        assertThat(fixture.activity()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(ActivityKind.HOTLINE_REQUEST);
            assertThat(event.person()).isEqualTo(id("mentee-1"));
            assertThat(event.occurredAt()).isEqualTo(raised.raisedAt());
            assertThat(event.attributes()).isEqualTo(Map.of("request", "ticket-1", "topic", "QUESTION"));
        });
        assertThat(hotline.list(SPRING)).containsExactly(raised);
    }

    @Test
    @DisplayName("the answer is due two working days later at the same local time; weekends and holidays do not count")
    void dueInWorkingDays() {
        HotlineRequest friday = raiseAt("2027-12-24T09:00:00Z");
        assertThat(hotline.answerDueBy(SPRING, friday)).as("Fri 24 Dec + Mon 27, Tue 28; 25th is a Saturday")
                .isEqualTo(Instant.parse("2027-12-28T09:00:00Z"));
        fixture.clock.set(Instant.parse("2027-12-28T09:00:00Z"));
        assertThat(hotline.overdue(SPRING)).isEmpty();
        fixture.clock.set(Instant.parse("2027-12-28T09:00:01Z"));
        assertThat(hotline.overdue(SPRING)).extracting(OverdueHotlineRequest::request).extracting(HotlineRequest::id)
                .containsExactly(TICKET);
    }

    @Test
    @DisplayName("the working days are those of the program's company calendar: a blackout added later moves the target")
    void dueInTheProgramsCalendar() {
        HotlineRequest friday = raiseAt("2027-12-24T09:00:00Z");
        fixture.acme().calendar().changeCompanyCalendar(SPRING, CompanyCalendarDefinition.builder()
                .blackout(new Blackout(LocalDate.of(2027, 12, 27), LocalDate.of(2027, 12, 27),
                        LocalizedText.of("Pont", "Bridge day")))
                .build());
        assertThat(hotline.answerDueBy(SPRING, friday)).as("Mon 27 is closed: Tue 28, Wed 29")
                .isEqualTo(Instant.parse("2027-12-29T09:00:00Z"));
    }

    @Test
    @DisplayName("an answered request is not overdue any more")
    void answeredIsNotOverdue() {
        raiseAt("2027-01-05T09:00:00Z");
        hotline.assign(SPRING, TICKET, id("coordinator"));
        fixture.clock.set(Instant.parse("2027-01-20T09:00:00Z"));
        assertThat(hotline.overdue(SPRING)).hasSize(1);
        HotlineRequest answered = hotline.answer(SPRING, TICKET, "Toutes les deux à trois semaines.");
        assertThat(answered.status()).isEqualTo(HotlineStatus.ANSWERED);
        assertThat(answered.assignee()).isEqualTo(id("coordinator"));
        assertThat(hotline.overdue(SPRING)).isEmpty();
    }

    @Test
    @DisplayName("an answered or closed request cannot be assigned or answered again; a closed one cannot be closed")
    void refusals() {
        raiseAt("2027-01-05T09:00:00Z");
        hotline.answer(SPRING, TICKET, "Oui.");
        assertThatThrownBy(() -> hotline.assign(SPRING, TICKET, id("coordinator")))
                .isInstanceOf(RefusedOperationException.class)
                .hasMessage("hotline request ticket-1: cannot make a request that is ANSWERED ASSIGNED");
        hotline.close(SPRING, TICKET);
        assertThatThrownBy(() -> hotline.close(SPRING, TICKET))
                .hasMessage("hotline request ticket-1: cannot make a request that is CLOSED CLOSED");
        assertThatThrownBy(() -> hotline.answer(SPRING, TICKET, "Encore"))
                .hasMessage("hotline request ticket-1: cannot make a request that is CLOSED ANSWERED");
    }

    @Test
    @DisplayName("only participants raise requests, and not in a closed program")
    void whoAndWhen() {
        assertThatThrownBy(() -> hotline.raise(SPRING, TICKET, id("stranger"), HotlineTopic.QUESTION, "?", ""))
                .hasMessage("program spring-2027: cannot raise a hotline request for stranger:"
                        + " not a participant of this program");
        fixture.acme().programs().cancel(SPRING, "stopped");
        assertThatThrownBy(() -> raiseAt("2027-01-05T09:00:00Z"))
                .hasMessage("program spring-2027: cannot raise a hotline request while the program is CANCELLED");
        assertThat(fixture.activity()).extracting(ActivityEvent::kind).isEmpty();
        assertThat(LocalDate.of(2027, 12, 25).getDayOfWeek().getValue()).isEqualTo(6);
    }
}
