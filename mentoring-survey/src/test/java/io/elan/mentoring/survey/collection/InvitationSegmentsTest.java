package io.elan.mentoring.survey.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.survey.SurveyStores;
import io.elan.mentoring.survey.MapSurveyResponseStore;
import io.elan.mentoring.survey.anonymity.AnonymityGuard;
import io.elan.mentoring.survey.anonymity.InMemoryReleaseLedger;
import io.elan.mentoring.survey.anonymity.InMemoryWaveDefinitionStore;
import io.elan.mentoring.survey.questionnaire.StandardQuestionnaires;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveKind;
import io.elan.mentoring.survey.questionnaire.WaveRedefinedException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Invitations carry the segment dimensions their wave declares, and the first one opens and pins the wave. */
@DisplayName("inviting to a wave with segment dimensions")
class InvitationSegmentsTest {
    private static final TenantId TENANT = TenantId.of("acme");
    private static final ProgramId PROGRAM = ProgramId.of("mentoring-2026");
    private static final Instant OPENS = Instant.parse("2026-03-02T08:00:00Z");
    private static final Wave WAVE = new Wave("mid-point-2026", WaveKind.MID_POINT, StandardQuestionnaires.midPoint(),
            OPENS, Instant.parse("2026-03-16T18:00:00Z")).withSegments(Segments.DEPARTMENT, Segments.SITE);

    private final InMemoryTokenRegistry registry = new InMemoryTokenRegistry();
    private final InMemoryWaveDefinitionStore waves = new InMemoryWaveDefinitionStore();
    private final MapSurveyResponseStore store = new MapSurveyResponseStore();
    private final SurveyStores stores = SurveyStores.of(store, registry, new InMemoryReleaseLedger(), waves);
    private final SurveyCollector collector = SurveyCollector.builder()
            .stores(stores)
            .secrets(new InMemoryWaveSecrets()).clock(Clock.fixed(OPENS, ZoneOffset.UTC)).build();

    @Test
    @DisplayName("an invitation carries the role and a value for every declared dimension")
    void carriesDeclaredDimensions() {
        var invitation = collector.invite(TENANT, PROGRAM, WAVE, PersonId.of("ana"), Role.MENTEE,
                Map.of(Segments.DEPARTMENT, "finance", Segments.SITE, "lyon"));
        assertThat(invitation.segments()).isEqualTo(Map.of("role", "MENTEE", "department", "finance",
                "site", "lyon"));
    }

    @Test
    @DisplayName("an undeclared dimension and the role given as a segment are both named, and nothing is stored or"
            + " pinned")
    void everyViolationNamed() {
        assertThatThrownBy(() -> collector.invite(TENANT, PROGRAM, WAVE, PersonId.of("ana"), Role.MENTEE,
                Map.of(Segments.COHORT, "2026", Segments.ROLE, "MENTOR", Segments.SITE, "lyon")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::rule).containsExactly(
                                tuple("segments[cohort]",
                                        "is not a dimension wave mid-point-2026 declares (role, department, site)"),
                                tuple("segments[role]", "must not be given: the role is its own argument")));
        assertThatThrownBy(() -> collector.invite(TENANT, PROGRAM, WAVE, PersonId.of("ana"), Role.MENTEE,
                Map.of(Segments.DEPARTMENT, " ", Segments.SITE, "lyon")))
                .isInstanceOf(InvalidValueException.class).hasMessage("segments[department]: must not be blank");
        assertThat(registry.invitations(TENANT, PROGRAM, WAVE.id())).isEmpty();
        assertThat(waves.pinned(TENANT, PROGRAM, WAVE.id())).isEmpty();
    }

    @Test
    @DisplayName("a person without a value of a declared dimension is invited without it, and counts in no group of"
            + " that dimension")
    void valueLeftOut() {
        assertThat(collector.invite(TENANT, PROGRAM, WAVE, PersonId.of("ana"), Role.MENTEE,
                Map.of(Segments.SITE, "lyon")).segments()).isEqualTo(Map.of("role", "MENTEE", "site", "lyon"));
    }

    @Test
    @DisplayName("the first invitation pins the wave; an invitation or a report under the same id with other"
            + " dimensions is refused")
    void firstInvitationPins() {
        collector.invite(TENANT, PROGRAM, WAVE, PersonId.of("ana"), Role.MENTEE,
                Map.of(Segments.DEPARTMENT, "finance", Segments.SITE, "lyon"));
        assertThat(waves.pinned(TENANT, PROGRAM, WAVE.id())).isPresent();
        Wave bySiteOnly = WAVE.withSegments(Segments.SITE);
        assertThatThrownBy(() -> collector.invite(TENANT, PROGRAM, bySiteOnly, PersonId.of("ben"), Role.MENTOR,
                Map.of(Segments.SITE, "lyon")))
                .isInstanceOf(WaveRedefinedException.class)
                .hasMessageContaining("segment dimensions: opened as role, department, site, now role, site");
        assertThat(registry.invitations(TENANT, PROGRAM, WAVE.id())).hasSize(1);
        AnonymityGuard guard = AnonymityGuard.builder().stores(stores).build();
        assertThatThrownBy(() -> guard.report(TENANT, PROGRAM, bySiteOnly, null))
                .isInstanceOf(WaveRedefinedException.class);
    }

    @Test
    @DisplayName("a wave of the role only takes no segments")
    void roleOnly() {
        Wave roleOnly = new Wave("pulse", WaveKind.PULSE, StandardQuestionnaires.midPoint(), OPENS,
                OPENS.plusSeconds(86_400));
        assertThat(collector.invite(TENANT, PROGRAM, roleOnly, PersonId.of("ana"), Role.MENTOR).segments())
                .isEqualTo(Map.of("role", "MENTOR"));
    }
}
