package io.elan.mentoring.core.engagement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The weeks of one program: week 0 starts at the start of the kick-off day in the program's zone, each week lasts
 * seven calendar days, the last week is the one holding the closing day. Boundaries are computed in the zone, so a
 * daylight-saving change never moves an event into the wrong week. Immutable and thread-safe.
 */
public final class ProgramWeeks {
    private static final long WEEK_SECONDS = 7L * 24 * 3600;

    private final LocalDate kickOff;
    private final int count;
    private final long[] boundaries;

    /**
     * @param kickOff the first day of week 0
     * @param closing the last day of the program, after the kick-off
     * @param zone the program's zone
     */
    public ProgramWeeks(LocalDate kickOff, LocalDate closing, ZoneId zone) {
        this.kickOff = kickOff;
        this.count = (int) (ChronoUnit.DAYS.between(kickOff, closing) / 7) + 1;
        this.boundaries = new long[count + 1];
        for (int w = 0; w <= count; w++) {
            boundaries[w] = kickOff.plusDays(7L * w).atStartOfDay(zone).toEpochSecond();
        }
    }

    /** @return how many weeks the program has */
    public int count() {
        return count;
    }

    /**
     * @param epochSecond an instant, in seconds since the epoch
     * @return its week, -1 if before the kick-off, {@link #count()} if after the last week
     */
    public int weekOf(long epochSecond) {
        if (epochSecond < boundaries[0]) {
            return -1;
        }
        if (epochSecond >= boundaries[count]) {
            return count;
        }
        int w = (int) Math.min(count - 1, (epochSecond - boundaries[0]) / WEEK_SECONDS);
        while (epochSecond < boundaries[w]) {
            w--;
        }
        while (epochSecond >= boundaries[w + 1]) {
            w++;
        }
        return w;
    }

    /**
     * @param instant an instant
     * @return its week, -1 if before the kick-off, {@link #count()} if after the last week
     */
    public int weekOf(Instant instant) {
        return weekOf(instant.getEpochSecond());
    }

    /**
     * @param date a day
     * @return its week, -1 if before the kick-off, at least {@link #count()} if after the last week
     */
    public int weekOf(LocalDate date) {
        return (int) Math.floorDiv(ChronoUnit.DAYS.between(kickOff, date), 7L);
    }

    /**
     * @param week a week number
     * @return its first day
     */
    public LocalDate firstDay(int week) {
        return kickOff.plusDays(7L * week);
    }

    /** @return the first instant of the program */
    public Instant start() {
        return Instant.ofEpochSecond(boundaries[0]);
    }

    /** @return the first instant after the program's last week */
    public Instant end() {
        return Instant.ofEpochSecond(boundaries[count]);
    }
}
