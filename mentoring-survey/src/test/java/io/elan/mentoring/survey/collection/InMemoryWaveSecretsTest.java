package io.elan.mentoring.survey.collection;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InMemoryWaveSecretsTest {
    private static final TenantId ACME = TenantId.of("acme");
    private static final ProgramId PROGRAM = ProgramId.of("p");

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
