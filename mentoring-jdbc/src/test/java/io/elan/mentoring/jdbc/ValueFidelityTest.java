package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.activity.ActivityEvent;
import io.elan.mentoring.spi.activity.ActivityKind;
import io.elan.mentoring.spi.activity.EventId;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.Participant;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.tck.KitFixtures;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("stored values")
class ValueFidelityTest {
    private static final Instant EARLIEST = Instant.parse("1677-09-21T00:12:43.145224192Z");
    private static final Instant LATEST = Instant.parse("2262-04-11T23:47:16.854775807Z");

    @ParameterizedTest
    @EnumSource(JdbcDialect.class)
    @DisplayName("instants keep their nanoseconds, PostgreSQL included, over the whole storable range")
    void nanoseconds(JdbcDialect dialect) {
        JdbcStores stores = TestDatabases.stores(dialect);
        TenantId tenant = KitFixtures.freshTenant();
        Program program = stores.programStore().saveProgram(KitFixtures.program(tenant, "p"));
        Instant start = Instant.parse("2026-10-01T08:30:00.123456789Z");
        Touchpoint webinar = stores.programStore().saveTouchpoint(tenant,
                KitFixtures.webinar(program.id(), "t", start));
        assertThat(stores.programStore().findTouchpoint(tenant, program.id(), webinar.id()).orElseThrow().start())
                .isEqualTo(start);

        List<ActivityEvent> events = List.of(event("early", EARLIEST), event("nano", start), event("next",
                start.plusNanos(1)), event("late", LATEST));
        stores.activityLog().append(tenant, events);
        try (Stream<ActivityEvent> all = stores.activityLog().events(tenant, program.id(), Instant.MIN,
                Instant.MAX)) {
            assertThat(all).containsExactlyElementsOf(events);
        }
        try (Stream<ActivityEvent> one = stores.activityLog().events(tenant, program.id(), start,
                start.plusNanos(1))) {
            assertThat(one).extracting(e -> e.id().value()).containsExactly("nano");
        }
        assertThat(stores.activityLog().count(tenant, program.id(), LATEST, Instant.MAX)).isEqualTo(1);
        assertThat(stores.activityLog().count(tenant, program.id(), Instant.MIN, EARLIEST)).isZero();
        assertThatThrownBy(() -> stores.activityLog().append(tenant, List.of(event("too-late",
                LATEST.plusNanos(1))))).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("occurredAt").hasMessageContaining("2262-04-11T23:47:16.854775807Z");
    }

    @ParameterizedTest
    @EnumSource(JdbcDialect.class)
    @DisplayName("languages, zones, channels and opt-outs come back equal")
    void languagesAndZones(JdbcDialect dialect) {
        JdbcStores stores = TestDatabases.stores(dialect);
        TenantId tenant = KitFixtures.freshTenant();
        Program program = stores.programStore().saveProgram(KitFixtures.program(tenant, "p").toBuilder()
                .locale(Locale.forLanguageTag("zh-Hant-TW")).zone(ZoneOffset.ofHoursMinutes(5, 30)).build());
        assertThat(stores.programStore().findProgram(tenant, program.id())).contains(program);
        Participant participant = stores.programStore().saveParticipant(tenant, Participant.builder()
                .program(program.id()).person(PersonId.of("ana")).role(Role.MENTEE)
                .preferredChannel(Channel.of("teams")).locale(Locale.forLanguageTag("de-CH-1996"))
                .zone(ZoneId.of("America/Argentina/ComodRivadavia")).enrolledOn(java.time.LocalDate.of(2026, 9, 1))
                .optOuts(Set.of("monthly-message", "nudge", "a,b:c")).build());
        assertThat(stores.programStore().findParticipant(tenant, program.id(), participant.person()))
                .contains(participant);
        assertThatThrownBy(() -> stores.programStore().saveProgram(KitFixtures.program(tenant, "q").toBuilder()
                .locale(new Locale("no", "NO", "NY")).build()))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("locale");
    }

    @ParameterizedTest
    @EnumSource(JdbcDialect.class)
    @DisplayName("a stored value damaged behind the store's back is reported as a storage failure, not misread")
    void damagedRow(JdbcDialect dialect) throws Exception {
        JdbcStores stores = TestDatabases.stores(dialect);
        TenantId tenant = KitFixtures.freshTenant();
        Program program = stores.programStore().saveProgram(KitFixtures.program(tenant, "p"));
        try (Connection c = stores.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE elan_program SET settings = ? WHERE tenant_id = ? AND program_id = ?")) {
            ps.setString(1, "9:truncated");
            ps.setString(2, tenant.value());
            ps.setString(3, program.id().value());
            ps.executeUpdate();
        }
        assertThatThrownBy(() -> stores.programStore().findProgram(tenant, program.id()))
                .isInstanceOfSatisfying(StoreException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("elan_program.settings");
    }

    private static ActivityEvent event(String id, Instant at) {
        return ActivityEvent.ofPerson(EventId.of(id), ProgramId.of("p"), PersonId.of("ana"),
                ActivityKind.CHECKPOINT_CALL, at, "engine");
    }
}
