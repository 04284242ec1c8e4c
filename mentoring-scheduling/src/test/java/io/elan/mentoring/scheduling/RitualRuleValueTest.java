package io.elan.mentoring.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.scheduling.preset.TenMonthPreset;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.LocalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Rules and plans are values: rebuilt from their own builder they are equal, and any change makes them differ. */
class RitualRuleValueTest {

    @Test
    @DisplayName("every ritual of the preset rebuilt from its builder equals itself, and so does the plan")
    void rebuiltEqual() {
        CadencePlan plan = TenMonthPreset.tenMonths();
        for (RitualRule rule : plan.rituals()) {
            RitualRule copy = rule.toBuilder().build();
            assertThat(copy).isEqualTo(rule).hasSameHashCodeAs(rule);
        }
        assertThat(plan.toBuilder().build()).isEqualTo(plan).hasSameHashCodeAs(plan);
        assertThat(TenMonthPreset.tenMonths()).isEqualTo(plan);
    }

    @Test
    @DisplayName("changing one field of a rule, or the gap fillers of a plan, makes it differ")
    void changesDiffer() {
        RitualRule midPoint = TenMonthPreset.tenMonths().rituals().stream()
                .filter(r -> r.id().equals(TenMonthPreset.MID_POINT)).findFirst().orElseThrow();
        assertThat(midPoint.toBuilder().questionnaire(null).build()).isNotEqualTo(midPoint);
        assertThat(midPoint.toBuilder().questionnaire(null).build().questionnaire()).isEmpty();
        assertThat(midPoint.toBuilder().startTime(LocalTime.of(9, 0)).build()).isNotEqualTo(midPoint);
        assertThat(midPoint.toBuilder().themes(LocalizedText.of("autre", "other")).build()).isNotEqualTo(midPoint);
        CadencePlan plan = TenMonthPreset.tenMonths();
        assertThat(plan.toBuilder().fillerStartTime(LocalTime.of(13, 0)).build()).isNotEqualTo(plan);
        assertThat(plan.toBuilder().fillerFormats(Format.WEBINAR_FOCUS, Format.INSPIRATION_CAPSULE,
                Format.TESTIMONY_MEAL).build()).isNotEqualTo(plan);
    }
}
