package io.elan.mentoring.core.communication.internal;

import static io.elan.mentoring.core.communication.internal.CommunityFixture.PROGRAM;
import static io.elan.mentoring.core.communication.internal.CommunityFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.elan.mentoring.core.communication.broadcast.ParityLine;
import io.elan.mentoring.core.communication.broadcast.ParityStatus;
import io.elan.mentoring.core.communication.delivery.SendReport;
import io.elan.mentoring.core.communication.monthly.MonthlyContribution;
import io.elan.mentoring.core.communication.monthly.MonthlyMessages;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.AddressingOutcome;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.Role;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MonthlyMessagesTest {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private CommunityFixture fixture;
    private CommunicationServices communication;

    @BeforeEach
    void setUp() {
        fixture = new CommunityFixture();
        communication = fixture.communication();
        fixture.enrol("mentor-ana", Role.MENTOR);
        fixture.enrol("mentor-ben", Role.MENTOR, Channel.WHATSAPP, Locale.ENGLISH);
        fixture.enrol("mentor-dieter", Role.MENTOR, Channel.EMAIL, Locale.GERMAN);
        fixture.enrol("mentor-no-monthly", Role.MENTOR, Channel.EMAIL, Locale.FRENCH, MonthlyMessages.KIND);
        fixture.enrol("mentee-chloe", Role.MENTEE);
    }

    private static MonthlyContribution.Builder contribution() {
        return MonthlyContribution.builder()
                .program(PROGRAM)
                .month(NOVEMBER)
                .community(Role.MENTOR)
                .version(Locale.FRENCH, new MessageContent("Le feedback qui fait grandir",
                        List.of("Ce mois-ci, un outil simple pour vos rencontres."), List.of("Faits, effets, attentes"),
                        List.of(Link.of("Fiche outil", "https://example.com/feedback")), null))
                .version(Locale.ENGLISH, new MessageContent("Feedback that helps people grow",
                        List.of("This month, a simple tool for your meetings."), List.of("Facts, effects, wishes"),
                        List.of(Link.of("Tool sheet", "https://example.com/feedback")), null))
                .spotlight("Awa et Léo", "ont raconté leur première rencontre au déjeuner témoignages")
                .shareAt("https://community.example.com/mentors");
    }

    private OutgoingMessage delivered(String person) {
        return fixture.inbox.delivered().stream().filter(m -> m.recipient().value().equals(person)).findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName("the monthly message goes to every active member of the community, on their preferred channel")
    void reachesTheCommunity() {
        SendReport report = communication.monthlyMessages().send(TENANT, contribution().build());

        assertThat(report.addressees()).extracting(a -> a.person().value(), Addressee::outcome, Addressee::channel)
                .containsExactly(
                        tuple("mentor-ana", AddressingOutcome.QUEUED, Channel.EMAIL),
                        tuple("mentor-ben", AddressingOutcome.QUEUED, Channel.WHATSAPP),
                        tuple("mentor-dieter", AddressingOutcome.QUEUED, Channel.EMAIL),
                        tuple("mentor-no-monthly", AddressingOutcome.OPTED_OUT, null));
    }

    @Test
    @DisplayName("French: the team's words, the spotlight, the invitation to share and the share link")
    void french() {
        communication.monthlyMessages().send(TENANT, contribution().build());
        communication.dispatcher().runDue(TENANT, fixture.clock.instant());

        MessageContent content = delivered("mentor-ana").content();
        assertThat(content.title()).isEqualTo("Le feedback qui fait grandir");
        assertThat(content.paragraphs()).containsExactly(
                "Ce mois-ci, un outil simple pour vos rencontres.",
                "À l’honneur\u00a0: Awa et Léo — ont raconté leur première rencontre au déjeuner témoignages. Merci"
                        + " pour ce partage\u00a0!",
                "À vous\u00a0: répondez à ce message ou publiez dans l’espace de la communauté pour partager une"
                        + " expérience, une question ou une ressource.");
        assertThat(content.keyPoints()).containsExactly("Faits, effets, attentes");
        assertThat(content.callToAction()).isEqualTo(Link.of("Partager avec la communauté",
                "https://community.example.com/mentors"));
    }

    @Test
    @DisplayName("English: the English version with Élan's texts in English")
    void english() {
        communication.monthlyMessages().send(TENANT, contribution().build());
        communication.dispatcher().runDue(TENANT, fixture.clock.instant());

        OutgoingMessage message = delivered("mentor-ben");
        assertThat(message.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(message.content().title()).isEqualTo("Feedback that helps people grow");
        assertThat(message.content().paragraphs()).endsWith(
                "In the spotlight: Awa et Léo — ont raconté leur première rencontre au déjeuner témoignages. Thank you"
                        + " for sharing!",
                "Your turn: reply to this message or post in the community space to share an experience, a question"
                        + " or a resource.");
        assertThat(message.content().callToAction().label()).isEqualTo("Share with the community");
    }

    @Test
    @DisplayName("a reader whose language the team did not write gets the program's language, all of it")
    void fallsBackToTheProgramLanguage() {
        communication.monthlyMessages().send(TENANT, contribution().build());
        communication.dispatcher().runDue(TENANT, fixture.clock.instant());

        OutgoingMessage message = delivered("mentor-dieter");
        assertThat(message.locale()).isEqualTo(Locale.FRENCH);
        assertThat(message.content().callToAction().label()).isEqualTo("Partager avec la communauté");
    }

    @Test
    @DisplayName("sending the month again sends nothing twice; a late mentor catches up on it")
    void idempotentAndCaughtUp() {
        communication.monthlyMessages().send(TENANT, contribution().build());
        SendReport again = communication.monthlyMessages().send(TENANT, contribution().build());
        fixture.enrol("mentor-late", Role.MENTOR);
        communication.broadcasts().catchUpAll(TENANT, PROGRAM);
        communication.dispatcher().runDue(TENANT, fixture.clock.instant());

        assertThat(again.newlyQueued()).isZero();
        assertThat(communication.monthlyMessages().parity(TENANT, PROGRAM, NOVEMBER, Role.MENTOR).lines())
                .extracting(l -> l.person().value(), ParityLine::status, ParityLine::viaCatchUp)
                .containsExactly(
                        tuple("mentor-ana", ParityStatus.DELIVERED, false),
                        tuple("mentor-ben", ParityStatus.DELIVERED, false),
                        tuple("mentor-dieter", ParityStatus.DELIVERED, false),
                        tuple("mentor-late", ParityStatus.DELIVERED, true),
                        tuple("mentor-no-monthly", ParityStatus.OPTED_OUT, false));
    }

    @Test
    @DisplayName("a contribution breaking several rules is refused with every violation named")
    void invalid() {
        MonthlyContribution.Builder bad = contribution()
                .version(Locale.ITALIAN, new MessageContent("Troppo", Collections.nCopies(19, "paragrafo"), List.of(),
                        List.of(), null))
                .spotlight("1", "a").spotlight("2", "b").spotlight("3", "c").spotlight("4", "d").spotlight("5", "e")
                .shareAt("mailto:team@example.com");

        assertThatThrownBy(bad::build)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field)
                        .containsExactlyInAnyOrder("spotlight", "versions[it].paragraphs", "shareAt"));
    }
}
