package io.elan.mentoring.core.communication.delivery;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.spi.messaging.Channel;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hours of the night when a channel stays silent, read in the recipient's own zone: no WhatsApp at 3 a.m. A
 * message due inside the window waits until the window ends. Immutable and thread-safe.
 *
 * @param start when the silence starts, local time, such as 21:00
 * @param end when it ends, local time, such as 08:00; before {@code start} for a window across midnight
 * @param channels the channels that keep quiet; the others send at any hour
 */
public record QuietHours(@NotNull LocalTime start, @NotNull LocalTime end, @NotNull Set<Channel> channels) {

    /**
     * Validates every field, listing every violation.
     *
     * @param start when the silence starts, local time, such as 21:00
     * @param end when it ends, local time, such as 08:00; before {@code start} for a window across midnight
     * @param channels the channels that keep quiet; the others send at any hour
     */
    public QuietHours {
        List<Violation> violations = new ArrayList<>();
        if (start == null) {
            violations.add(Violation.of("quietHours.start", "is required"));
        }
        if (end == null) {
            violations.add(Violation.of("quietHours.end", "is required"));
        }
        if (start != null && start.equals(end)) {
            violations.add(Violation.of("quietHours.end", "must differ from start", end));
        }
        if (channels == null) {
            violations.add(Violation.of("quietHours.channels", "is required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        channels = Set.copyOf(channels);
    }

    /** @return silence from 21:00 to 08:00 on WhatsApp and SMS; e-mail waits in the inbox, so it sends at any hour */
    public static QuietHours nightsOnInstantChannels() {
        return new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0), Set.of(Channel.WHATSAPP, Channel.SMS));
    }

    /** @return no quiet hours on any channel */
    public static QuietHours none() {
        return new QuietHours(LocalTime.MIDNIGHT, LocalTime.NOON, Set.of());
    }

    /**
     * @param at when the message would leave
     * @param zone the recipient's zone
     * @param channel the channel it leaves on
     * @return {@code at} if the channel may send then, otherwise the end of the quiet window in the recipient's zone
     *     (moved forward if that local time does not exist on a daylight-saving night, and to the next day's end if
     *     the night's change of clock swallows the whole time between the end and the next start)
     */
    public Instant nextAllowed(Instant at, ZoneId zone, Channel channel) {
        if (!channels.contains(channel)) {
            return at;
        }
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (!quiet(time)) {
            return at;
        }
        LocalDate endDay = end.isBefore(start) && !time.isBefore(start) ? local.toLocalDate().plusDays(1)
                : local.toLocalDate();
        ZonedDateTime allowed = ZonedDateTime.of(endDay, end, zone);
        // A start a few minutes after the end can fall in a spring-forward gap: that day has no time to send.
        while (quiet(allowed.toLocalTime())) {
            endDay = endDay.plusDays(1);
            allowed = ZonedDateTime.of(endDay, end, zone);
        }
        return allowed.toInstant().isAfter(at) ? allowed.toInstant() : at;
    }

    private boolean quiet(LocalTime time) {
        return end.isBefore(start)
                ? !time.isBefore(start) || time.isBefore(end)
                : !time.isBefore(start) && time.isBefore(end);
    }
}
