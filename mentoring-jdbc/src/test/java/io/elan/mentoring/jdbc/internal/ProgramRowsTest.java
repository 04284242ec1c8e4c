package io.elan.mentoring.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.jdbc.JdbcDialect;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.PairStatus;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The row declarations of the program store against the migrated schema: a declaration that names a column the table
 * lacks, forgets one it has, or keys the row differently from the primary key fails here rather than on a customer's
 * database.
 */
class ProgramRowsTest {
    private static final List<RowCodec<?>> DECLARATIONS = List.of(ProgramRows.PROGRAMS, ProgramRows.PARTICIPANTS,
            ProgramRows.PAIRS, ProgramRows.TOUCHPOINTS, ProgramRows.ATTENDANCE, ProgramRows.HOTLINE_REQUESTS,
            ProgramRows.FOLLOW_UP_CALLS);

    private static JdbcConnectionPool database;

    @BeforeAll
    static void migrate() {
        database = JdbcConnectionPool.create("jdbc:h2:mem:rows-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa",
                "");
        SchemaMigrator.migrate(database, JdbcDialect.H2);
    }

    @AfterAll
    static void close() {
        database.dispose();
    }

    @Test
    @DisplayName("each declaration names exactly the columns of its table")
    void columns() throws SQLException {
        try (Connection c = database.getConnection()) {
            for (RowCodec<?> rows : DECLARATIONS) {
                assertThat(rows.columns()).as(rows.table())
                        .containsExactlyInAnyOrderElementsOf(tableColumns(c.getMetaData(), rows.table()));
            }
        }
    }

    @Test
    @DisplayName("each declaration keys its rows as the table's primary key does, column for column and in order")
    void keys() throws SQLException {
        try (Connection c = database.getConnection()) {
            for (RowCodec<?> rows : DECLARATIONS) {
                assertThat(rows.keyColumns()).as(rows.table())
                        .containsExactlyElementsOf(primaryKey(c.getMetaData(), rows.table()));
            }
        }
    }

    @Test
    @DisplayName("a declaration that leaves a component of the record in no column or in two, names a component the"
            + " record lacks, or stores one as another type, is refused when built")
    void everyComponentInExactlyOneColumn() {
        assertThatThrownBy(() -> RowCodec.builder("elan_pair", "pair", Pair.class)
                .key("program_id", "program", ColumnType.TEXT.as(ProgramId.class, ProgramId::value, ProgramId::of))
                .key("pair_id", "id", ColumnType.TEXT.as(PairId.class, PairId::value, PairId::of))
                .column("mentor_id", "mentor", ColumnType.TEXT.as(PersonId.class, PersonId::value, PersonId::of))
                .column("mentee_id", "mentee", ColumnType.TEXT.as(PersonId.class, PersonId::value, PersonId::of))
                .column("status", "status", ColumnType.constant(PairStatus.class))
                .column("formed_on", "formedOn", ColumnType.DATE)
                .optional("ended_on", "endedOn", ColumnType.DATE)
                .versioned().listedBy("pair_id").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("elan_pair must hold Pair.endReason in exactly one column, not 0");
        assertThatThrownBy(() -> RowCodec.builder("elan_pair", "pair", Pair.class)
                .key("program_id", "program", ColumnType.TEXT.as(ProgramId.class, ProgramId::value, ProgramId::of))
                .key("pair_id", "id", ColumnType.TEXT.as(PairId.class, PairId::value, PairId::of))
                .column("mentor_id", "mentor", ColumnType.TEXT.as(PersonId.class, PersonId::value, PersonId::of))
                .column("mentee_id", "mentor", ColumnType.TEXT.as(PersonId.class, PersonId::value, PersonId::of))
                .listedBy("pair_id").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("elan_pair must hold Pair.mentor in exactly one column, not 2");
        assertThatThrownBy(() -> RowCodec.builder("elan_pair", "pair", Pair.class)
                .column("mentor", "mentorId", ColumnType.TEXT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Pair has no component mentorId");
        assertThatThrownBy(() -> RowCodec.builder("elan_pair", "pair", Pair.class)
                .column("mentor_id", "mentor", ColumnType.TEXT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("elan_pair.mentor_id holds Pair.mentor, a PersonId, not a String");
    }

    private static List<String> tableColumns(DatabaseMetaData metaData, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = metaData.getColumns(null, null, table.toUpperCase(Locale.ROOT), null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        assertThat(columns).as("the columns of " + table).isNotEmpty();
        return columns;
    }

    private static List<String> primaryKey(DatabaseMetaData metaData, String table) throws SQLException {
        Map<Short, String> columns = new TreeMap<>();
        try (ResultSet rs = metaData.getPrimaryKeys(null, null, table.toUpperCase(Locale.ROOT))) {
            while (rs.next()) {
                columns.put(rs.getShort("KEY_SEQ"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(columns.values());
    }
}
