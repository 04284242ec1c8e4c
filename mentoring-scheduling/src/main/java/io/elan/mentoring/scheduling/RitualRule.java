package io.elan.mentoring.scheduling;

import io.elan.mentoring.scheduling.internal.Texts;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.DeliveryMode;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One ritual of a cadence plan (rituel): what it is (one format, or a rotation of formats that never repeats one twice
 * in a row), how long, for whom, on which themes, and when: a {@link Recurrence} between two placements (by default
 * from the kick-off to the closing), or one or more {@link Placement}s relative to the program's anchors. Immutable
 * and thread-safe; built with {@link #builder(String)}.
 */
public final class RitualRule {
    /** Rule ids become part of touchpoint ids and calendar UIDs, so they stay short and plain. */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");

    private final String id;
    private final LocalizedText name;
    private final List<Format> formats;
    private final @Nullable Duration duration;
    private final Audience audience;
    private final @Nullable DeliveryMode mode;
    private final List<LocalizedText> themes;
    private final @Nullable Recurrence recurrence;
    private final @Nullable Placement from;
    private final @Nullable Placement until;
    private final List<Placement> placements;
    private final LocalTime startTime;
    private final @Nullable ShiftPolicy shiftPolicy;
    private final List<AgendaPart> segments;
    private final @Nullable QuestionnaireTiming questionnaire;

    private RitualRule(Builder b, LocalizedText name) {
        this.id = b.id;
        this.name = name;
        this.formats = List.copyOf(b.formats);
        this.duration = b.duration;
        this.audience = b.audience;
        this.mode = b.mode;
        this.themes = List.copyOf(b.themes);
        this.recurrence = b.recurrence;
        this.from = b.from;
        this.until = b.until;
        this.placements = List.copyOf(b.placements);
        this.startTime = b.startTime;
        this.shiftPolicy = b.shiftPolicy;
        this.segments = List.copyOf(b.segments);
        this.questionnaire = b.questionnaire;
    }

    /**
     * @param id a short id, unique in the plan: lower-case letters, digits and dashes, at most 48 characters; it
     *     becomes part of every touchpoint id, so keep it when re-planning
     * @return a builder: audience BOTH, start time 10:00, no theme (the ritual's name serves as theme)
     */
    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** @return the id, unique in the plan */
    public String id() {
        return id;
    }

    /** @return the name shown to program managers */
    public LocalizedText name() {
        return name;
    }

    /** @return the formats in rotation order; one format means the ritual always uses it */
    public List<Format> formats() {
        return formats;
    }

    /**
     * @param format one of this ritual's formats
     * @return the length of an occurrence in that format: the ritual's duration if set, else the format's usual one
     */
    public Duration durationFor(Format format) {
        return duration != null ? duration : format.typicalDuration();
    }

    /** @return the length set for every occurrence, if any */
    public Optional<Duration> duration() {
        return Optional.ofNullable(duration);
    }

    /** @return who it is for */
    public Audience audience() {
        return audience;
    }

    /**
     * @param format one of this ritual's formats
     * @return how people take part: the ritual's mode if set, else REMOTE, or ASYNCHRONOUS for a message
     */
    public DeliveryMode modeFor(Format format) {
        if (!format.isSynchronous()) {
            return DeliveryMode.ASYNCHRONOUS;
        }
        return mode != null ? mode : DeliveryMode.REMOTE;
    }

    /** @return how people take part in occurrences people attend, if set (see {@link #modeFor(Format)}) */
    public Optional<DeliveryMode> mode() {
        return Optional.ofNullable(mode);
    }

    /** @return the themes in the order they are used; each is used once before any comes back */
    public List<LocalizedText> themes() {
        return themes;
    }

    /** @return the recurrence, if the ritual recurs */
    public Optional<Recurrence> recurrence() {
        return Optional.ofNullable(recurrence);
    }

    /** @return where the recurrence starts: the kick-off unless set */
    public Placement from() {
        return from != null ? from : Placement.atKickOff();
    }

    /** @return where the recurrence ends, included: the closing unless set */
    public Placement until() {
        return until != null ? until : Placement.atClosing();
    }

    /** @return the single occurrences placed relative to anchors, in order */
    public List<Placement> placements() {
        return placements;
    }

    /** @return the preferred local start time, moved inside working hours when needed */
    public LocalTime startTime() {
        return startTime;
    }

    /** @return this ritual's own shift policy, if it differs from the constraints' */
    public Optional<ShiftPolicy> shiftPolicy() {
        return Optional.ofNullable(shiftPolicy);
    }

    /** @return the agenda of an occurrence, such as separate tracks then a joint time; empty when not detailed */
    public List<AgendaPart> segments() {
        return segments;
    }

    /** @return the anonymous questionnaire that prepares each occurrence, if any */
    public Optional<QuestionnaireTiming> questionnaire() {
        return Optional.ofNullable(questionnaire);
    }

    /** @return whether occurrences gather a community at a time (they count for spacing, rotation and gaps) */
    public boolean isCollectiveMeeting() {
        return formats.get(0).isCollective() && formats.get(0).isSynchronous();
    }

    /** @return a builder holding this rule's values, with its name set */
    public Builder toBuilder() {
        Builder builder = new Builder(id).name(name).rotate(formats.toArray(Format[]::new)).audience(audience)
                .themes(themes.toArray(LocalizedText[]::new)).at(placements.toArray(Placement[]::new))
                .startTime(startTime).segments(segments.toArray(AgendaPart[]::new)).questionnaire(questionnaire);
        builder.duration = duration;
        builder.mode = mode;
        builder.recurrence = recurrence;
        builder.from = from;
        builder.until = until;
        builder.shiftPolicy = shiftPolicy;
        return builder;
    }

    /**
     * Two rules are equal when every field is, so that a rule read back from storage equals the one written; the
     * bounds of a recurrence compare by the placements they stand for, set or left to their defaults.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof RitualRule that && id.equals(that.id) && name.equals(that.name)
                && formats.equals(that.formats) && Objects.equals(duration, that.duration)
                && audience == that.audience && mode == that.mode && themes.equals(that.themes)
                && Objects.equals(recurrence, that.recurrence) && from().equals(that.from())
                && until().equals(that.until()) && placements.equals(that.placements)
                && startTime.equals(that.startTime) && shiftPolicy == that.shiftPolicy
                && segments.equals(that.segments) && Objects.equals(questionnaire, that.questionnaire);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, formats, duration, audience, mode, themes, recurrence, from(), until(),
                placements, startTime, shiftPolicy, segments, questionnaire);
    }

    @Override
    public String toString() {
        return "RitualRule[" + id + ", " + formats + ", " + audience + "]";
    }

    /** Builds a {@link RitualRule}; {@link #build()} checks every field at once. Not thread-safe. */
    public static final class Builder {
        private final String id;
        private @Nullable LocalizedText name;
        private final List<Format> formats = new ArrayList<>();
        private final List<String> unknownFormats = new ArrayList<>();
        private @Nullable Duration duration;
        private Audience audience = Audience.BOTH;
        private @Nullable DeliveryMode mode;
        private final List<LocalizedText> themes = new ArrayList<>();
        private @Nullable Recurrence recurrence;
        private @Nullable Placement from;
        private @Nullable Placement until;
        private final List<Placement> placements = new ArrayList<>();
        private LocalTime startTime = LocalTime.of(10, 0);
        private @Nullable ShiftPolicy shiftPolicy;
        private final List<AgendaPart> segments = new ArrayList<>();
        private @Nullable QuestionnaireTiming questionnaire;

        private Builder(String id) {
            this.id = id;
        }

        /**
         * @param value the name shown to program managers; the first format's name when not set
         * @return this builder
         */
        public Builder name(LocalizedText value) { this.name = value; return this; }

        /**
         * @param value the only format
         * @return this builder
         */
        public Builder format(Format value) {
            this.formats.clear();
            this.formats.add(value);
            return this;
        }

        /**
         * Sets the format by its name, as read from a host's configuration.
         *
         * @param value a {@link Format} constant name, such as {@code WEBINAR_FOCUS}
         * @return this builder; an unknown name is reported by {@link #build()}
         */
        public Builder format(String value) {
            this.formats.clear();
            Optional<Format> known = Arrays.stream(Format.values()).filter(f -> f.name().equals(value)).findFirst();
            if (known.isPresent()) {
                this.formats.add(known.get());
            } else {
                this.unknownFormats.add(value);
            }
            return this;
        }

        /**
         * @param values the formats to rotate through, in order; two in a row are never the same for a community
         * @return this builder
         */
        public Builder rotate(Format... values) {
            this.formats.clear();
            this.formats.addAll(Arrays.asList(values));
            return this;
        }

        /**
         * @param value the length of every occurrence, within the formats' shortest and longest
         * @return this builder
         */
        public Builder duration(Duration value) { this.duration = value; return this; }

        /**
         * @param value who it is for
         * @return this builder
         */
        public Builder audience(Audience value) { this.audience = value; return this; }

        /**
         * @param value how people take part in occurrences people attend
         * @return this builder
         */
        public Builder mode(DeliveryMode value) { this.mode = value; return this; }

        /**
         * @param values the theme pool, in order of use, added to the others
         * @return this builder
         */
        public Builder themes(LocalizedText... values) { this.themes.addAll(Arrays.asList(values)); return this; }

        /**
         * @param value when it recurs
         * @return this builder
         */
        public Builder recurrence(Recurrence value) { this.recurrence = value; return this; }

        /**
         * @param value where the recurrence starts counting; the kick-off unless set
         * @return this builder
         */
        public Builder from(Placement value) { this.from = value; return this; }

        /**
         * @param value where the recurrence stops, included; the closing unless set
         * @return this builder
         */
        public Builder until(Placement value) { this.until = value; return this; }

        /**
         * @param values single occurrences relative to anchors, added to the others
         * @return this builder
         */
        public Builder at(Placement... values) { this.placements.addAll(Arrays.asList(values)); return this; }

        /**
         * @param value the preferred local start time
         * @return this builder
         */
        public Builder startTime(LocalTime value) { this.startTime = value; return this; }

        /**
         * @param value this ritual's own shift policy
         * @return this builder
         */
        public Builder shiftPolicy(ShiftPolicy value) { this.shiftPolicy = value; return this; }

        /**
         * @param values the agenda of each occurrence, added to the others
         * @return this builder
         */
        public Builder segments(AgendaPart... values) { this.segments.addAll(Arrays.asList(values)); return this; }

        /**
         * @param value the anonymous questionnaire that prepares each occurrence, or null for none
         * @return this builder
         */
        public Builder questionnaire(@Nullable QuestionnaireTiming value) { this.questionnaire = value; return this; }

        /**
         * @return the rule
         * @throws InvalidValueException listing every field that breaks a rule, each prefixed with the rule's id
         */
        public RitualRule build() {
            List<Violation> violations = new ArrayList<>();
            String prefix = "rituals[" + id + "].";
            if (id == null || !ID.matcher(id).matches()) {
                violations.add(Violation.of("rituals[" + id + "].id",
                        "must be 1 to 48 lower-case letters, digits or dashes, starting with a letter or digit", id));
            }
            for (String unknown : unknownFormats) {
                violations.add(Violation.of(prefix + "format", "must be one of " + Arrays.stream(Format.values())
                        .map(Format::name).collect(Collectors.joining(", ")), unknown));
            }
            if (formats.isEmpty() && unknownFormats.isEmpty()) {
                violations.add(Violation.of(prefix + "format", "must be set"));
            }
            if (formats.contains(null)) {
                violations.add(Violation.of(prefix + "format", "must not be null"));
            } else if (!formats.isEmpty()) {
                checkFormats(prefix, violations);
            }
            if (audience == null) {
                violations.add(Violation.of(prefix + "audience", "must not be null"));
            }
            if (mode == DeliveryMode.ASYNCHRONOUS) {
                violations.add(Violation.of(prefix + "mode", "must not be ASYNCHRONOUS: messages get it on their own"));
            }
            if (themes.contains(null)) {
                violations.add(Violation.of(prefix + "themes", "must not contain null"));
            }
            if (recurrence == null && placements.isEmpty()) {
                violations.add(Violation.of(prefix + "timing", "needs a recurrence or at least one placement"));
            }
            if (recurrence != null && !placements.isEmpty()) {
                violations.add(Violation.of(prefix + "timing",
                        "must be a recurrence (optionally bounded by from/until) or placements, not both"));
            }
            if (recurrence == null && (from != null || until != null)) {
                violations.add(Violation.of(prefix + "timing", "from/until only bound a recurrence"));
            }
            if (placements.contains(null)) {
                violations.add(Violation.of(prefix + "placements", "must not contain null"));
            }
            if (startTime == null) {
                violations.add(Violation.of(prefix + "startTime", "must not be null"));
            }
            if (segments.contains(null)) {
                violations.add(Violation.of(prefix + "segments", "must not contain null"));
            }
            if (!violations.isEmpty()) {
                throw new InvalidValueException(violations);
            }
            return new RitualRule(this, name != null ? name : Texts.format(formats.get(0)));
        }

        private void checkFormats(String prefix, List<Violation> violations) {
            Format first = formats.get(0);
            for (Format format : formats) {
                if (format.isSynchronous() != first.isSynchronous() || format.isCollective() != first.isCollective()) {
                    violations.add(Violation.of(prefix + "formats", "must all be meetings, all messages or all "
                            + "individual calls: cannot rotate " + first + " with " + format));
                    return;
                }
            }
            if (formats.size() > 1 && formats.stream().distinct().count() < 2) {
                violations.add(Violation.of(prefix + "formats", "a rotation needs at least two different formats"));
            }
            for (Format format : formats) {
                Duration length = duration != null ? duration : format.typicalDuration();
                if (!format.isSynchronous()) {
                    if (!length.isZero()) {
                        violations.add(Violation.of(prefix + "duration", "must be zero for a " + format, length));
                    }
                } else if (length.isZero() || length.isNegative()) {
                    violations.add(Violation.of(prefix + "duration", "must be positive for a " + format, length));
                } else if (length.compareTo(format.shortestDuration()) < 0
                        || length.compareTo(format.longestDuration()) > 0) {
                    violations.add(Violation.of(prefix + "duration", "must be between " + format.shortestDuration()
                            + " and " + format.longestDuration() + " for a " + format, length));
                }
            }
            if (!segments.isEmpty() && !segments.contains(null)) {
                Duration shortest = formats.stream().map(f -> duration != null ? duration : f.typicalDuration())
                        .min(Duration::compareTo).orElseThrow();
                for (AgendaPart segment : segments) {
                    if (segment.endOffset().compareTo(shortest) > 0) {
                        violations.add(Violation.of(prefix + "segments",
                                "must end within the occurrence (" + shortest + ")",
                                segment.title().in(Locale.ENGLISH)));
                    }
                }
            }
        }
    }
}
