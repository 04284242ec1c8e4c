package io.elan.mentoring.core;

import static io.elan.mentoring.core.EngineFixture.ACME;
import static io.elan.mentoring.core.EngineFixture.KICK_OFF;
import static io.elan.mentoring.core.EngineFixture.PARIS;
import static io.elan.mentoring.core.EngineFixture.SPRING;
import static io.elan.mentoring.core.EngineFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.activity.PairActivity;
import io.elan.mentoring.core.communication.delivery.SendingHours;
import io.elan.mentoring.core.communication.monthly.MonthlyContribution;
import io.elan.mentoring.core.communication.monthly.MonthlyMessages;
import io.elan.mentoring.core.communication.replay.UsefulReplay;
import io.elan.mentoring.core.communication.replay.UsefulReplays;
import io.elan.mentoring.core.engagement.Engagement;
import io.elan.mentoring.core.engagement.EngagementSettings;
import io.elan.mentoring.core.followup.FollowUpCalls;
import io.elan.mentoring.core.hotline.Hotline;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.CallOutcome;
import io.elan.mentoring.spi.program.FollowUpCallId;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Twelve weeks of a program whose people live in Paris, New York and Tokyo and read French or English, with the
 * host's timer running every hour of every day: every message the engine writes (monthly messages, replays, nudges,
 * escalations, hotline answers and alerts, concerns) leaves inside its recipient's sending hours, read in their zone,
 * and is written in their language.
 */
class SendingHoursAndLanguagesTest {

    private static final PersonId TEAM = id("equipe-mentorat");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate END = KICK_OFF.plusWeeks(12);

    /** One message as it left, with the instant the timer sent it. */
    private record Sent(OutgoingMessage message, Instant at) {}

    private final EngineFixture fixture = new EngineFixture(builder -> builder
            .engagementSettings(EngagementSettings.builder().programManager(TEAM).build()));
    private final TenantScope acme = fixture.acme();
    private final Map<PersonId, Person> people = new HashMap<>();
    private final List<Sent> sent = new ArrayList<>();
    private Pair meeting;

    @Test
    @DisplayName("every message leaves inside its recipient's sending hours, in their zone and in their language")
    void everyMessageOnTimeInItsLanguage() {
        programOfFour();
        for (LocalDateTime hour = KICK_OFF.atStartOfDay(); hour.toLocalDate().isBefore(END);
                hour = hour.plusHours(1)) {
            happenings(hour);
            timer(hour.atZone(PARIS).toInstant());
        }

        assertThat(sent).extracting(s -> s.message().kind()).contains(MonthlyMessages.KIND, UsefulReplays.KIND,
                Engagement.NUDGE_KIND, Hotline.ANSWER_KIND, Hotline.ALERT_KIND, FollowUpCalls.CONCERN_KIND);
        for (Sent s : sent) {
            Person recipient = people.get(s.message().recipient());
            ZoneId zone = acme.participants().participants(SPRING).stream()
                    .filter(p -> p.person().equals(recipient.id())).map(Participant::zone).findFirst().orElse(PARIS);
            assertThat(SendingHours.officeHours().allows(s.at(), zone))
                    .as("%s to %s at %s", s.message().kind(), recipient.displayName(), s.at().atZone(zone)).isTrue();
            assertThat(s.message().locale().getLanguage()).as("%s to %s", s.message().kind(), recipient.displayName())
                    .isEqualTo(recipient.locale().getLanguage());
        }
        assertThat(titles("lea")).contains("Answer to your request: Where is the replay?", "Feedback month");
        assertThat(titles("kenji")).contains("Useful replay: Feedback that helps", "How is your mentoring going?");
        assertThat(titles("rosa")).contains("Replay utile\u00a0: Feedback that helps", "Où en est votre binôme\u202f?");
        assertThat(titles("equipe-mentorat")).contains("Binôme à suivre\u00a0: Kenji Sato et Rosa Lopez",
                "Inquiétude lors d’un appel de suivi\u00a0: Kenji Sato");
    }

    private List<String> titles(String person) {
        return sent.stream().filter(s -> s.message().recipient().value().equals(person))
                .map(s -> s.message().content().title()).toList();
    }

    /** Marie (Paris, French) mentors Léa (New York, English); Kenji (Tokyo, English, WhatsApp) mentors Rosa. */
    private void programOfFour() {
        put(person("marie", "Marie Dupont", Locale.FRENCH, PARIS));
        put(person("lea", "Lea Martin", Locale.ENGLISH, NEW_YORK));
        put(person("kenji", "Kenji Sato", Locale.ENGLISH, TOKYO).toBuilder().phone("+81312345678").build());
        put(person("rosa", "Rosa Lopez", Locale.FRENCH, PARIS));
        put(person("equipe-mentorat", "Équipe mentorat", Locale.FRENCH, PARIS));
        acme.programs().define(EngineFixture.definition().build());
        acme.programs().openEnrolment(SPRING);
        acme.participants().enrol(SPRING, Role.MENTOR, List.of(id("marie"), id("kenji")));
        acme.participants().enrol(SPRING, Role.MENTEE, List.of(id("lea"), id("rosa")));
        Participant kenji = fixture.store.findParticipant(ACME, SPRING, id("kenji")).orElseThrow();
        fixture.store.saveParticipant(ACME, kenji.toBuilder().preferredChannel(Channel.WHATSAPP).build());
        meeting = acme.pairs().form(SPRING, id("marie"), id("lea"));
        acme.pairs().form(SPRING, id("kenji"), id("rosa"));
        acme.programs().markReady(SPRING);
        fixture.clock.set(KICK_OFF.atStartOfDay(PARIS).toInstant());
        acme.programs().start(SPRING);
    }

    private static Person person(String id, String name, Locale locale, ZoneId zone) {
        return Person.of(id(id), name).toBuilder().email(id + "@acme.example").locale(locale).zone(zone).build();
    }

    private void put(Person person) {
        people.put(person.id(), person);
        fixture.people.put(ACME, person);
    }

    /** What the host does at one hour of the program, on Paris time; hours are chosen outside sending hours often. */
    private void happenings(LocalDateTime hour) {
        fixture.clock.set(hour.atZone(PARIS).toInstant());
        LocalDate day = hour.toLocalDate();
        int h = hour.getHour();
        if (day.getDayOfWeek() == DayOfWeek.MONDAY && h == 7 && day.isAfter(KICK_OFF)) {
            fixture.acme().engagement().nudge(fixture.acme().engagement().assess(SPRING, day));
        }
        if (day.getDayOfMonth() == 1 && h == 7) {
            for (Role community : Role.values()) {
                fixture.acme().communication().monthlyMessages().send(MonthlyContribution.builder()
                        .program(SPRING).month(YearMonth.from(day)).community(community)
                        .version(Locale.FRENCH, MessageContent.of("Le mois du feedback", "Essayez-le en binôme."))
                        .version(Locale.ENGLISH, MessageContent.of("Feedback month", "Try it with your pair."))
                        .build());
            }
        }
        if (day.getDayOfWeek() == DayOfWeek.THURSDAY && h == 18 && day.isAfter(KICK_OFF.plusWeeks(1))) {
            sessionEndingAt(hour);
        }
        if (day.getDayOfWeek() == DayOfWeek.WEDNESDAY && h == 19) {
            acme.activity().reportPairActivity(SPRING, List.of(PairActivity.meeting(meeting.id(),
                    day.atTime(12, 30).atZone(PARIS).toInstant())));
        }
        if (day.equals(LocalDate.of(2027, 1, 22)) && h == 23) {
            acme.hotline().raise(SPRING, HotlineRequestId.of("h-1"), id("lea"), HotlineTopic.QUESTION,
                    "Where is the replay?", "");
        }
        if (day.equals(LocalDate.of(2027, 1, 23)) && h == 10) {
            acme.hotline().answer(SPRING, HotlineRequestId.of("h-1"), "In the community space, under Replays.");
        }
        if (day.equals(LocalDate.of(2027, 2, 1)) && h == 22) {
            acme.hotline().raise(SPRING, HotlineRequestId.of("h-2"), id("rosa"), HotlineTopic.DIFFICULTY,
                    "Mon binôme ne répond pas", "Trois messages sans réponse.");
        }
        if (day.equals(LocalDate.of(2027, 3, 11)) && h == 19) {
            acme.followUps().log(SPRING, FollowUpCallId.of("call/kenji/m2"), CallOutcome.CONCERN_RAISED,
                    "Rosa does not answer.");
        }
    }

    /** A webinar that ends at {@code end}; Marie and Léa came, the team gives the replay right away. */
    private void sessionEndingAt(LocalDateTime end) {
        TouchpointId webinar = TouchpointId.of("webinar-" + end.toLocalDate());
        fixture.store.saveTouchpoint(ACME, Touchpoint.builder().id(webinar).program(SPRING)
                .format(Format.WEBINAR_FOCUS).theme("Feedback that helps")
                .start(end.minusMinutes(45).atZone(PARIS).toInstant()).duration(Duration.ofMinutes(45)).build());
        acme.activity().recordAttendance(SPRING, webinar, Map.of(id("marie"), AttendanceStatus.ATTENDED,
                id("lea"), AttendanceStatus.ATTENDED));
        fixture.acme().communication().replays().send(UsefulReplay.builder(SPRING, webinar)
                .keyPoint("Describe a fact, not a person").link("Recording", "https://videos.example.com/f").build());
    }

    /** The host's timer: the hotline's due job, then the outbox, at one instant. */
    private void timer(Instant now) {
        int before = fixture.gateway.delivered().size();
        acme.hotline().alertOverdue(now);
        fixture.clock.set(now);
        fixture.elan.runDue(ACME);
        List<OutgoingMessage> delivered = fixture.gateway.delivered();
        for (OutgoingMessage message : delivered.subList(before, delivered.size())) {
            sent.add(new Sent(message, now));
        }
    }
}
