package io.elan.mentoring.scheduling;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.DeliveryMode;
import io.elan.mentoring.spi.program.Format;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.program.Touchpoint;
import io.elan.mentoring.spi.program.TouchpointId;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * One dated touchpoint of a {@link ProgramCalendar}, with the reasons it is where it is. Planners create them; hosts
 * read them and turn them into the SPI's {@link Touchpoint} with {@link #toTouchpoint(ProgramId, Locale)}.
 *
 * @param key the id, stable across re-planning: the ritual's id and the occurrence number, such as
 *     {@code workshops-03}, or {@code gap-mentors-20261020} for an inserted capsule
 * @param ruleId the ritual's id, or {@link #GAP_FILLER} for a touchpoint inserted to fill a gap
 * @param title the ritual's name
 * @param format the animation format
 * @param audience who it is for
 * @param mode how people take part
 * @param theme what it is about
 * @param start when it starts, in the program's zone
 * @param end when it ends, in the program's zone: the start plus the duration, whatever the clock changes
 * @param segments the agenda, empty when not detailed
 * @param reasons why it is there, in the order they applied: the rule or the gap first, then each adjustment
 * @param sequence the RFC 5545 SEQUENCE: 0 when first planned, one more each time re-planning changes it
 * @param people the people it is for, by name, when it is for a few named people rather than whole communities (the
 *     two members of a pair's follow-up call); empty otherwise
 */
public record PlannedTouchpoint(String key, String ruleId, LocalizedText title, Format format, Audience audience,
        DeliveryMode mode, LocalizedText theme, ZonedDateTime start, ZonedDateTime end, List<AgendaPart> segments,
        List<Reason> reasons, int sequence, List<String> people) {

    /** The {@link #ruleId()} of touchpoints inserted to keep a community from going too long without one. */
    public static final String GAP_FILLER = "gap-filler";

    /**
     * Validates the fields and copies the lists.
     *
     * @param key the id, stable across re-planning: the ritual's id and the occurrence number, such as
     *         {@code workshops-03}, or {@code gap-mentors-20261020} for an inserted capsule
     * @param ruleId the ritual's id, or {@link #GAP_FILLER} for a touchpoint inserted to fill a gap
     * @param title the ritual's name
     * @param format the animation format
     * @param audience who it is for
     * @param mode how people take part
     * @param theme what it is about
     * @param start when it starts, in the program's zone
     * @param end when it ends, in the program's zone: the start plus the duration, whatever the clock changes
     * @param segments the agenda, empty when not detailed
     * @param reasons why it is there, in the order they applied: the rule or the gap first, then each adjustment
     * @param sequence the RFC 5545 SEQUENCE: 0 when first planned, one more each time re-planning changes it
     * @param people the people it is for, by name, when it is for a few named people rather than whole communities (the
     *         two members of a pair's follow-up call); empty otherwise
     */
    public PlannedTouchpoint {
        if (key == null || key.isBlank() || ruleId == null || title == null || format == null || audience == null
                || mode == null || theme == null || start == null || end == null || segments == null
                || reasons == null || people == null) {
            throw new InvalidValueException("plannedTouchpoint", "must have every field set", key);
        }
        if (end.isBefore(start)) {
            throw new InvalidValueException("end", "must not be before start (" + start + ")", end);
        }
        if (sequence < 0) {
            throw new InvalidValueException("sequence", "must be zero or positive", sequence);
        }
        segments = List.copyOf(segments);
        reasons = List.copyOf(reasons);
        people = List.copyOf(people);
    }

    /**
     * A touchpoint for whole communities, as the planner makes them.
     *
     * @param key the id, stable across re-planning
     * @param ruleId the ritual's id, or {@link #GAP_FILLER}
     * @param title the ritual's name
     * @param format the animation format
     * @param audience who it is for
     * @param mode how people take part
     * @param theme what it is about
     * @param start when it starts, in the program's zone
     * @param end when it ends, in the program's zone
     * @param segments the agenda, empty when not detailed
     * @param reasons why it is there
     * @param sequence the RFC 5545 SEQUENCE
     */
    public PlannedTouchpoint(String key, String ruleId, LocalizedText title, Format format, Audience audience,
            DeliveryMode mode, LocalizedText theme, ZonedDateTime start, ZonedDateTime end, List<AgendaPart> segments,
            List<Reason> reasons, int sequence) {
        this(key, ruleId, title, format, audience, mode, theme, start, end, segments, reasons, sequence, List.of());
    }

    /** @return how long it lasts, in elapsed time; zero for a message */
    public Duration duration() {
        return Duration.between(start.toInstant(), end.toInstant());
    }

    /**
     * @param role a community
     * @return whether the community takes part
     */
    public boolean concerns(Role role) {
        return audience.includes(role);
    }

    /** @return whether it gathers a community at a time, as opposed to a message or an individual call */
    public boolean isCollectiveMeeting() {
        return format.isCollective() && format.isSynchronous();
    }

    /** @return whether it was inserted to fill a gap rather than produced by a ritual */
    public boolean isGapFiller() {
        return GAP_FILLER.equals(ruleId);
    }

    /** @return the touchpoint id derived from {@link #key()} */
    public TouchpointId touchpointId() {
        return TouchpointId.of(key);
    }

    /**
     * @param newSequence the SEQUENCE
     * @return this touchpoint with another sequence
     */
    public PlannedTouchpoint withSequence(int newSequence) {
        return new PlannedTouchpoint(key, ruleId, title, format, audience, mode, theme, start, end, segments, reasons,
                newSequence, people);
    }

    /**
     * @param locale the language of the theme
     * @return a sentence giving the format, the theme and the audience
     */
    public String summary(Locale locale) {
        return title.in(locale) + " – " + theme.in(locale);
    }

    /**
     * @param program the program it belongs to
     * @param locale the language of the theme
     * @return the SPI touchpoint, PLANNED, version 0, with the id derived from {@link #key()}
     */
    public Touchpoint toTouchpoint(ProgramId program, Locale locale) {
        return toTouchpoint(program, touchpointId(), locale);
    }

    /**
     * @param program the program it belongs to
     * @param id the id to give it
     * @param locale the language of the theme
     * @return the SPI touchpoint, PLANNED, version 0
     */
    public Touchpoint toTouchpoint(ProgramId program, TouchpointId id, Locale locale) {
        String text = theme.in(locale);
        if (text.length() > Touchpoint.MAX_THEME_LENGTH) {
            text = text.substring(0, Touchpoint.MAX_THEME_LENGTH - 1).strip() + "…";
        }
        return Touchpoint.builder().id(id).program(program).format(format).theme(text).start(start.toInstant())
                .end(end.toInstant()).mode(mode).audience(audience).build();
    }
}
