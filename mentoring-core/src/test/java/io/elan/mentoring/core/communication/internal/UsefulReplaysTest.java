package io.elan.mentoring.core.communication.internal;

import static io.elan.mentoring.core.communication.internal.CommunityFixture.PROGRAM;
import static io.elan.mentoring.core.communication.internal.CommunityFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.core.communication.CommunicationSettings;
import io.elan.mentoring.core.communication.delivery.SendReport;
import io.elan.mentoring.core.communication.delivery.SendingHours;
import io.elan.mentoring.core.communication.rendering.MessageTexts;
import io.elan.mentoring.core.communication.replay.UsefulReplay;
import io.elan.mentoring.core.communication.replay.UsefulReplays;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.broadcast.AddressingOutcome;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Attendance;
import io.elan.mentoring.spi.program.AttendanceStatus;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.ParticipantStatus;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.program.TouchpointStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UsefulReplaysTest {

    private static final TouchpointId WEBINAR = TouchpointId.of("webinar-feedback");
    private static final Instant WEBINAR_START = Instant.parse("2026-11-19T11:00:00Z");

    private CommunityFixture fixture;
    private CommunicationServices communication;

    @BeforeEach
    void setUp() {
        fixture = new CommunityFixture();
        communication = fixture.communication();
        fixture.enrol("mentor-ana", Role.MENTOR);
        fixture.enrol("mentor-ben", Role.MENTOR, Channel.EMAIL, Locale.ENGLISH);
        fixture.enrol("mentee-chloe", Role.MENTEE);
        fixture.enrol("mentee-dev", Role.MENTEE, Channel.WHATSAPP, Locale.ENGLISH);
        fixture.enrol("mentee-eve", Role.MENTEE);
        fixture.enrol("mentee-left", Role.MENTEE);
        fixture.setStatus("mentee-left", ParticipantStatus.WITHDRAWN);
        webinar(Audience.BOTH, WEBINAR_START, TouchpointStatus.HELD);
        attended("mentor-ana", AttendanceStatus.ATTENDED);
        attended("mentee-chloe", AttendanceStatus.ATTENDED);
        attended("mentee-eve", AttendanceStatus.EXCUSED);
    }

    private Touchpoint webinar(Audience audience, Instant start, TouchpointStatus status) {
        return fixture.store.saveTouchpoint(TENANT, Touchpoint.builder()
                .id(WEBINAR)
                .program(PROGRAM)
                .format(Format.WEBINAR_FOCUS)
                .theme("Donner un feedback utile")
                .start(start)
                .duration(Duration.ofMinutes(45))
                .audience(audience)
                .status(status)
                .build());
    }

    private void attended(String person, AttendanceStatus status) {
        fixture.store.recordAttendance(TENANT, new Attendance(PROGRAM, WEBINAR, PersonId.of(person), status,
                WEBINAR_START.plus(Duration.ofHours(1))));
    }

    private static UsefulReplay.Builder replay() {
        return UsefulReplay.builder(PROGRAM, WEBINAR)
                .keyPoint("Décrire un fait, pas une personne")
                .keyPoint("Demander la permission avant de donner un feedback")
                .link("Enregistrement", "https://videos.example.com/feedback");
    }

    @Test
    @DisplayName("only the absentees receive the replay: invited active participants minus those who attended")
    void onlyAbsentees() {
        SendReport report = communication.replays().send(TENANT, replay().build());

        assertThat(report.queued()).extracting(a -> a.person().value())
                .containsExactly("mentee-dev", "mentee-eve", "mentor-ben");
        assertThat(fixture.queuedTo()).containsExactly("mentee-dev", "mentee-eve", "mentor-ben");
        assertThat(report.newlyQueued()).isEqualTo(3);
    }

    @Test
    @DisplayName("a touchpoint for one community invites only that community")
    void audienceLimitsTheInvited() {
        webinarUpdate(Audience.MENTEES);

        SendReport report = communication.replays().send(TENANT, replay().build());

        assertThat(report.queued()).extracting(a -> a.person().value()).containsExactly("mentee-dev", "mentee-eve");
    }

    private void webinarUpdate(Audience audience) {
        Touchpoint current = fixture.store.findTouchpoint(TENANT, PROGRAM, WEBINAR).orElseThrow();
        fixture.store.saveTouchpoint(TENANT, current.toBuilder().audience(audience).build());
    }

    @Test
    @DisplayName("sending the same replay again queues nothing new")
    void idempotent() {
        communication.replays().send(TENANT, replay().build());
        SendReport again = communication.replays().send(TENANT, replay().build());

        assertThat(again.newlyQueued()).isZero();
        assertThat(fixture.entries()).hasSize(3);
    }

    @Test
    @DisplayName("the replay is written in each absentee's language, with the key points and links as recorded")
    void localized() {
        communication.replays().send(TENANT, replay().build());
        communication.dispatcher().runDue(TENANT, fixture.clock.instant());

        OutgoingMessage english = delivered("mentor-ben");
        assertThat(english.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(english.content().title()).isEqualTo("Useful replay: Donner un feedback utile");
        assertThat(english.content().paragraphs()).containsExactly("You could not attend the focus webinar “Donner un"
                + " feedback utile”"
                + " on November 19, 2026. Here is what to remember, in a few minutes.");
        OutgoingMessage french = delivered("mentee-eve");
        assertThat(french.locale()).isEqualTo(Locale.FRENCH);
        assertThat(french.content().title()).isEqualTo("Replay utile\u00a0: Donner un feedback utile");
        assertThat(french.content().paragraphs()).containsExactly("Vous n’avez pas pu participer au webinaire focus"
                + " «\u00a0Donner un feedback utile\u00a0» du 19 novembre 2026. Voici l’essentiel à retenir, en quelques minutes.");
        assertThat(french.content().keyPoints()).containsExactly("Décrire un fait, pas une personne",
                "Demander la permission avant de donner un feedback");
        assertThat(french.content().links()).extracting(l -> l.url().toString())
                .containsExactly("https://videos.example.com/feedback");
    }

    private OutgoingMessage delivered(String person) {
        return fixture.inbox.delivered().stream().filter(m -> m.recipient().value().equals(person)).findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName("an absentee who opted out of replays is reported, not sent")
    void optOut() {
        fixture.enrol("mentor-quiet", Role.MENTOR, Channel.EMAIL, Locale.FRENCH, UsefulReplays.KIND);

        SendReport report = communication.replays().send(TENANT, replay().build());

        assertThat(report.skipped()).singleElement().satisfies(a -> {
            assertThat(a.person().value()).isEqualTo("mentor-quiet");
            assertThat(a.outcome()).isEqualTo(AddressingOutcome.OPTED_OUT);
            assertThat(a.detail()).isEqualTo("opted out of replay");
        });
        assertThat(fixture.queuedTo()).doesNotContain("mentor-quiet");
    }

    @Test
    @DisplayName("more than five key points are refused, naming the field")
    void tooManyKeyPoints() {
        UsefulReplay.Builder six = replay().keyPoint("3").keyPoint("4").keyPoint("5").keyPoint("6");

        assertThatThrownBy(six::build)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("keyPoints"))
                .hasMessage("keyPoints: must hold at most 5 key points (was 6)");
    }

    @Test
    @DisplayName("a link that is not http(s) is refused, naming the link; every violation is listed at once")
    void nonHttpLink() {
        UsefulReplay.Builder bad = replay()
                .link("Script", "javascript:alert(1)")
                .link("Partage", "ftp://files.example.com/slides.pdf")
                .keyPoint(" ");

        assertThatThrownBy(bad::build)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactly("keyPoints[2]", "links[1].url", "links[2].url"))
                .hasMessageContaining("links[1].url: must be an absolute http or https link (was \"javascript:alert(1)\")");
    }

    @Test
    @DisplayName("a replay without any key point is refused")
    void noKeyPoint() {
        assertThatThrownBy(() -> UsefulReplay.builder(PROGRAM, WEBINAR).build())
                .hasMessage("keyPoints: must hold at least 1 key point");
    }

    @Test
    @DisplayName("a replay for a touchpoint that has not ended yet is refused, naming the touchpoint")
    void notHappenedYet() {
        fixture.clock.set(WEBINAR_START.plus(Duration.ofMinutes(30)));

        assertThatThrownBy(() -> communication.replays().send(TENANT, replay().build()))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("touchpoint"))
                .hasMessageContaining("has not happened yet: it ends at 2026-11-19T11:45:00Z, after now"
                        + " (2026-11-19T11:30:00Z)");
        assertThat(fixture.entries()).isEmpty();
    }

    @Test
    @DisplayName("a replay for a cancelled touchpoint is refused")
    void cancelled() {
        Touchpoint current = fixture.store.findTouchpoint(TENANT, PROGRAM, WEBINAR).orElseThrow();
        fixture.store.saveTouchpoint(TENANT, current.withStatus(TouchpointStatus.CANCELLED));

        assertThatThrownBy(() -> communication.replays().send(TENANT, replay().build()))
                .hasMessageContaining("touchpoint: was cancelled");
    }

    @Test
    @DisplayName("the absentees of another tenant are never read")
    void tenantScoped() {
        assertThatThrownBy(() -> communication.replays().send(TenantId.of("other"),
                replay().build()))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixture.entries()).isEmpty();
    }

    @Test
    @DisplayName("with sending hours at every hour, a replay on WhatsApp still waits for the end of the quiet hours")
    void quietHoursAtEnqueue() {
        CommunicationServices anyHour = fixture.wiring(fixture.inbox).settings(CommunicationSettings.builder()
                .sendingHours(SendingHours.always()).build()).build();
        fixture.clock.set(Instant.parse("2026-11-26T02:00:00Z"));

        anyHour.replays().send(TENANT, replay().build());

        assertThat(notBefore(Channel.WHATSAPP)).isEqualTo(Instant.parse("2026-11-26T07:00:00Z"));
        assertThat(notBefore(Channel.EMAIL)).isEqualTo(Instant.parse("2026-11-26T02:00:00Z"));
    }

    @Test
    @DisplayName("a replay given right after the session goes out the replay delay after its end, on every channel")
    void replayDelay() {
        moveWebinarTo(Instant.parse("2026-11-26T09:00:00Z"));
        fixture.clock.set(Instant.parse("2026-11-26T09:45:00Z"));

        communication.replays().send(TENANT, replay().build());

        Instant twoHoursAfterTheEnd = Instant.parse("2026-11-26T11:45:00Z");
        assertThat(fixture.entries()).hasSize(3)
                .allSatisfy(e -> assertThat(e.message().notBefore()).isEqualTo(twoHoursAfterTheEnd));
        assertThat(communication.dispatcher().runDue(TENANT, twoHoursAfterTheEnd.minusSeconds(1)).idle()).isTrue();
        assertThat(communication.dispatcher().runDue(TENANT, twoHoursAfterTheEnd).delivered()).isEqualTo(3);
    }

    @Test
    @DisplayName("a replay due after the sending hours goes out at their next start, never in the evening")
    void replayAfterALateSession() {
        moveWebinarTo(Instant.parse("2026-11-27T15:15:00Z"));
        fixture.clock.set(Instant.parse("2026-11-27T16:05:00Z"));

        communication.replays().send(TENANT, replay().build());

        assertThat(fixture.entries()).hasSize(3).allSatisfy(e -> assertThat(e.message().notBefore())
                .as("Friday 18:00 in Paris is over: Monday 9:00").isEqualTo(Instant.parse("2026-11-30T08:00:00Z")));
    }

    @Test
    @DisplayName("a replay given later than its delay goes out at once, within the sending hours")
    void lateReplay() {
        communication.replays().send(TENANT, replay().build());

        assertThat(fixture.entries()).hasSize(3)
                .allSatisfy(e -> assertThat(e.message().notBefore()).isEqualTo(fixture.clock.instant()));
    }

    private void moveWebinarTo(Instant start) {
        Touchpoint current = fixture.store.findTouchpoint(TENANT, PROGRAM, WEBINAR).orElseThrow();
        fixture.store.saveTouchpoint(TENANT, current.toBuilder().start(start).duration(Duration.ofMinutes(45)).build());
    }

    private Instant notBefore(Channel channel) {
        return fixture.entries().stream().filter(e -> e.message().channel().equals(channel)).findFirst()
                .orElseThrow().message().notBefore();
    }

    @Test
    @DisplayName("a host's German texts reach a German absentee; the team's key points stay as written")
    void hostLanguage() {
        fixture.enrol("mentee-fritz", Role.MENTEE, Channel.EMAIL, Locale.GERMAN);
        CommunicationServices german = fixture.wiring(fixture.inbox).texts(MessageTexts.builder()
                .add(Locale.GERMAN, Map.of(
                        "replay.title", "Nützlicher Rückblick: {0}",
                        "replay.intro", "Sie konnten am {1} nicht an „{0}“ teilnehmen."))
                .build()).build();

        german.replays().send(TENANT, replay().build());
        german.dispatcher().runDue(TENANT, fixture.clock.instant());

        OutgoingMessage message = delivered("mentee-fritz");
        assertThat(message.locale()).isEqualTo(Locale.GERMAN);
        assertThat(message.content().title()).isEqualTo("Nützlicher Rückblick: Donner un feedback utile");
        assertThat(message.content().paragraphs())
                .containsExactly("Sie konnten am 19. November 2026 nicht an „Donner un feedback utile“ teilnehmen.");
        assertThat(message.content().keyPoints()).startsWith("Décrire un fait, pas une personne");
    }

    @Test
    @DisplayName("a monthly message has no replay: nobody attends it")
    void messageHasNoReplay() {
        TouchpointId monthly = TouchpointId.of("monthly-november");
        fixture.store.saveTouchpoint(TENANT, Touchpoint.builder().id(monthly).program(PROGRAM)
                .format(Format.MONTHLY_MESSAGE).theme("Le mois du feedback").start(WEBINAR_START).build());

        assertThatThrownBy(() -> communication.replays().send(TENANT, UsefulReplay.builder(PROGRAM, monthly)
                .keyPoint("Un point").build()))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("touchpoint: must be a session people attend, not a MONTHLY_MESSAGE (was monthly-november)");
    }
}
