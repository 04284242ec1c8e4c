package io.elan.mentoring.jdbc.internal;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.validation.Checks;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How values become columns and back: instants as nanoseconds, languages as BCP 47 tags, zones as ids, dates as SQL
 * dates, enums by name. Every conversion that could lose information refuses the value instead, naming the field.
 * The SPI's values already keep to these limits (see {@link Checks}); the checks here stay for what reaches the store
 * as plain arguments, such as the instants and texts of the outbox's calls.
 */
public final class Columns {
    /** The earliest instant a BIGINT of nanoseconds holds: the SPI's earliest. */
    public static final Instant EARLIEST = Checks.EARLIEST_INSTANT;
    /** The latest instant a BIGINT of nanoseconds holds: the SPI's latest. */
    public static final Instant LATEST = Checks.LATEST_INSTANT;

    private static final int MAX_LOCALE_TAG = 255;
    private static final int MAX_ZONE_ID = 64;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Columns() {}

    /**
     * @param instant an instant between {@link #EARLIEST} and {@link #LATEST}
     * @param field the field, named if the instant cannot be stored
     * @return nanoseconds since the epoch
     * @throws InvalidValueException if the instant is out of range
     */
    public static long nanos(Instant instant, String field) {
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new InvalidValueException(field, "must be between " + EARLIEST + " and " + LATEST
                    + " to be stored", instant);
        }
        long seconds = instant.getEpochSecond();
        int nano = instant.getNano();
        if (seconds < 0 && nano > 0) {
            // Near the lower end, seconds * 10^9 alone overflows although the sum fits: borrow one second.
            return Math.addExact(Math.multiplyExact(seconds + 1, NANOS_PER_SECOND), nano - NANOS_PER_SECOND);
        }
        return Math.addExact(Math.multiplyExact(seconds, NANOS_PER_SECOND), nano);
    }

    /**
     * @param nanos nanoseconds since the epoch
     * @return the instant
     */
    public static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }

    /**
     * @param from an inclusive lower bound, any instant
     * @param to an exclusive upper bound, any instant
     * @return whether no storable instant lies in {@code [from, to)}, so that there is nothing to query
     */
    public static boolean isEmptyRange(Instant from, Instant to) {
        return !from.isBefore(to) || from.isAfter(LATEST) || !to.isAfter(EARLIEST);
    }

    /**
     * @param from an inclusive lower bound of a range that is not {@linkplain #isEmptyRange empty}
     * @return the same bound in nanoseconds, inclusive
     */
    public static long lowerBound(Instant from) {
        return from.isBefore(EARLIEST) ? Long.MIN_VALUE : nanos(from, "from");
    }

    /**
     * @param to an exclusive upper bound of a range that is not {@linkplain #isEmptyRange empty}
     * @return the largest storable value before it, in nanoseconds: an inclusive bound
     */
    public static long inclusiveUpperBound(Instant to) {
        return to.isAfter(LATEST) ? Long.MAX_VALUE : nanos(to, "to") - 1;
    }

    /**
     * @param locale a language
     * @param field the field, named if the language cannot be stored
     * @return its BCP 47 tag
     * @throws InvalidValueException if the tag would not give the same locale back
     */
    public static String localeTag(Locale locale, String field) {
        String tag = locale.toLanguageTag();
        if (tag.length() > MAX_LOCALE_TAG || !Locale.forLanguageTag(tag).equals(locale)) {
            throw new InvalidValueException(field, "must be a well-formed BCP 47 language tag of at most "
                    + MAX_LOCALE_TAG + " characters to be stored", tag);
        }
        return tag;
    }

    /**
     * @param tag a BCP 47 tag
     * @return the locale
     */
    public static Locale locale(String tag) {
        return Locale.forLanguageTag(tag);
    }

    /**
     * @param zone a zone
     * @param field the field, named if the zone cannot be stored
     * @return its id
     */
    public static String zoneId(ZoneId zone, String field) {
        String id = zone.getId();
        if (id.length() > MAX_ZONE_ID) {
            throw new InvalidValueException(field, "must have an id of at most " + MAX_ZONE_ID + " characters", id);
        }
        return id;
    }

    /**
     * @param id a zone id as stored
     * @param column the column, named if the id is no longer known to this Java runtime
     * @return the zone
     */
    public static ZoneId zone(String id, String column) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new StoreException("the stored zone id of column " + column + " is unknown to this Java runtime: "
                    + id, false, e);
        }
    }

    /**
     * Checks that text can be stored exactly by every dialect: no NUL (PostgreSQL refuses it in text) and no unpaired
     * surrogate (UTF-8 cannot encode one, so a driver would replace it).
     *
     * @param value the text
     * @param field the field, named if it cannot be stored
     * @return the text
     * @throws InvalidValueException if it cannot
     */
    public static String text(String value, String field) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0') {
                throw new InvalidValueException(field, "must not contain the NUL character", "U+0000 at index " + i);
            }
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1));
                if (!paired) {
                    throw new InvalidValueException(field, "must not contain an unpaired surrogate character",
                            "U+" + String.format(Locale.ROOT, "%04X", (int) c) + " at index " + i);
                }
                i++;
            }
        }
        return value;
    }

    /**
     * Reads text that is a header line under the current rules (a title, a theme, a subject) but may have been stored
     * by an earlier version, which allowed line breaks and tabs in it: each line break, tab or other control character
     * becomes a space, so that the row stays readable and the text keeps its words.
     *
     * @param stored the text as stored
     * @return the text on one line
     */
    public static String singleLine(String stored) {
        StringBuilder line = new StringBuilder(stored.length());
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c == '\r' && i + 1 < stored.length() && stored.charAt(i + 1) == '\n') {
                continue;
            }
            line.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return line.toString();
    }

    /**
     * @param value text a caller looks something up by
     * @return whether it could have been stored at all; a lookup by text that could not finds nothing
     */
    public static boolean isStorable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\0' || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /**
     * @param value text, or null
     * @param field the field, named if it cannot be stored
     * @return the text, or null
     */
    public static @Nullable String nullableText(@Nullable String value, String field) {
        return value == null ? null : text(value, field);
    }

    /**
     * Encodes a map of text, keys in order.
     *
     * @param map the map
     * @param field the field, named if an entry cannot be stored
     * @return the encoded map
     */
    public static String map(Map<String, String> map, String field) {
        Codec.Writer writer = new Codec.Writer();
        for (Map.Entry<String, String> e : new TreeMap<>(map).entrySet()) {
            writer.add(text(e.getKey(), field + " key")).add(text(e.getValue(), field + "[" + e.getKey() + "]"));
        }
        return writer.encoded();
    }

    /**
     * @param encoded a map written by {@link #map(Map, String)}
     * @param column the column, named if the value is damaged
     * @return the map
     */
    public static Map<String, String> map(String encoded, String column) {
        Codec.Reader reader = new Codec.Reader(encoded, column);
        Map<String, String> map = new TreeMap<>();
        while (reader.hasNext()) {
            String key = reader.next();
            if (!reader.hasNext()) {
                throw reader.corrupt("a key has no value");
            }
            map.put(key, reader.next());
        }
        return map;
    }

    /**
     * @param ps the statement
     * @param index the parameter
     * @param date a date, or null
     * @param field the field, named if the date cannot be stored
     * @throws SQLException as the driver does
     */
    public static void setDate(PreparedStatement ps, int index, @Nullable LocalDate date, String field)
            throws SQLException {
        if (date == null) {
            ps.setNull(index, Types.DATE);
        } else {
            ps.setObject(index, storableDate(date, field));
        }
    }

    /**
     * @param rs the row
     * @param column the column
     * @return the date, or null
     * @throws SQLException as the driver does
     */
    public static @Nullable LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /**
     * @param ps the statement
     * @param index the parameter
     * @param nanos nanoseconds, or null
     * @throws SQLException as the driver does
     */
    public static void setNullableLong(PreparedStatement ps, int index, @Nullable Long nanos) throws SQLException {
        if (nanos == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, nanos);
        }
    }

    /**
     * @param instant an instant, or null
     * @param field the field, named if it cannot be stored
     * @return its nanoseconds, or null
     */
    public static @Nullable Long nullableNanos(@Nullable Instant instant, String field) {
        return instant == null ? null : nanos(instant, field);
    }

    /**
     * @param rs the row
     * @param column a nullable BIGINT column of nanoseconds
     * @return the instant, or null
     * @throws SQLException as the driver does
     */
    public static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
        long nanos = rs.getLong(column);
        return rs.wasNull() ? null : instant(nanos);
    }

    /**
     * @param type the enum
     * @param name a stored constant name
     * @param column the column, named if the constant is unknown
     * @param <E> the enum type
     * @return the constant
     */
    public static <E extends Enum<E>> E constant(Class<E> type, String name, String column) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new StoreException("the stored value of column " + column + " is not a known "
                    + type.getSimpleName() + ": " + name, false, e);
        }
    }

    /**
     * @param date a date to write, checked here so that the driver never has to refuse it
     * @param field the field, named if the date cannot be stored
     * @return the date
     */
    public static LocalDate storableDate(LocalDate date, String field) {
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw new InvalidValueException(field, "must be in the years 1 to 9999 to be stored", date);
        }
        return date;
    }
}
