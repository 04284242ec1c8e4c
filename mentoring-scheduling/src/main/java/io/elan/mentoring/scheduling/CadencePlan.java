package io.elan.mentoring.scheduling;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The rhythm of a program, stated once: its rituals, and what to insert when a community would otherwise go too long
 * without a collective touchpoint (short capsules by default). Immutable and thread-safe; built with
 * {@link #builder()}.
 */
public final class CadencePlan {
    private final List<RitualRule> rituals;
    private final List<Format> fillerFormats;
    private final List<LocalizedText> fillerThemes;
    private final LocalTime fillerStartTime;

    private CadencePlan(Builder builder) {
        this.rituals = List.copyOf(builder.rituals);
        this.fillerFormats = List.copyOf(builder.fillerFormats);
        this.fillerThemes = List.copyOf(builder.fillerThemes);
        this.fillerStartTime = builder.fillerStartTime;
    }

    /** @return a builder; fillers default to inspiration capsules, then focus webinars and testimony lunches */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the rituals, in the order given */
    public List<RitualRule> rituals() {
        return rituals;
    }

    /** @return the formats a gap filler may take, in order of preference */
    public List<Format> fillerFormats() {
        return fillerFormats;
    }

    /** @return the themes of gap fillers, used in turn */
    public List<LocalizedText> fillerThemes() {
        return fillerThemes;
    }

    /** @return the preferred local start time of gap fillers */
    public LocalTime fillerStartTime() {
        return fillerStartTime;
    }

    /** @return a builder holding this plan's rituals and gap fillers */
    public Builder toBuilder() {
        return new Builder().ritual(rituals.toArray(RitualRule[]::new))
                .fillerFormats(fillerFormats.toArray(Format[]::new))
                .fillerThemes(fillerThemes.toArray(LocalizedText[]::new)).fillerStartTime(fillerStartTime);
    }

    /** Two plans are equal when their rituals and gap fillers are, in the same order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof CadencePlan that && rituals.equals(that.rituals)
                && fillerFormats.equals(that.fillerFormats) && fillerThemes.equals(that.fillerThemes)
                && fillerStartTime.equals(that.fillerStartTime);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rituals, fillerFormats, fillerThemes, fillerStartTime);
    }

    @Override
    public String toString() {
        return "CadencePlan" + rituals;
    }

    /** Builds a {@link CadencePlan}; {@link #build()} checks every field at once. Not thread-safe. */
    public static final class Builder {
        private final List<RitualRule> rituals = new ArrayList<>();
        private final List<Format> fillerFormats = new ArrayList<>(
                List.of(Format.INSPIRATION_CAPSULE, Format.WEBINAR_FOCUS, Format.TESTIMONY_MEAL));
        private final List<LocalizedText> fillerThemes = new ArrayList<>(List.of(
                LocalizedText.of("Une idée, un outil, un exercice", "One idea, one tool, one exercise")));
        private LocalTime fillerStartTime = LocalTime.of(12, 30);

        private Builder() {}

        /**
         * @param values rituals, added to the others
         * @return this builder
         */
        public Builder ritual(RitualRule... values) { rituals.addAll(Arrays.asList(values)); return this; }

        /**
         * @param values the formats a gap filler may take, in order of preference; at least three so that one always
         *     differs from both neighbours
         * @return this builder
         */
        public Builder fillerFormats(Format... values) {
            fillerFormats.clear();
            fillerFormats.addAll(Arrays.asList(values));
            return this;
        }

        /**
         * @param values the themes of gap fillers, replacing the default
         * @return this builder
         */
        public Builder fillerThemes(LocalizedText... values) {
            fillerThemes.clear();
            fillerThemes.addAll(Arrays.asList(values));
            return this;
        }

        /**
         * @param value the preferred local start time of gap fillers
         * @return this builder
         */
        public Builder fillerStartTime(LocalTime value) { fillerStartTime = value; return this; }

        /**
         * @return the plan
         * @throws InvalidValueException listing every field that breaks a rule
         */
        public CadencePlan build() {
            List<Violation> violations = new ArrayList<>();
            if (rituals.isEmpty()) {
                violations.add(Violation.of("rituals", "must hold at least one ritual"));
            }
            Set<String> ids = new HashSet<>();
            for (RitualRule ritual : rituals) {
                if (ritual == null) {
                    violations.add(Violation.of("rituals", "must not contain null"));
                } else if (!ids.add(ritual.id())) {
                    violations.add(Violation.of("rituals[" + ritual.id() + "].id", "must be unique in the plan"));
                }
            }
            if (fillerFormats.contains(null) || fillerFormats.stream().distinct().count() < 3) {
                violations.add(Violation.of("fillerFormats", "must hold at least three different formats"));
            } else {
                for (Format format : fillerFormats) {
                    if (!format.isCollective() || !format.isSynchronous()) {
                        violations.add(Violation.of("fillerFormats", "must be collective meetings", format));
                    }
                }
            }
            if (fillerThemes.isEmpty() || fillerThemes.contains(null)) {
                violations.add(Violation.of("fillerThemes", "must hold at least one theme and no null"));
            }
            if (fillerStartTime == null) {
                violations.add(Violation.of("fillerStartTime", "must not be null"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidValueException(violations);
            }
            return new CadencePlan(this);
        }
    }
}
