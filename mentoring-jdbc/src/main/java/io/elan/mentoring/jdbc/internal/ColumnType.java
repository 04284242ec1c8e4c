package io.elan.mentoring.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How one kind of value lives in a column, with the encodings of {@link Columns}: the SQL type it is bound as, how a
 * value is checked and turned into what is bound (naming the field when it cannot be stored exactly), and how it is
 * read back from a row by column name. SQL {@code NULL} is read as {@code null}; the other conversions see only
 * values. Immutable.
 *
 * @param <V> the value
 */
public final class ColumnType<V> {
    /** Text, checked by {@link Columns#text}. */
    public static final ColumnType<String> TEXT = new ColumnType<>(String.class, Types.VARCHAR, Columns::text,
            (rs, column, where) -> rs.getString(column));
    /** Text that is one line now, read on one line even when an earlier version stored it with line breaks. */
    public static final ColumnType<String> LINE = TEXT.as(String.class, Function.identity(), Columns::singleLine);
    /** A date, in the years 1 to 9999. */
    public static final ColumnType<LocalDate> DATE = new ColumnType<>(LocalDate.class, Types.DATE,
            Columns::storableDate, (rs, column, where) -> Columns.date(rs, column));
    /** An instant, as nanoseconds since the epoch. */
    public static final ColumnType<Instant> INSTANT = new ColumnType<>(Instant.class, Types.BIGINT, Columns::nanos,
            (rs, column, where) -> Columns.nullableInstant(rs, column));
    /** A time zone, by id. */
    public static final ColumnType<ZoneId> ZONE = new ColumnType<>(ZoneId.class, Types.VARCHAR, Columns::zoneId,
            (rs, column, where) -> {
                String id = rs.getString(column);
                return id == null ? null : Columns.zone(id, where);
            });
    /** A language, as its BCP 47 tag. */
    public static final ColumnType<Locale> LOCALE = new ColumnType<>(Locale.class, Types.VARCHAR, Columns::localeTag,
            (rs, column, where) -> {
                String tag = rs.getString(column);
                return tag == null ? null : Columns.locale(tag);
            });
    /** A map of text, encoded by {@link Columns#map(Map, String)}. */
    public static final ColumnType<Map<String, String>> TEXT_MAP = new ColumnType<>(Map.class, Types.VARCHAR,
            Columns::map, (rs, column, where) -> {
                String encoded = rs.getString(column);
                return encoded == null ? null : Columns.map(encoded, where);
            });
    /** A set of text, encoded in order by {@link Codec}. */
    public static final ColumnType<Set<String>> TEXT_SET = new ColumnType<>(Set.class, Types.VARCHAR,
            ColumnType::encodeSet, (rs, column, where) -> {
                String encoded = rs.getString(column);
                return encoded == null ? null : decodeSet(encoded, where);
            });

    private final Class<?> javaType;
    private final int sqlType;
    private final Store<V> store;
    private final Load<V> load;

    private ColumnType(Class<?> javaType, int sqlType, Store<V> store, Load<V> load) {
        this.javaType = javaType;
        this.sqlType = sqlType;
        this.store = store;
        this.load = load;
    }

    /**
     * @param type the enum
     * @param <E> the enum type
     * @return constants stored by name; an unknown stored name is a storage failure naming the column
     */
    public static <E extends Enum<E>> ColumnType<E> constant(Class<E> type) {
        return new ColumnType<>(type, Types.VARCHAR, (value, field) -> value.name(), (rs, column, where) -> {
            String name = rs.getString(column);
            return name == null ? null : Columns.constant(type, name, where);
        });
    }

    /**
     * A value stored as another: an identifier as its text, for instance.
     *
     * @param type the value's class, which the record component a column holds must accept
     * @param toStored what is stored for a value
     * @param fromStored the value of what is stored
     * @param <W> the value
     * @return the type of the value
     */
    public <W> ColumnType<W> as(Class<W> type, Function<W, V> toStored, Function<V, W> fromStored) {
        return new ColumnType<>(type, sqlType, (value, field) -> store.store(toStored.apply(value), field),
                (rs, column, where) -> {
                    V stored = load.load(rs, column, where);
                    return stored == null ? null : fromStored.apply(stored);
                });
    }

    /** @return the class of the values, without their type arguments ({@code Map} for a map of text) */
    Class<?> javaType() {
        return javaType;
    }

    /**
     * @param value a value
     * @param field the field, named if the value cannot be stored
     * @return what is bound for it: a {@code String}, a {@code Long} or a {@code LocalDate}
     * @throws io.elan.mentoring.spi.InvalidValueException if the value cannot be stored exactly
     */
    Object store(V value, String field) {
        return store.store(value, field);
    }

    /**
     * @param ps the statement
     * @param index the parameter
     * @param stored what {@link #store} gave, or null for SQL {@code NULL}
     * @throws SQLException as the driver does
     */
    void bind(PreparedStatement ps, int index, @Nullable Object stored) throws SQLException {
        if (stored == null) {
            ps.setNull(index, sqlType);
        } else if (sqlType == Types.BIGINT) {
            ps.setLong(index, (Long) stored);
        } else if (sqlType == Types.VARCHAR) {
            ps.setString(index, (String) stored);
        } else {
            ps.setObject(index, stored);
        }
    }

    /**
     * @param rs the row
     * @param column the column, read by name
     * @param where the table and column, named if the stored value is damaged
     * @return the value, or null for SQL {@code NULL}
     * @throws SQLException as the driver does
     */
    @Nullable V load(ResultSet rs, String column, String where) throws SQLException {
        return load.load(rs, column, where);
    }

    private static String encodeSet(Set<String> items, String field) {
        Codec.Writer writer = new Codec.Writer();
        for (String item : new TreeSet<>(items)) {
            writer.add(Columns.text(item, field + "[]"));
        }
        return writer.encoded();
    }

    private static Set<String> decodeSet(String encoded, String where) {
        Codec.Reader reader = new Codec.Reader(encoded, where);
        Set<String> items = new HashSet<>();
        while (reader.hasNext()) {
            items.add(reader.next());
        }
        return items;
    }

    @FunctionalInterface
    private interface Store<V> {
        Object store(V value, String field);
    }

    @FunctionalInterface
    private interface Load<V> {
        @Nullable V load(ResultSet rs, String column, String where) throws SQLException;
    }
}
