package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.jdbc.internal.Codec;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.messaging.ClaimedMessage;
import io.elan.mentoring.spi.messaging.OutboxEntry;
import io.elan.mentoring.spi.messaging.OutgoingMessage;
import io.elan.mentoring.spi.program.HotlineRequest;
import io.elan.mentoring.spi.program.HotlineRequestId;
import io.elan.mentoring.spi.program.HotlineTopic;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.tck.KitFixtures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database an earlier version filled keeps working after {@code V6__outbox_recipient_and_leases.sql}: messages queued
 * before it get their written language and UTC as the recipient's, and a title, theme or subject stored with a line
 * break, which earlier versions allowed, reads back on one line instead of making its row unreadable.
 */
@DisplayName("a database written by an earlier version")
class OutboxUpgradeTest {

    private static final ProgramId PROGRAM = ProgramId.of("p");

    @ParameterizedTest
    @EnumSource(JdbcDialect.class)
    @DisplayName("keeps its queued messages, themes and subjects readable after version 6, each title on one line")
    void upgraded(JdbcDialect dialect) throws SQLException {
        DataSource db = TestDatabases.freshDatabase(dialect);
        JdbcStores.migrate(db, dialect);
        TenantId tenant = KitFixtures.freshTenant();
        JdbcStores before = JdbcStores.builder().dataSource(db).build();
        before.programStore().saveProgram(KitFixtures.program(tenant, PROGRAM.value()));
        before.programStore().saveParticipant(tenant, KitFixtures.participant(PROGRAM, "lea", Role.MENTEE));
        before.programStore().saveTouchpoint(tenant, KitFixtures.webinar(PROGRAM, "w1", KitFixtures.T0));
        before.programStore().saveHotlineRequest(tenant, HotlineRequest.raised(HotlineRequestId.of("h1"), PROGRAM,
                PersonId.of("lea"), HotlineTopic.QUESTION, "Question", "", KitFixtures.T0));
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DROP INDEX elan_outbox_in_flight");
            s.executeUpdate("ALTER TABLE elan_outbox DROP COLUMN recipient_zone");
            s.executeUpdate("ALTER TABLE elan_outbox DROP COLUMN recipient_locale_tag");
            s.executeUpdate("DELETE FROM elan_schema_history WHERE version = 6");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO elan_outbox (tenant_id, idempotency_key,"
                    + " program_id, recipient_id, channel, locale_tag, kind, content, not_before, state, attempts,"
                    + " next_attempt_at, due_at) VALUES (?, 'old', 'p', 'lea', 'email', 'fr-CA', 'replay', ?, 0,"
                    + " 'PENDING', 0, 0, 0)")) {
                insert.setString(1, tenant.value());
                insert.setString(2, new Codec.Writer().add("Replay utile :\r\nBcc: all@example.org").add(1)
                        .add("Bonjour\nà tous").add(0).add(0).add(0).encoded());
                insert.executeUpdate();
            }
            try (PreparedStatement theme = c.prepareStatement(
                    "UPDATE elan_touchpoint SET theme = ? WHERE tenant_id = ?");
                    PreparedStatement subject = c.prepareStatement(
                            "UPDATE elan_hotline_request SET subject = ? WHERE tenant_id = ?")) {
                theme.setString(1, "Écoute\r\nactive\tet feedback");
                theme.setString(2, tenant.value());
                theme.executeUpdate();
                subject.setString(1, "Question\nBcc: all@example.org");
                subject.setString(2, tenant.value());
                subject.executeUpdate();
            }
        }

        assertThat(JdbcStores.migrate(db, dialect)).as("scripts applied").isEqualTo(1);

        JdbcStores after = JdbcStores.builder().dataSource(db).build();
        OutboxEntry old = after.outbox().find(tenant, "old").orElseThrow();
        OutgoingMessage message = old.message();
        assertThat(message.tenant()).isEqualTo(tenant);
        assertThat(message.locale()).isEqualTo(Locale.CANADA_FRENCH);
        assertThat(message.recipientLocale()).isEqualTo(Locale.CANADA_FRENCH);
        assertThat(message.recipientZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(message.content().title()).isEqualTo("Replay utile : Bcc: all@example.org");
        assertThat(message.content().paragraphs()).containsExactly("Bonjour\nà tous");
        ClaimedMessage claim = after.outbox().claimDue(tenant, KitFixtures.T0, 10, Duration.ofMinutes(5)).get(0);
        assertThat(after.outbox().markDelivered(tenant, claim.claimToken(), KitFixtures.T0)).isTrue();
        assertThat(after.programStore().findTouchpoint(tenant, PROGRAM, TouchpointId.of("w1")).orElseThrow().theme())
                .isEqualTo("Écoute active et feedback");
        assertThat(after.programStore().findHotlineRequest(tenant, PROGRAM, HotlineRequestId.of("h1")).orElseThrow()
                .subject()).isEqualTo("Question Bcc: all@example.org");
    }
}
