package io.elan.mentoring.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.AddressingOutcome;
import io.elan.mentoring.spi.broadcast.Broadcast;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.SendResult;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.FollowUpCall;
import io.elan.mentoring.spi.program.FollowUpCallId;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.validation.Checks;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("SPI values refuse invalid input at construction, naming the field and the rule")
class ValueValidationTest {

    private static final ProgramId PROGRAM = ProgramId.of("p1");
    private static final Instant T0 = Instant.parse("2026-09-15T07:00:00Z");

    private static Program.Builder program() {
        return Program.builder().tenant("acme").id("p1").name("Élan 2026")
                .kickOff(LocalDate.of(2026, 9, 15)).closing(LocalDate.of(2027, 7, 15)).zone("Europe/Paris");
    }

    @Nested
    @DisplayName("identifiers")
    class Identifiers {
        @ParameterizedTest
        @ValueSource(strings = {"", "   ", " padded", "tab\tinside", "nul\u0000"})
        @DisplayName("blank, padded or control-character ids are refused")
        void refused(String value) {
            assertThatThrownBy(() -> TenantId.of(value)).isInstanceOf(InvalidValueException.class)
                    .hasMessageStartingWith("tenantId: ");
        }

        @Test
        @DisplayName("an id longer than 128 characters is refused with its length")
        void tooLong() {
            assertThatThrownBy(() -> PersonId.of("x".repeat(129)))
                    .hasMessage("personId: must be at most 128 characters (was 129 characters)");
        }

        @Test
        @DisplayName("a null id is refused as required")
        void required() {
            assertThatThrownBy(() -> ProgramId.of(null)).hasMessage("programId: is required");
        }
    }

    @Nested
    @DisplayName("programs")
    class Programs {
        @Test
        @DisplayName("a valid program builds with a draft status and version 0")
        void valid() {
            Program p = program().build();
            assertThat(p.status()).isEqualTo(io.elan.mentoring.spi.program.ProgramStatus.DRAFT);
            assertThat(p.version()).isZero();
        }

        @Test
        @DisplayName("a blank name is refused")
        void blankName() {
            assertThatThrownBy(() -> program().name("  ").build()).isInstanceOf(InvalidValueException.class)
                    .hasMessage("name: must not be blank");
        }

        @Test
        @DisplayName("a closing before the kick-off is refused, naming both dates")
        void closingBeforeKickOff() {
            assertThatThrownBy(() -> program().closing(LocalDate.of(2026, 9, 1)).build())
                    .hasMessage("closing: must be after kickOff (2026-09-15) (was 2026-09-01)");
        }

        @Test
        @DisplayName("a closing on the kick-off day is refused")
        void closingOnKickOff() {
            assertThatThrownBy(() -> program().closing(LocalDate.of(2026, 9, 15)).build())
                    .hasMessageStartingWith("closing: must be after kickOff");
        }

        @Test
        @DisplayName("an unknown zone is refused, naming the field and quoting the value")
        void unknownZone() {
            assertThatThrownBy(() -> program().zone("Europe/Atlantis"))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("zone: must be a known time zone id such as Europe/Paris (was \"Europe/Atlantis\")");
        }

        @Test
        @DisplayName("a missing kick-off is reported as required")
        void missingKickOff() {
            assertThatThrownBy(() -> Program.builder().tenant("acme").id("p").name("n").zone("UTC")
                    .closing(LocalDate.of(2027, 1, 1)).build())
                    .hasMessage("kickOff: is required");
        }

        @Test
        @DisplayName("a negative version is refused")
        void negativeVersion() {
            assertThatThrownBy(() -> program().version(-1).build()).hasMessage("version: must not be negative (was -1)");
        }
    }

    @Nested
    @DisplayName("pairs")
    class Pairs {
        @Test
        @DisplayName("a pair whose mentor and mentee are the same person is refused")
        void samePerson() {
            assertThatThrownBy(() -> Pair.formed(PairId.of("x"), PROGRAM, PersonId.of("amy"), PersonId.of("amy"),
                    LocalDate.of(2026, 9, 15)))
                    .isInstanceOf(InvalidValueException.class)
                    .hasMessage("mentee: must be a different person from the mentor (was amy)");
        }

        @Test
        @DisplayName("an ended pair needs a reason and an end date not before its formation")
        void ended() {
            Pair p = Pair.formed(PairId.of("x"), PROGRAM, PersonId.of("a"), PersonId.of("b"), LocalDate.of(2026, 9, 15));
            assertThatThrownBy(() -> p.ended(LocalDate.of(2026, 10, 1), " ")).hasMessage("endReason: must not be blank");
            assertThatThrownBy(() -> p.ended(LocalDate.of(2026, 9, 1), "left"))
                    .hasMessage("endedOn: must not be before formedOn (2026-09-15) (was 2026-09-01)");
            assertThat(p.ended(LocalDate.of(2026, 10, 1), "left").endReason()).isEqualTo("left");
        }
    }

    @Nested
    @DisplayName("touchpoints")
    class Touchpoints {
        @Test
        @DisplayName("a webinar must end after it starts")
        void zeroDuration() {
            assertThatThrownBy(() -> Touchpoint.builder().id(TouchpointId.of("t")).program(PROGRAM)
                    .format(Format.WEBINAR_FOCUS).theme("Feedback").start(T0).end(T0).build())
                    .hasMessage("end: must be after start (2026-09-15T07:00:00Z) for a WEBINAR_FOCUS (was 2026-09-15T07:00:00Z)");
        }

        @Test
        @DisplayName("a monthly message is asynchronous and has no duration")
        void message() {
            Touchpoint t = Touchpoint.builder().id(TouchpointId.of("m")).program(PROGRAM)
                    .format(Format.MONTHLY_MESSAGE).theme("Octobre").start(T0).build();
            assertThat(t.duration()).isEqualTo(Duration.ZERO);
            assertThat(t.mode()).isEqualTo(io.elan.mentoring.spi.program.DeliveryMode.ASYNCHRONOUS);
        }
    }

    @Nested
    @DisplayName("participants, people and channels")
    class People {
        @Test
        @DisplayName("a channel name must be lower-case")
        void channel() {
            assertThatThrownBy(() -> Channel.of("WhatsApp")).hasMessageStartingWith("channel: must be lower-case");
        }

        @Test
        @DisplayName("a participant without a role is refused")
        void participantRole() {
            assertThatThrownBy(() -> Participant.builder().program(PROGRAM).person(PersonId.of("a"))
                    .enrolledOn(LocalDate.of(2026, 9, 1)).build())
                    .hasMessage("role: is required");
            assertThat(Participant.builder().program(PROGRAM).person(PersonId.of("a")).role(Role.MENTOR)
                    .enrolledOn(LocalDate.of(2026, 9, 1)).build().isActive()).isTrue();
        }

        @Test
        @DisplayName("a phone number must be E.164 and an e-mail must have one @")
        void contact() {
            Person amy = Person.of(PersonId.of("amy"), "Amy");
            assertThatThrownBy(() -> amy.toBuilder().phone("06 12 34 56 78").build())
                    .hasMessageStartingWith("phone: must be in E.164 form");
            assertThatThrownBy(() -> amy.toBuilder().email("amy@@example.org").build())
                    .hasMessageStartingWith("email: must be an e-mail address");
            assertThatThrownBy(() -> amy.toBuilder().manager(PersonId.of("amy")).build())
                    .hasMessage("manager: must not be the person themself (was amy)");
        }
    }

    @Nested
    @DisplayName("messages")
    class Messages {
        @Test
        @DisplayName("more than five key points are refused")
        void keyPoints() {
            assertThatThrownBy(() -> new MessageContent("Replay", List.of(), List.of("1", "2", "3", "4", "5", "6"),
                    List.of(), null))
                    .hasMessage("keyPoints: must have at most 5 elements (was 6 elements)");
        }

        @Test
        @DisplayName("a link that is not http or https is refused")
        void link() {
            assertThatThrownBy(() -> Link.of("Slides", "javascript:alert(1)"))
                    .hasMessage("link.url: must be an absolute http or https link (was \"javascript:alert(1)\")");
            assertThat(Link.of("Slides", "https://example.org/slides").url()).isEqualTo(URI.create("https://example.org/slides"));
        }

        @Test
        @DisplayName("a failed send must say why")
        void sendResult() {
            assertThatThrownBy(() -> SendResult.retryable(" ")).hasMessage("detail: must not be blank");
        }
    }

    @Nested
    @DisplayName("activity, hotline, calls and surveys")
    class Others {
        @Test
        @DisplayName("an activity event concerns a pair or a person")
        void event() {
            assertThatThrownBy(() -> new ActivityEvent(EventId.of("e"), PROGRAM, null, null, ActivityKind.PAIR_MEETING,
                    T0, "host", Map.of()))
                    .hasMessage("pair: or person is required: an event concerns a pair or a person");
        }

        @Test
        @DisplayName("an assigned hotline request names its assignee; an answer cannot precede the request")
        void hotline() {
            HotlineRequest r = HotlineRequest.raised(HotlineRequestId.of("h"), PROGRAM, PersonId.of("a"),
                    HotlineTopic.QUESTION, "Question", "", T0);
            assertThatThrownBy(() -> r.answered("Yes", T0.minusSeconds(1)))
                    .hasMessageStartingWith("answeredAt: must not be before raisedAt");
            assertThat(r.assignedTo(PersonId.of("c")).answered("Yes", T0).closed(T0).answer()).isEqualTo("Yes");
        }

        @Test
        @DisplayName("a call window cannot end before it starts and a logged call has an outcome")
        void call() {
            assertThatThrownBy(() -> FollowUpCall.planned(FollowUpCallId.of("c"), PROGRAM, PersonId.of("a"),
                    LocalDate.of(2026, 11, 30), LocalDate.of(2026, 11, 1)))
                    .hasMessage("dueBy: must not be before dueFrom (2026-11-30) (was 2026-11-01)");
            FollowUpCall c = FollowUpCall.planned(FollowUpCallId.of("c"), PROGRAM, PersonId.of("a"),
                    LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
            assertThatThrownBy(() -> c.logged(null, T0, null)).hasMessage("outcome: is required");
            assertThat(c.isOverdueOn(LocalDate.of(2026, 12, 1))).isTrue();
            assertThat(c.isOverdueOn(LocalDate.of(2026, 11, 30))).isFalse();
        }

        @Test
        @DisplayName("a survey response needs at least one answer and keeps its token out of logs")
        void survey() {
            assertThatThrownBy(() -> new SurveyResponse(PROGRAM, "mid-point", ResponseToken.of("secret"), Map.of(),
                    Map.of()))
                    .hasMessage("answers: must hold at least one answer");
            assertThat(ResponseToken.of("secret").toString()).doesNotContain("secret");
            assertThatThrownBy(() -> new Answer.Choices(java.util.Set.of()))
                    .hasMessage("options: must hold at least one option");
        }

        @Test
        @DisplayName("an exception listing several violations names each of them")
        void several() {
            InvalidValueException e = new InvalidValueException(List.of(Violation.of("name", "must not be blank"),
                    Violation.of("zone", "is required")));
            assertThat(e).hasMessage("2 invalid values: name: must not be blank; zone: is required");
            assertThat(e.violations()).extracting(Violation::field).containsExactly("name", "zone");
        }
    }

    @Nested
    @DisplayName("broadcasts")
    class Broadcasts {
        @Test
        @DisplayName("a broadcast id follows the identifier rules, named broadcastId")
        void id() {
            assertThatThrownBy(() -> BroadcastId.of(" padded")).hasMessageStartingWith("broadcastId: ");
            assertThatThrownBy(() -> BroadcastId.of("x".repeat(BroadcastId.MAX_LENGTH + 1)))
                    .hasMessage("broadcastId: must be at most 128 characters (was 129 characters)");
        }

        @Test
        @DisplayName("a broadcast lists every violation: no audience, a padded kind, a version without a language")
        void broadcast() {
            assertThatThrownBy(() -> new Broadcast(BroadcastId.of("b"), PROGRAM, null, " kind",
                    Map.of(Locale.ROOT, MessageContent.of("Titre"))))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("audience", "kind", "versions"));
            assertThatThrownBy(() -> new Broadcast(BroadcastId.of("b"), PROGRAM, Audience.BOTH, "kind", Map.of()))
                    .hasMessage("versions: must hold at least one language");
        }

        @Test
        @DisplayName("a queued addressee needs a channel and a key, one not reached needs a reason")
        void addressee() {
            assertThatThrownBy(() -> new Addressee(PersonId.of("a"), Role.MENTEE, AddressingOutcome.QUEUED, null,
                    "k", false, T0, null)).hasMessage("channel: is required");
            assertThatThrownBy(() -> new Addressee(PersonId.of("a"), Role.MENTEE, AddressingOutcome.OPTED_OUT, null,
                    null, false, T0, null)).hasMessage("detail: is required");
            assertThatThrownBy(() -> new PublishedBroadcast(null, T0)).hasMessage("broadcast: is required");
        }
    }

    @Nested
    @DisplayName("invitations")
    class Invitations {
        @Test
        @DisplayName("an invitation lists every violation: no person, no token, segments without the role")
        void everyViolation() {
            assertThatThrownBy(() -> new Invitation(null, null, Map.of("cohort", "2026"), false))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                            .extracting(Violation::field).containsExactly("person", "token", "segments"));
        }

        @Test
        @DisplayName("segments hold the role and other segment dimensions, each as a response's segments accept it,"
                + " and nothing else")
        void segments() {
            ResponseToken token = ResponseToken.of("t");
            assertThatThrownBy(() -> new Invitation(PersonId.of("a"), token, Map.of("role", "MENTEE", "team", "x"),
                    false)).hasMessage("segments: must hold only role, cohort, department, site, seniority"
                            + " (was \"team\")");
            assertThat(new Invitation(PersonId.of("a"), token, Map.of("role", "MENTEE", "cohort", "2026",
                    "department", "finance", "site", "lyon", "seniority", "5-10y"), false).segments()).hasSize(5);
            assertThatThrownBy(() -> new Invitation(PersonId.of("a"), token, Map.of("role", "MENTEE",
                    "cohort", "x".repeat(65)), false))
                    .hasMessage("segments[cohort]: must be at most 64 characters (was 65 characters)");
            assertThatThrownBy(() -> new Invitation(PersonId.of("a"), token, Map.of("role", " "), false))
                    .hasMessage("segments[role]: must not be blank");
            assertThat(new Invitation(PersonId.of("a"), token, Map.of("role", "MENTOR", "cohort", "2026"), false)
                    .markedAnswered().answered()).isTrue();
        }
    }

    @Nested
    @DisplayName("what every store keeps")
    class StorableValues {
        @Test
        @DisplayName("text holds no NUL and no unpaired surrogate, whatever else it may hold; a pair stays whole")
        void text() {
            assertThat(Checks.storableText("\t\u0007\uD83C\uDF31\uFFFF", "detail")).isNotEmpty();
            assertThatThrownBy(() -> Checks.storableText("a\0", "detail"))
                    .hasMessage("detail: must not contain the NUL character (was U+0000 at index 1)");
            assertThatThrownBy(() -> Checks.storableText("\uDF31\uD83C", "detail"))
                    .hasMessage("detail: must not contain an unpaired surrogate character (was U+DF31 at index 0)");
            assertThatThrownBy(() -> Checks.text("end \uD83C", "theme", 200))
                    .hasMessage("theme: must not contain an unpaired surrogate character (was U+D83C at index 4)");
            assertThatThrownBy(() -> Checks.id("a\uDC00b", "tenantId"))
                    .hasMessage("tenantId: must not contain an unpaired surrogate character (was U+DC00 at index 1)");
        }

        @Test
        @DisplayName("dates are in the years 1 to 9999")
        void dates() {
            assertThat(Checks.date(LocalDate.of(1, 1, 1), "kickOff")).isEqualTo(LocalDate.of(1, 1, 1));
            assertThat(Checks.date(LocalDate.of(9999, 12, 31), "kickOff")).isEqualTo(LocalDate.of(9999, 12, 31));
            assertThatThrownBy(() -> Checks.date(LocalDate.of(10_000, 1, 1), "kickOff"))
                    .hasMessage("kickOff: must be in the years 1 to 9999 (was +10000-01-01)");
            assertThatThrownBy(() -> Checks.date(LocalDate.of(0, 12, 31), "formedOn"))
                    .hasMessage("formedOn: must be in the years 1 to 9999 (was 0000-12-31)");
            assertThat(Checks.optionalDate(null, "endedOn")).isNull();
        }

        @Test
        @DisplayName("instants lie within what a signed 64-bit count of nanoseconds since the epoch holds")
        void instants() {
            assertThat(Checks.EARLIEST_INSTANT).isEqualTo(Instant.parse("1677-09-21T00:12:43.145224192Z"));
            assertThat(Checks.LATEST_INSTANT).isEqualTo(Instant.parse("2262-04-11T23:47:16.854775807Z"));
            assertThatThrownBy(() -> Checks.instant(Checks.LATEST_INSTANT.plusNanos(1), "at"))
                    .hasMessage("at: must be between 1677-09-21T00:12:43.145224192Z and"
                            + " 2262-04-11T23:47:16.854775807Z (was 2262-04-11T23:47:16.854775808Z)");
            assertThatThrownBy(() -> Checks.instant(Checks.EARLIEST_INSTANT.minusNanos(1), "at"))
                    .isInstanceOf(InvalidValueException.class);
            assertThat(Checks.optionalInstant(null, "at")).isNull();
        }

        @Test
        @DisplayName("languages are BCP 47 tags that give the same language back; zone ids are short enough")
        void languagesAndZones() {
            assertThat(Checks.locale(Locale.forLanguageTag("zh-Hant-TW"), "locale")).isNotNull();
            assertThatThrownBy(() -> Checks.locale(new Locale("not a language"), "locale"))
                    .hasMessage("locale: must be a well-formed BCP 47 language tag of at most 255 characters that"
                            + " gives the same language back (was und)");
            assertThat(Checks.zone(ZoneId.of("America/Argentina/ComodRivadavia"), "zone")).isNotNull();
        }

        @Test
        @DisplayName("the values run these rules: a far date, a far instant, a half surrogate pair are refused")
        void valuesRunThem() {
            assertThatThrownBy(() -> Pair.formed(PairId.of("p"), ProgramId.of("x"), PersonId.of("a"),
                    PersonId.of("b"), LocalDate.of(10_000, 1, 1))).hasMessageStartingWith("formedOn: must be in");
            assertThatThrownBy(() -> ActivityEvent.ofPerson(EventId.of("e"), ProgramId.of("x"), PersonId.of("a"),
                    ActivityKind.PAIR_MEETING, Instant.MAX, "host")).hasMessageStartingWith("occurredAt: must be");
            assertThatThrownBy(() -> new Addressee(PersonId.of("a"), Role.MENTEE, AddressingOutcome.NO_CHANNEL, null,
                    null, false, Instant.EPOCH, "\uD83C")).hasMessageStartingWith("detail: must not contain an"
                    + " unpaired surrogate");
        }
    }

    @Nested
    @DisplayName("values shown in messages")
    class ShownValues {
        @Test
        @DisplayName("a message shows at most 40 characters of a value, then an ellipsis")
        void cut() {
            assertThat(Violation.shown("x".repeat(40))).isEqualTo("x".repeat(40));
            assertThat(Violation.shown("x".repeat(1 << 20))).isEqualTo("x".repeat(40) + "…");
            assertThat(Checks.quote("y".repeat(41))).isEqualTo("\"" + "y".repeat(40) + "…\"");
            assertThat(Violation.of("name", "must be short", "z".repeat(100)).message())
                    .isEqualTo("name: must be short (was " + "z".repeat(40) + "…)");
            assertThatThrownBy(() -> Checks.zone("Mars/" + "o".repeat(10_000), "zone"))
                    .hasMessage("zone: must be a known time zone id such as Europe/Paris (was \"Mars/"
                            + "o".repeat(35) + "…\")");
        }

        @Test
        @DisplayName("invisible characters and unpaired surrogates are escaped; an escape or a pair is never cut")
        void escapesAndPairs() {
            assertThat(Violation.shown("a\0b\nc\uD800")).isEqualTo("a\\u0000b\\u000Ac\\uD800");
            assertThat(Violation.shown("x".repeat(39) + "\uD83C\uDF31")).isEqualTo("x".repeat(39) + "…");
            assertThat(Violation.shown("x".repeat(38) + "\0")).isEqualTo("x".repeat(38) + "…");
            assertThat(Violation.shown("x".repeat(34) + "\0")).isEqualTo("x".repeat(34) + "\\u0000");
        }

        @Test
        @DisplayName("showing a shown value changes nothing, quoted or not")
        void idempotent() {
            for (String value : new String[] {"x".repeat(100), "\"" + "q".repeat(100) + "\"",
                    "\0".repeat(30), "x".repeat(39) + "\uD83C\uDF31" + "x"}) {
                String shown = Violation.shown(value);
                assertThat(Violation.shown(shown)).as(value).isEqualTo(shown);
            }
            String quoted = Checks.quote("w".repeat(500));
            assertThat(Violation.of("f", "r", quoted).message()).isEqualTo("f: r (was " + quoted + ")");
        }
    }
}
