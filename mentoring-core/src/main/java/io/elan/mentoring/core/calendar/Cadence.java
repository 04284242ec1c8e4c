package io.elan.mentoring.core.calendar;

import io.elan.mentoring.scheduling.CadencePlan;
import io.elan.mentoring.scheduling.RitualRule;
import io.elan.mentoring.scheduling.preset.TenMonthPreset;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.validation.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The rhythm a program's definition names: the seed's ten-month preset, or the program's own rituals (a
 * {@link CadencePlan} of the scheduling module). Immutable and thread-safe; two cadences are equal when they name the
 * same preset or hold equal plans.
 *
 * <p>Two things of a program's rhythm are given elsewhere in its definition and never by a ritual: the individual
 * follow-up calls come from the definition's {@code followUp} windows (each pair gets one call per window), and the
 * anonymous questionnaires from its questionnaire waves. The engine plans the preset without its own follow-up call
 * ritual and questionnaire timing, and refuses a plan of one's own that holds either.
 */
public final class Cadence {
    /** The name of the ten-month preset: {@link TenMonthPreset#tenMonths()}. */
    public static final String TEN_MONTHS = "ten-months";

    private static final Cadence TEN_MONTHS_PRESET = new Cadence(TEN_MONTHS, TenMonthPreset.tenMonths());

    private final @Nullable String preset;
    private final CadencePlan plan;

    private Cadence(@Nullable String preset, CadencePlan plan) {
        this.preset = preset;
        this.plan = plan;
    }

    /** @return the seed's ten-month preset, fitted to the program's dates when planned (see {@link #plan()}) */
    public static Cadence tenMonths() {
        return TEN_MONTHS_PRESET;
    }

    /**
     * @param name the name of a preset; {@value #TEN_MONTHS} is the only one
     * @return the preset
     * @throws InvalidValueException naming {@code cadence} if there is no preset of that name
     */
    public static Cadence preset(String name) {
        if (!TEN_MONTHS.equals(name)) {
            throw new InvalidValueException("cadence", "must name the preset " + TEN_MONTHS + " or give rituals",
                    name == null ? null : Checks.quote(name));
        }
        return TEN_MONTHS_PRESET;
    }

    /**
     * @param plan the program's own rituals and gap fillers
     * @return the cadence
     * @throws InvalidValueException listing every ritual that is an individual call ({@code rituals[2].format}) or
     *     carries a questionnaire ({@code rituals[2].questionnaire})
     */
    public static Cadence of(CadencePlan plan) {
        Objects.requireNonNull(plan, "plan");
        List<Violation> violations = new ArrayList<>();
        List<RitualRule> rituals = plan.rituals();
        for (int i = 0; i < rituals.size(); i++) {
            RitualRule ritual = rituals.get(i);
            if (ritual.formats().contains(Format.CHECKPOINT_CALL)) {
                violations.add(Violation.of("rituals[" + i + "].format", "must not be CHECKPOINT_CALL: each pair's "
                        + "follow-up calls come from the definition's followUp windows", Checks.quote(ritual.id())));
            }
            if (ritual.questionnaire().isPresent()) {
                violations.add(Violation.of("rituals[" + i + "].questionnaire",
                        "must not be set: questionnaires are the definition's questionnaire waves",
                        Checks.quote(ritual.id())));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        return new Cadence(null, plan);
    }

    /** @return the preset's name, or empty for rituals of the program's own */
    public Optional<String> preset() {
        return Optional.ofNullable(preset);
    }

    /**
     * @return the rituals and gap fillers: the program's own, or the preset's as {@link TenMonthPreset#tenMonths()}
     *     gives them. Planned, the preset keeps only the rituals whose timing fits the program's dates (a three-month
     *     program has no workshop series ending five weeks before a closing that comes first).
     */
    public CadencePlan plan() {
        return plan;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Cadence that && Objects.equals(preset, that.preset) && plan.equals(that.plan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(preset, plan);
    }

    @Override
    public String toString() {
        return preset != null ? "Cadence[" + preset + "]" : "Cadence" + plan.rituals();
    }
}
