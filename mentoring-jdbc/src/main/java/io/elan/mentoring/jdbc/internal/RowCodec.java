package io.elan.mentoring.jdbc.internal;

import io.elan.mentoring.jdbc.JdbcDialect;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.validation.Checks;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One kind of row, declared once: its table, its key and, for each column, the column's name next to the component of
 * the entity's record it holds. A column is written from that component and read back into the same component of the
 * record's canonical constructor, so the one name binds both ways. Every statement is built from the declaration, so a
 * column's name, its place in the SQL and its parameter cannot drift apart; building the declaration checks that
 * every component of the record is held by exactly one column. Every row is keyed by {@code tenant_id} first, bound
 * from the tenant a call names. Immutable and thread-safe.
 *
 * @param <T> the entity, a record
 */
public final class RowCodec<T extends Record> {
    private static final ColumnType<TenantId> TENANT =
            ColumnType.TEXT.as(TenantId.class, TenantId::value, TenantId::of);

    private final String table;
    private final String entity;
    private final List<Column<?>> keys;
    private final List<Column<?>> values;
    private final boolean versioned;
    /** The index of each column's component in the canonical constructor: tenant (or -1), keys, values, version. */
    private final int tenantIndex;
    private final int versionIndex;
    private final int componentCount;
    /** The canonical constructor, taking its arguments as one {@code Object[]}. */
    private final MethodHandle construct;
    private final String order;
    private final String selectSql;
    private final String findSql;
    private final String listSql;
    private final String existsSql;
    private final @Nullable VersionedTable versionedTable;

    private RowCodec(Builder<T> builder, Components components) {
        this.table = builder.table;
        this.entity = builder.entity;
        this.keys = List.copyOf(builder.keys);
        this.values = List.copyOf(builder.values);
        this.versioned = builder.versioned;
        this.tenantIndex = builder.tenant ? components.index("tenant") : -1;
        this.versionIndex = versioned ? components.index("version") : -1;
        this.componentCount = components.count();
        this.construct = components.constructor();
        this.selectSql = "SELECT " + String.join(", ", columns()) + " FROM " + table;
        List<String> keyColumns = keyColumns();
        String keyWhere = equalities(keyColumns);
        this.order = String.join(", ", builder.order);
        this.findSql = selectSql + " WHERE " + keyWhere;
        this.listSql = selectSql + " WHERE " + equalities(keyColumns.subList(0, keyColumns.size() - 1))
                + " ORDER BY " + order;
        this.existsSql = "SELECT 1 FROM " + table + " WHERE " + keyWhere;
        this.versionedTable = versioned ? VersionedTable.of(table, entity, keyColumns, valueColumns()) : null;
    }

    /**
     * @param table the table
     * @param entity what a row is, for messages, such as {@code "hotline request"}
     * @param type the entity's record, whose canonical constructor checks what a row holds: a public record with a
     *     public canonical constructor, in a package open to this module, since rows are read through them
     * @param <T> the entity
     * @return a builder of the declaration; {@code tenant_id} is its first key already
     */
    public static <T extends Record> Builder<T> builder(String table, String entity, Class<T> type) {
        return new Builder<>(table, entity, type);
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
        if (versioned) {
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
        for (Column<?> key : keys) {
            keyValues.add(key.store(entity));
        }
        List<@Nullable Object> valueValues = new ArrayList<>();
        for (Column<?> value : values) {
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
        @Nullable Object[] arguments = new Object[componentCount];
        if (tenantIndex >= 0) {
            arguments[tenantIndex] = TENANT.load(rs, "tenant_id", table + ".tenant_id");
        }
        for (Column<?> key : keys) {
            arguments[key.component] = key.load(rs);
        }
        for (Column<?> value : values) {
            arguments[value.component] = value.load(rs);
        }
        if (versionIndex >= 0) {
            arguments[versionIndex] = rs.getLong("version");
        }
        try {
            @SuppressWarnings("unchecked")
            T read = (T) construct.invoke(arguments);
            return read;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot read a row of " + table + " into a " + entity, e);
        }
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
     * One column: its name, the record component it holds, its index among the constructor's parameters and how it is
     * stored.
     */
    private record Column<V>(String name, String field, String where, ColumnType<V> type, MethodHandle accessor,
            int component, boolean optional) {

        @Nullable Object store(Object entity) {
            @Nullable V value = get(entity);
            if (!optional) {
                Checks.present(value, field);
            }
            return value == null ? null : type.store(value, field);
        }

        @Nullable Object load(ResultSet rs) throws SQLException {
            return type.load(rs, name, where);
        }

        @SuppressWarnings("unchecked")
        private @Nullable V get(Object entity) {
            try {
                return (V) accessor.invoke(entity);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("cannot read " + field + " to store it in " + where, e);
            }
        }
    }

    /** The components of a record, by name, and its canonical constructor. */
    private record Components(Class<?> type, RecordComponent[] all, Map<String, Integer> indexes) {

        static Components of(Class<?> type) {
            RecordComponent[] all = type.getRecordComponents();
            Map<String, Integer> indexes = new HashMap<>();
            for (int i = 0; i < all.length; i++) {
                indexes.put(all[i].getName(), i);
            }
            return new Components(type, all, indexes);
        }

        int count() {
            return all.length;
        }

        Class<?> type(String component) {
            return all[index(component)].getType();
        }

        int index(String component) {
            Integer index = indexes.get(component);
            if (index == null) {
                throw new IllegalStateException(type.getSimpleName() + " has no component " + component
                        + "; its components are " + indexes.keySet());
            }
            return index;
        }

        MethodHandle accessor(String component) {
            try {
                return MethodHandles.publicLookup().unreflect(all[index(component)].getAccessor())
                        .asType(MethodType.methodType(Object.class, Object.class));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + component
                        + ", which must be a component of a public record", e);
            }
        }

        MethodHandle constructor() {
            Class<?>[] parameters = Arrays.stream(all).map(RecordComponent::getType).toArray(Class<?>[]::new);
            try {
                return MethodHandles.publicLookup().unreflectConstructor(type.getConstructor(parameters))
                        .asSpreader(Object[].class, parameters.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException("cannot construct " + type.getSimpleName() + " with its canonical"
                        + " constructor, which must be public", e);
            }
        }
    }

    /**
     * Declares a row, column by column, in the order of the table's key and then of its other columns.
     *
     * @param <T> the entity
     */
    public static final class Builder<T extends Record> {
        private final String table;
        private final String entity;
        private final Components components;
        private final List<Column<?>> keys = new ArrayList<>();
        private final List<Column<?>> values = new ArrayList<>();
        private List<String> order = List.of();
        private boolean versioned;
        private boolean tenant;

        private Builder(String table, String entity, Class<T> type) {
            this.table = table;
            this.entity = entity;
            this.components = Components.of(type);
        }

        /**
         * Reads {@code tenant_id} into the entity's {@code tenant} component too, for an entity that names its tenant.
         *
         * @return this builder
         */
        public Builder<T> tenant() {
            tenant = true;
            return this;
        }

        /**
         * A key column after {@code tenant_id}.
         *
         * @param name the column
         * @param field the record component it holds
         * @param type how it is stored
         * @param <V> the value
         * @return this builder
         */
        public <V> Builder<T> key(String name, String field, ColumnType<V> type) {
            keys.add(column(name, field, type, false));
            return this;
        }

        /**
         * A column that always holds a value.
         *
         * @param name the column
         * @param field the record component it holds
         * @param type how it is stored
         * @param <V> the value
         * @return this builder
         */
        public <V> Builder<T> column(String name, String field, ColumnType<V> type) {
            values.add(column(name, field, type, false));
            return this;
        }

        /**
         * A column that may be SQL {@code NULL}: a null component.
         *
         * @param name the column
         * @param field the record component it holds
         * @param type how it is stored
         * @param <V> the value
         * @return this builder
         */
        public <V> Builder<T> optional(String name, String field, ColumnType<V> type) {
            values.add(column(name, field, type, true));
            return this;
        }

        private <V> Column<V> column(String name, String field, ColumnType<V> type, boolean optional) {
            Class<?> held = components.type(field);
            Class<?> boxed = held.isPrimitive() ? MethodType.methodType(held).wrap().returnType() : held;
            if (!boxed.isAssignableFrom(type.javaType())) {
                throw new IllegalStateException(table + "." + name + " holds " + components.type().getSimpleName()
                        + "." + field + ", a " + held.getSimpleName() + ", not a " + type.javaType().getSimpleName());
            }
            return new Column<>(name, field, table + "." + name, type, components.accessor(field),
                    components.index(field), optional);
        }

        /**
         * The row has a {@code version} column, which the optimistic save keeps, read into the {@code version}
         * component.
         *
         * @return this builder
         */
        public Builder<T> versioned() {
            versioned = true;
            return this;
        }

        /**
         * @param columns the order in which rows are listed
         * @return this builder
         */
        public Builder<T> listedBy(String... columns) {
            order = List.of(columns);
            return this;
        }

        /**
         * @return the declaration
         * @throws IllegalStateException if no order is given, or if a component of the record is held by no column or
         *     by more than one
         */
        public RowCodec<T> build() {
            if (order.isEmpty()) {
                throw new IllegalStateException(table + " needs an order to list its rows by");
            }
            Map<String, Integer> held = new HashMap<>();
            Stream.concat(keys.stream(), values.stream()).forEach(c -> held.merge(c.field(), 1, Integer::sum));
            if (tenant) {
                held.merge("tenant", 1, Integer::sum);
            }
            if (versioned) {
                held.merge("version", 1, Integer::sum);
            }
            for (RecordComponent component : components.all()) {
                int columns = held.getOrDefault(component.getName(), 0);
                if (columns != 1) {
                    throw new IllegalStateException(table + " must hold " + components.type().getSimpleName() + "."
                            + component.getName() + " in exactly one column, not " + columns);
                }
            }
            return new RowCodec<>(this, components);
        }
    }
}
