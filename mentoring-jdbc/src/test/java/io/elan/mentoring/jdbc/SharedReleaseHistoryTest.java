package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.tck.KitFixtures;
import io.elan.mentoring.survey.anonymity.AnonymityGuard;
import io.elan.mentoring.survey.anonymity.QueryRefusedException;
import io.elan.mentoring.survey.anonymity.RespondentGroup;
import io.elan.mentoring.survey.questionnaire.StandardQuestionnaires;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveKind;
import io.elan.mentoring.survey.questionnaire.WaveRedefinedException;
import io.elan.mentoring.survey.report.GroupReport;
import io.elan.mentoring.survey.report.WithheldReason;
import java.time.Instant;
import java.util.Map;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Guards on two nodes, and a guard started again, over one database: they read one release history and one pinned
 * definition, so that what one released is never released again around the difference of one response.
 */
@DisplayName("anonymity guards sharing the JDBC store")
class SharedReleaseHistoryTest {
    private static final ProgramId PROGRAM = ProgramId.of("p");
    private static final Instant OPENS = Instant.parse("2026-03-02T08:00:00Z");
    private static final Wave WAVE = new Wave("mid-point", WaveKind.MID_POINT, StandardQuestionnaires.midPoint(),
            OPENS, OPENS.plusSeconds(14 * 86_400));

    private static AnonymityGuard guard(JdbcStores stores) {
        return AnonymityGuard.builder().stores(stores).build();
    }

    private static void respond(JdbcStores stores, TenantId tenant, int n, String role, int suits) {
        stores.surveyResponseStore().saveIfAbsent(tenant, new SurveyResponse(PROGRAM, WAVE.id(),
                ResponseToken.of("t" + n), Map.of("role", role), Map.of("pace.suits", new Answer.Numeric(suits))));
    }

    @ParameterizedTest
    @EnumSource(JdbcDialect.class)
    @DisplayName("a second node and a restarted node see what the first released, and the wave's definition")
    void oneHistory(JdbcDialect dialect) throws Exception {
        JdbcStores first = TestDatabases.stores(dialect);
        TenantId tenant = KitFixtures.freshTenant();
        for (int n = 0; n < 20; n++) {
            respond(first, tenant, n, n % 2 == 0 ? "MENTOR" : "MENTEE", 4);
        }
        assertThat(guard(first).report(tenant, PROGRAM, WAVE, null).groups().get(0).figures().respondents())
                .isEqualTo(20);
        respond(first, tenant, 20, "MENTEE", 1);

        JdbcConnectionPool secondPool = TestDatabases.secondNodePool(dialect);
        try {
            AnonymityGuard second = guard(JdbcStores.builder().dataSource(secondPool).dialect(dialect).build());
            GroupReport whole = second.report(tenant, PROGRAM, WAVE, null).groups().get(0);
            assertThat(whole.figures()).isNull();
            assertThat(whole.withheld().reason()).isEqualTo(WithheldReason.TOO_CLOSE_TO_RELEASED);
            assertThatThrownBy(() -> second.query(tenant, PROGRAM, WAVE, RespondentGroup.role(Role.MENTEE)))
                    .isInstanceOf(QueryRefusedException.class);
        } finally {
            secondPool.dispose();
        }

        AnonymityGuard restarted = guard(JdbcStores.builder().dataSource(first.dataSource()).dialect(dialect)
                .build());
        assertThat(restarted.report(tenant, PROGRAM, WAVE, null).groups().get(0).figures()).isNull();
        assertThatThrownBy(() -> restarted.report(tenant, PROGRAM, WAVE.withSegments(Segments.COHORT), null))
                .isInstanceOf(WaveRedefinedException.class);
    }
}
