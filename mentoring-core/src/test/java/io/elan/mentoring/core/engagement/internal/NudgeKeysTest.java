package io.elan.mentoring.core.engagement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.engagement.EngagementStatus;
import io.elan.mentoring.core.engagement.Finding;
import io.elan.mentoring.core.engagement.ReasonCode;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.Program;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("nudge and escalation keys")
class NudgeKeysTest {

    private static Program spring(String tenant) {
        return Program.builder().tenant(tenant).id("spring").name("Spring").kickOff(LocalDate.of(2026, 9, 15))
                .closing(LocalDate.of(2027, 7, 15)).zone("Europe/Paris").build();
    }

    @Test
    @DisplayName("two tenants with the same program, pair and people get different keys for the same nudge or"
            + " escalation, and one tenant always the same")
    void perTenant() {
        PairId pair = PairId.of("lea-marie");
        PersonId lea = PersonId.of("lea");
        Finding silence = new Finding(ReasonCode.PAIR_SILENCE, EngagementStatus.AT_RISK, pair, null, 12, 0, 4, 3, 6);
        TenantId acme = TenantId.of("acme");
        TenantId globex = TenantId.of("globex");

        assertThat(NudgePolicy.nudgeKey(acme, spring("acme"), silence, lea, 12))
                .isEqualTo(NudgePolicy.nudgeKey(acme, spring("acme"), silence, lea, 12))
                .isNotEqualTo(NudgePolicy.nudgeKey(globex, spring("globex"), silence, lea, 12));
        assertThat(NudgePolicy.escalationKey(acme, spring("acme"), pair, 12))
                .isEqualTo(NudgePolicy.escalationKey(acme, spring("acme"), pair, 12))
                .isNotEqualTo(NudgePolicy.escalationKey(globex, spring("globex"), pair, 12));
    }
}
