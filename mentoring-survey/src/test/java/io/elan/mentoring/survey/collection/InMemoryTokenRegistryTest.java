package io.elan.mentoring.survey.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.ResponseToken;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InMemoryTokenRegistryTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final TenantId OTHER = TenantId.of("other");
    private static final ProgramId PROGRAM = ProgramId.of("p");

    private static Invitation invitation(String person, String token) {
        return new Invitation(PersonId.of(person), ResponseToken.of(token), Map.of("role", "MENTEE"), false);
    }

    @Test
    @DisplayName("invitations are kept per tenant, program and wave, and found by token only there")
    void scoped() {
        InMemoryTokenRegistry registry = new InMemoryTokenRegistry();
        registry.issueIfAbsent(ACME, PROGRAM, "w1", invitation("p1", "t1"));
        assertThat(registry.byToken(ACME, PROGRAM, "w1", ResponseToken.of("t1"))).isPresent();
        assertThat(registry.byToken(OTHER, PROGRAM, "w1", ResponseToken.of("t1"))).isEmpty();
        assertThat(registry.byToken(ACME, PROGRAM, "w2", ResponseToken.of("t1"))).isEmpty();
        assertThat(registry.invitations(OTHER, PROGRAM, "w1")).isEmpty();
    }

    @Test
    @DisplayName("a person keeps their first invitation; marking a token answered is idempotent")
    void firstInvitationWins() {
        InMemoryTokenRegistry registry = new InMemoryTokenRegistry();
        registry.issueIfAbsent(ACME, PROGRAM, "w1", invitation("p1", "t1"));
        assertThat(registry.issueIfAbsent(ACME, PROGRAM, "w1", invitation("p1", "t2")).token().value())
                .isEqualTo("t1");
        registry.markAnswered(ACME, PROGRAM, "w1", ResponseToken.of("t1"));
        registry.markAnswered(ACME, PROGRAM, "w1", ResponseToken.of("t1"));
        registry.markAnswered(ACME, PROGRAM, "w1", ResponseToken.of("unknown"));
        assertThat(registry.invitations(ACME, PROGRAM, "w1")).singleElement()
                .satisfies(i -> assertThat(i.answered()).isTrue());
    }

    @Test
    @DisplayName("a forgotten wave secret is replaced, so stored tokens can no longer be recomputed from issued ones")
    void forgottenSecret() {
        InMemoryWaveSecrets secrets = new InMemoryWaveSecrets();
        WaveSecret first = secrets.secretFor(ACME, PROGRAM, "w1");
        assertThat(secrets.secretFor(ACME, PROGRAM, "w1")).isEqualTo(first);
        assertThat(first.toString()).isEqualTo("WaveSecret[***]");
        secrets.forget(ACME, PROGRAM, "w1");
        assertThat(secrets.secretFor(ACME, PROGRAM, "w1")).isNotEqualTo(first);
    }
}
