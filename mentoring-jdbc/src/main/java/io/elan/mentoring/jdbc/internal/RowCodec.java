package io.elan.mentoring.jdbc.internal;

import io.elan.mentoring.jdbc.JdbcDialect;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.validation.Checks;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One kind of row, declared once: its table, its key and, for each column, the column's name next to how it is
 * written from the entity and read back into the entity's builder. Every statement is built from that declaration,
 * so a column's name, its place in the SQL and its parameter cannot drift apart. Every row is keyed by
 * {@code tenant_id} first, bound from the tenant a call names. Immutable and thread-safe.
 *
 * @param <T> the entity
 * @param <B> the builder a row is read into
 */
public final class RowCodec<T, B> {
    private static final ColumnType<TenantId> TENANT = ColumnType.TEXT.as(TenantId::value, TenantId::of);

    private final String table;
    private final String entity;
    private final List<Column<T, B, ?>> keys;
    private final List<Column<T, B, ?>> values;
    private final @Nullable Versioning<T, B> versioning;
    private final @Nullable BiConsumer<B, TenantId> setTenant;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final String order;
    private final String selectSql;
    private final String findSql;
    private final String listSql;
    private final String existsSql;
    private final @Nullable VersionedTable versionedTable;

    private RowCodec(Builder<T, B> builder) {
        this.table = builder.table;
        this.entity = builder.entity;
        this.keys = List.copyOf(builder.keys);
        this.values = List.copyOf(builder.values);
        this.versioning = builder.versioning;
        this.setTenant = builder.setTenant;
        this.newBuilder = builder.newBuilder;
        this.build = builder.build;
        this.selectSql = "SELECT " + String.join(", ", columns()) + " FROM " + table;
        List<String> keyColumns = keyColumns();
        String keyWhere = equalities(keyColumns);
        this.order = String.join(", ", builder.order);
        this.findSql = selectSql + " WHERE " + keyWhere;
        this.listSql = selectSql + " WHERE " + equalities(keyColumns.subList(0, keyColumns.size() - 1))
                + " ORDER BY " + order;
        this.existsSql = "SELECT 1 FROM " + table + " WHERE " + keyWhere;
        this.versionedTable = versioning == null ? null
                : VersionedTable.of(table, entity, keyColumns, valueColumns());
    }

    /**
     * @param table the table
     * @param entity what a row is, for messages, such as {@code "hotline request"}
     * @param newBuilder a fresh builder of the entity, which a row is read into
     * @param build builds the entity, checking it as its constructor does
     * @param <T> the entity
     * @param <B> its builder
     * @return a builder of the declaration; {@code tenant_id} is its first key already
     */
    public static <T, B> Builder<T, B> builder(String table, String entity, Supplier<B> newBuilder,
            Function<B, T> build) {
        return new Builder<>(table, entity, newBuilder, build);
    }

    /** @return the table */
    public String table() {
        return table;
    }

    /** @return what a row is, for messages */
    public String entity() {
        return entity;
    }

    /** @return the key columns in order, {@code tenant_id} first */
    public List<String> keyColumns() {
        return Stream.concat(Stream.of("tenant_id"), keys.stream().map(Column::name)).toList();
    }

    /** @return the other columns in order, without {@code version} */
    public List<String> valueColumns() {
        return values.stream().map(Column::name).toList();
    }

    /** @return every column of the table in order: the key, the others, then {@code version} if there is one */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(keyColumns());
        columns.addAll(valueColumns());
        if (versioning != null) {
            columns.add("version");
        }
        return List.copyOf(columns);
    }

    /** @return every column, without a WHERE clause */
    public String selectSql() {
        return selectSql;
    }

    /** @return the query of one row by its whole key */
    public String findSql() {
        return findSql;
    }

    /** @return the query of the rows that share every key column but the last, in their order */
    public String listSql() {
        return listSql;
    }

    /**
     * @param condition a condition on the columns, with parameters
     * @return the query of the rows that meet it, in their order
     */
    public String listSql(String condition) {
        return selectSql + " WHERE " + condition + " ORDER BY " + order;
    }

    /** @return a query that finds {@code 1} when the row of a whole key exists */
    public String existsSql() {
        return existsSql;
    }

    /**
     * @param dialect the database's dialect
     * @return a statement that inserts the row of a key or replaces its other columns, bound as {@link Row#bindAll}
     */
    public String upsertSql(JdbcDialect dialect) {
        List<String> keyColumns = keyColumns();
        List<String> valueColumns = valueColumns();
        String columns = String.join(", ", keyColumns) + ", " + String.join(", ", valueColumns);
        String marks = String.join(", ", Collections.nCopies(keyColumns.size() + valueColumns.size(), "?"));
        return switch (dialect) {
            case POSTGRESQL -> "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")"
                    + " ON CONFLICT ON CONSTRAINT " + table + "_pk DO UPDATE SET "
                    + String.join(", ", valueColumns.stream().map(c -> c + " = EXCLUDED." + c).toList());
            case H2 -> "MERGE INTO " + table + " (" + columns + ") KEY (" + String.join(", ", keyColumns)
                    + ") VALUES (" + marks + ")";
        };
    }

    /**
     * @return the optimistic save of this row
     * @throws IllegalStateException if the row has no version
     */
    public VersionedTable versionedTable() {
        if (versionedTable == null) {
            throw new IllegalStateException(table + " has no version column");
        }
        return versionedTable;
    }

    /**
     * @param entity a versioned entity
     * @return the version it was read at
     */
    public long version(T entity) {
        return versioning().version.applyAsLong(entity);
    }

    /**
     * @param entity a versioned entity
     * @param version its new version
     * @return the entity at that version
     */
    public T withVersion(T entity, long version) {
        return versioning().withVersion.apply(entity, version);
    }

    private Versioning<T, B> versioning() {
        if (versioning == null) {
            throw new IllegalStateException(table + " has no version column");
        }
        return versioning;
    }

    /**
     * Checks every column of an entity and turns it into what is bound, before any statement runs.
     *
     * @param tenant the tenant the row belongs to
     * @param entity the entity
     * @return its row
     * @throws io.elan.mentoring.spi.InvalidValueException naming the field, if a value cannot be stored exactly
     */
    public Row encode(TenantId tenant, T entity) {
        Objects.requireNonNull(entity, this.entity);
        List<@Nullable Object> keyValues = new ArrayList<>();
        keyValues.add(TENANT.store(Checks.present(tenant, "tenant"), "tenant"));
        for (Column<T, B, ?> key : keys) {
            keyValues.add(key.store(entity));
        }
        List<@Nullable Object> valueValues = new ArrayList<>();
        for (Column<T, B, ?> value : values) {
            valueValues.add(value.store(entity));
        }
        return new Row(keyValues, valueValues);
    }

    /**
     * Reads the row a result set is on, every column by name.
     *
     * @param rs the result set, on a row of {@link #selectSql()}
     * @return the entity
     * @throws SQLException as the driver does
     */
    public T decode(ResultSet rs) throws SQLException {
        B builder = newBuilder.get();
        if (setTenant != null) {
            setTenant.accept(builder, TENANT.load(rs, "tenant_id", table + ".tenant_id"));
        }
        for (Column<T, B, ?> key : keys) {
            key.read(rs, builder);
        }
        for (Column<T, B, ?> value : values) {
            value.read(rs, builder);
        }
        if (versioning != null) {
            versioning.setVersion.accept(builder, rs.getLong("version"));
        }
        return build.apply(builder);
    }

    private static String equalities(List<String> columns) {
        return String.join(" = ? AND ", columns) + " = ?";
    }

    /**
     * An entity's checked values, in the order of the columns.
     */
    public final class Row {
        private final List<@Nullable Object> keyValues;
        private final List<@Nullable Object> valueValues;

        private Row(List<@Nullable Object> keyValues, List<@Nullable Object> valueValues) {
            this.keyValues = keyValues;
            this.valueValues = valueValues;
        }

        /**
         * @return the key after the tenant, joined by {@code /}, for messages
         */
        public String path() {
            return String.join("/", keyValues.subList(1, keyValues.size()).stream().map(String::valueOf).toList());
        }

        /**
         * Binds the key columns, {@code tenant_id} first.
         *
         * @param ps the statement
         * @param first the index of the first parameter
         * @return the index after the last one bound
         * @throws SQLException as the driver does
         */
        public int bindKey(PreparedStatement ps, int first) throws SQLException {
            TENANT.bind(ps, first, keyValues.get(0));
            for (int i = 0; i < keys.size(); i++) {
                keys.get(i).type.bind(ps, first + 1 + i, keyValues.get(i + 1));
            }
            return first + keyValues.size();
        }

        /**
         * Binds the other columns but {@code version}.
         *
         * @param ps the statement
         * @param first the index of the first parameter
         * @return the index after the last one bound
         * @throws SQLException as the driver does
         */
        public int bindValues(PreparedStatement ps, int first) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                values.get(i).type.bind(ps, first + i, valueValues.get(i));
            }
            return first + values.size();
        }

        /**
         * Binds the key columns, then the others, from the first parameter.
         *
         * @param ps the statement
         * @throws SQLException as the driver does
         */
        public void bindAll(PreparedStatement ps) throws SQLException {
            bindValues(ps, bindKey(ps, 1));
        }
    }

    /**
     * One column: its name, the field it holds, how it is stored, how it is taken from the entity and how it is set
     * on the builder.
     */
    private record Column<T, B, V>(String name, String field, String where, ColumnType<V> type,
            Function<T, @Nullable V> get, BiConsumer<B, @Nullable V> set, boolean optional) {

        @Nullable Object store(T entity) {
            V value = optional ? get.apply(entity) : Checks.present(get.apply(entity), field);
            return value == null ? null : type.store(value, field);
        }

        void read(ResultSet rs, B builder) throws SQLException {
            set.accept(builder, type.load(rs, name, where));
        }
    }

    private record Versioning<T, B>(ToLongFunction<T> version, WithVersion<T> withVersion,
            ObjLongConsumer<B> setVersion) {}

    /**
     * The entity at another version.
     *
     * @param <T> the entity
     */
    @FunctionalInterface
    public interface WithVersion<T> {
        /**
         * @param entity the entity
         * @param version its new version
         * @return the entity at that version
         */
        T apply(T entity, long version);
    }

    /**
     * Declares a row, column by column, in the order of the table's key and then of its other columns.
     *
     * @param <T> the entity
     * @param <B> its builder
     */
    public static final class Builder<T, B> {
        private final String table;
        private final String entity;
        private final Supplier<B> newBuilder;
        private final Function<B, T> build;
        private final List<Column<T, B, ?>> keys = new ArrayList<>();
        private final List<Column<T, B, ?>> values = new ArrayList<>();
        private List<String> order = List.of();
        private @Nullable Versioning<T, B> versioning;
        private @Nullable BiConsumer<B, TenantId> setTenant;

        private Builder(String table, String entity, Supplier<B> newBuilder, Function<B, T> build) {
            this.table = table;
            this.entity = entity;
            this.newBuilder = newBuilder;
            this.build = build;
        }

        /**
         * Reads {@code tenant_id} into the entity too, for an entity that names its tenant.
         *
         * @param set sets the tenant read on the builder
         * @return this builder
         */
        public Builder<T, B> tenant(BiConsumer<B, TenantId> set) {
            setTenant = set;
            return this;
        }

        /**
         * A key column after {@code tenant_id}.
         *
         * @param name the column
         * @param field the entity's field, named when its value cannot be stored
         * @param type how it is stored
         * @param get the value of an entity
         * @param set sets the value read on the builder
         * @param <V> the value
         * @return this builder
         */
        public <V> Builder<T, B> key(String name, String field, ColumnType<V> type, Function<T, V> get,
                BiConsumer<B, V> set) {
            keys.add(column(name, field, type, get, set, false));
            return this;
        }

        /**
         * A column that always holds a value.
         *
         * @param name the column
         * @param field the entity's field, named when its value cannot be stored
         * @param type how it is stored
         * @param get the value of an entity
         * @param set sets the value read on the builder
         * @param <V> the value
         * @return this builder
         */
        public <V> Builder<T, B> column(String name, String field, ColumnType<V> type, Function<T, V> get,
                BiConsumer<B, V> set) {
            values.add(column(name, field, type, get, set, false));
            return this;
        }

        /**
         * A column that may be SQL {@code NULL}: a null value.
         *
         * @param name the column
         * @param field the entity's field, named when its value cannot be stored
         * @param type how it is stored
         * @param get the value of an entity, or null
         * @param set sets the value read, or null, on the builder
         * @param <V> the value
         * @return this builder
         */
        public <V> Builder<T, B> optional(String name, String field, ColumnType<V> type,
                Function<T, @Nullable V> get, BiConsumer<B, @Nullable V> set) {
            values.add(column(name, field, type, get, set, true));
            return this;
        }

        private <V> Column<T, B, V> column(String name, String field, ColumnType<V> type,
                Function<T, @Nullable V> get, BiConsumer<B, @Nullable V> set, boolean optional) {
            return new Column<>(name, field, table + "." + name, type, get, set, optional);
        }

        /**
         * The row has a {@code version} column, which the optimistic save keeps.
         *
         * @param version the version of an entity
         * @param withVersion the entity at another version
         * @param setVersion sets the version read on the builder
         * @return this builder
         */
        public Builder<T, B> versioned(ToLongFunction<T> version, WithVersion<T> withVersion,
                ObjLongConsumer<B> setVersion) {
            versioning = new Versioning<>(version, withVersion, setVersion);
            return this;
        }

        /**
         * @param columns the order in which rows are listed
         * @return this builder
         */
        public Builder<T, B> listedBy(String... columns) {
            order = List.of(columns);
            return this;
        }

        /** @return the declaration */
        public RowCodec<T, B> build() {
            if (order.isEmpty()) {
                throw new IllegalStateException(table + " needs an order to list its rows by");
            }
            return new RowCodec<>(this);
        }
    }
}
