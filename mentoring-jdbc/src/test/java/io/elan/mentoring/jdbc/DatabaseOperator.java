package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.SurveyResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An operator who reads the whole survey state of a wave straight from the database, system columns included
 * (PostgreSQL's {@code xmin}, {@code cmin} and {@code ctid}; H2's {@code _ROWID_}), as often as they like, and then
 * guesses which published response is whose. It never sees the wave secret, nor what the respondents wrote to whom.
 *
 * <p>Between two observations it learns whose invitation was marked answered, which held rows appeared (and so which
 * held row is whose) and which were retired, and which responses appeared. Its guesses pair respondents with
 * responses by every order it can build: by arrival, by every system column and id of the invitations, of the held
 * rows and of the responses, by transaction adjacency, within each batch it can delimit and across the whole wave.
 */
final class DatabaseOperator {
    /** One guess: a name for the strategy, and which respondent it names for each response token. */
    record Guess(String strategy, Map<String, String> respondentByResponse) {}

    /** A row as the database shows it: its key, a flag, and its system columns (zero where the dialect has none). */
    private record Row(String key, boolean flag, long xid, long place, long command) {}

    /** Responses the operator sees published together, and the respondents it knows to be behind them. */
    private record Batch(List<Row> responses, List<String> respondents) {}

    private final JdbcDialect dialect;
    private final JdbcStores stores;
    private final TenantId tenant;
    private final ProgramId program;
    private final String wave;

    private final List<String> arrival = new ArrayList<>();
    private final Set<String> answered = new HashSet<>();
    /** How many respondents had answered at each observation. */
    private final List<Integer> answeredBy = new ArrayList<>();
    private final Map<String, String> heldBy = new HashMap<>();
    private final Set<String> heldSeen = new HashSet<>();
    private final Map<String, Integer> retiredAt = new HashMap<>();
    private final Map<String, Integer> publishedAt = new HashMap<>();
    private int observations;
    private Map<String, Row> invitations = Map.of();
    private Map<String, Row> held = Map.of();
    private Map<String, Row> responses = Map.of();

    DatabaseOperator(JdbcDialect dialect, JdbcStores stores, TenantId tenant, ProgramId program, String wave) {
        this.dialect = dialect;
        this.stores = stores;
        this.tenant = tenant;
        this.program = program;
        this.wave = wave;
    }

    /** Reads every table of the wave again and notes what changed since the last time. */
    void observe() {
        int now = observations++;
        invitations = rows("elan_survey_invitation", "person_id", "answered");
        held = rows("elan_survey_held", "token", "ciphertext IS NOT NULL");
        responses = rows("elan_survey_response", "token", "TRUE");
        List<Row> newlyAnswered = invitations.values().stream().filter(Row::flag)
                .filter(row -> answered.add(row.key())).sorted(Comparator.comparingLong(Row::xid)).toList();
        List<Row> newlyHeld = held.values().stream().filter(row -> heldSeen.add(row.key()))
                .sorted(Comparator.comparingLong(Row::place)).toList();
        for (int i = 0; i < Math.min(newlyAnswered.size(), newlyHeld.size()); i++) {
            heldBy.put(newlyHeld.get(i).key(), newlyAnswered.get(i).key());
        }
        newlyAnswered.forEach(row -> arrival.add(row.key()));
        answeredBy.add(arrival.size());
        held.values().stream().filter(row -> !row.flag()).forEach(row -> retiredAt.putIfAbsent(row.key(), now));
        responses.keySet().forEach(token -> publishedAt.putIfAbsent(token, now));
    }

    /** @return every guess the operator can make from what it observed */
    List<Guess> guesses() {
        Map<String, Map<String, String>> segmentsOf = new HashMap<>();
        for (Invitation invitation : stores.tokenRegistry().invitations(tenant, program, wave)) {
            segmentsOf.put(invitation.person().value(), invitation.segments());
        }
        Map<String, Map<String, String>> responseSegments = new HashMap<>();
        try (Stream<SurveyResponse> published = stores.surveyResponseStore().responses(tenant, program, wave)) {
            published.forEach(r -> responseSegments.put(r.token().value(), r.segments()));
        }
        List<Guess> guesses = new ArrayList<>();
        Map<String, Comparator<String>> respondentOrders = respondentOrders();
        Map<String, Comparator<Row>> responseOrders = responseOrders();
        List<String> respondents = List.copyOf(arrival);
        for (Map.Entry<String, Comparator<String>> who : respondentOrders.entrySet()) {
            for (Map.Entry<String, Comparator<Row>> what : responseOrders.entrySet()) {
                Map<String, String> guess = new HashMap<>();
                pair(sorted(responses.values(), what.getValue()), sorted(respondents, who.getValue()), guess);
                guesses.add(new Guess("respondents by " + who.getKey() + ", responses by " + what.getKey(), guess));
            }
        }
        guesses.add(new Guess("each response to the respondent whose answered mark was written nearest to it",
                adjacency()));
        List<Batch> batches = batches(segmentsOf, responseSegments);
        for (Map.Entry<String, Comparator<String>> who : batchRespondentOrders().entrySet()) {
            for (Map.Entry<String, Comparator<Row>> what : responseOrders.entrySet()) {
                Map<String, String> guess = new HashMap<>();
                for (Batch batch : batches) {
                    pair(sorted(batch.responses(), what.getValue()), sorted(batch.respondents(), who.getValue()),
                            guess);
                }
                guesses.add(new Guess("within each batch, respondents by " + who.getKey() + ", responses by "
                        + what.getKey(), guess));
            }
        }
        return guesses;
    }

    private Map<String, Comparator<String>> respondentOrders() {
        Map<String, Comparator<String>> orders = new LinkedHashMap<>();
        orders.put("arrival of their answered mark", Comparator.comparingInt(arrival::indexOf));
        orders.put("invitation " + placeColumn(), Comparator.comparingLong(p -> invitations.get(p).place()));
        orders.put("person id", Comparator.naturalOrder());
        if (dialect == JdbcDialect.POSTGRESQL) {
            orders.put("invitation xmin", Comparator.comparingLong(p -> invitations.get(p).xid()));
        }
        return orders;
    }

    private Map<String, Comparator<String>> batchRespondentOrders() {
        Map<String, String> heldOf = heldBy.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        Map<String, Comparator<String>> orders = new LinkedHashMap<>(respondentOrders());
        orders.put("held row " + placeColumn(), Comparator.comparingLong(p -> held.get(heldOf.get(p)).place()));
        orders.put("held token", Comparator.comparing(heldOf::get));
        return orders;
    }

    private Map<String, Comparator<Row>> responseOrders() {
        Map<String, Comparator<Row>> orders = new LinkedHashMap<>();
        orders.put(placeColumn(), Comparator.comparingLong(Row::place));
        orders.put("reversed " + placeColumn(), Comparator.comparingLong(Row::place).reversed());
        orders.put("token", Comparator.comparing(Row::key));
        orders.put("publication, then " + placeColumn(),
                Comparator.<Row>comparingInt(row -> publishedAt.get(row.key())).thenComparingLong(Row::place));
        if (dialect == JdbcDialect.POSTGRESQL) {
            orders.put("xmin, then ctid", Comparator.comparingLong(Row::xid).thenComparingLong(Row::place));
            orders.put("xmin, then cmin", Comparator.comparingLong(Row::xid).thenComparingLong(Row::command));
        }
        return orders;
    }

    /**
     * Transaction adjacency: each response, in the order it was written, goes to the respondent with no response yet
     * whose answered mark was written nearest to it, before or after (by transaction id on PostgreSQL, by observation
     * on H2).
     */
    private Map<String, String> adjacency() {
        Function<String, Long> markedAt = dialect == JdbcDialect.POSTGRESQL
                ? person -> invitations.get(person).xid()
                : person -> (long) arrival.indexOf(person);
        Function<Row, Long> writtenAt = dialect == JdbcDialect.POSTGRESQL
                ? Row::xid
                : row -> (long) answeredBy.get(publishedAt.get(row.key())) - 1;
        TreeMap<Long, String> open = new TreeMap<>();
        arrival.forEach(person -> open.put(markedAt.apply(person), person));
        Map<String, String> guess = new HashMap<>();
        for (Row response : sorted(responses.values(),
                Comparator.comparingLong(Row::xid).thenComparingLong(Row::place)
                        .thenComparingInt(row -> publishedAt.get(row.key())))) {
            long at = writtenAt.apply(response);
            Map.Entry<Long, String> before = open.floorEntry(at);
            Map.Entry<Long, String> after = open.ceilingEntry(at);
            Map.Entry<Long, String> nearest = before == null ? after
                    : after == null || at - before.getKey() <= after.getKey() - at ? before : after;
            if (nearest != null) {
                guess.put(response.key(), nearest.getValue());
                open.remove(nearest.getKey());
            }
        }
        return guess;
    }

    /**
     * Delimits the batches it saw: responses that appeared in one observation with the same segments, and the
     * respondents whose held rows were retired in that observation, matched by segments (the most specific first, so
     * that a pool published under the role alone gets the respondents no exact group took).
     */
    private List<Batch> batches(Map<String, Map<String, String>> segmentsOf,
            Map<String, Map<String, String>> responseSegments) {
        Map<Integer, Map<Map<String, String>, List<Row>>> byObservation = new TreeMap<>();
        for (Row response : responses.values()) {
            byObservation.computeIfAbsent(publishedAt.get(response.key()), o -> new HashMap<>())
                    .computeIfAbsent(responseSegments.get(response.key()), s -> new ArrayList<>()).add(response);
        }
        List<Batch> batches = new ArrayList<>();
        for (Map.Entry<Integer, Map<Map<String, String>, List<Row>>> observation : byObservation.entrySet()) {
            List<String> retired = new ArrayList<>();
            retiredAt.forEach((token, at) -> {
                if (at.equals(observation.getKey()) && heldBy.containsKey(token)) {
                    retired.add(heldBy.get(token));
                }
            });
            List<Map.Entry<Map<String, String>, List<Row>>> groups = new ArrayList<>(
                    observation.getValue().entrySet());
            groups.sort(Comparator.comparingInt(group -> -group.getKey().size()));
            for (Map.Entry<Map<String, String>, List<Row>> group : groups) {
                List<String> respondents = retired.stream()
                        .filter(person -> segmentsOf.get(person).entrySet().containsAll(group.getKey().entrySet()))
                        .toList();
                retired.removeAll(respondents);
                batches.add(new Batch(group.getValue(), respondents));
            }
        }
        return batches;
    }

    private String placeColumn() {
        return dialect == JdbcDialect.POSTGRESQL ? "ctid" : "_ROWID_";
    }

    private static <T> List<T> sorted(Collection<T> values, Comparator<? super T> order) {
        List<T> list = new ArrayList<>(values);
        list.sort(order);
        return list;
    }

    private static void pair(List<Row> responses, List<String> respondents, Map<String, String> guess) {
        for (int i = 0; i < Math.min(responses.size(), respondents.size()); i++) {
            guess.put(responses.get(i).key(), respondents.get(i));
        }
    }

    private Map<String, Row> rows(String table, String key, String flag) {
        String system = dialect == JdbcDialect.POSTGRESQL
                ? "xmin::text::bigint, ctid::text, cmin::text::bigint"
                : "0, CAST(_ROWID_ AS VARCHAR), 0";
        String sql = "SELECT " + key + ", " + flag + ", " + system + " FROM " + table
                + " WHERE tenant_id = ? AND program_id = ? AND wave = ?";
        Map<String, Row> rows = new HashMap<>();
        try (Connection c = stores.dataSource().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant.value());
            ps.setString(2, program.value());
            ps.setString(3, wave);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), new Row(rs.getString(1), rs.getBoolean(2), rs.getLong(3),
                            place(rs.getString(4)), rs.getLong(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the operator could not read " + table, e);
        }
        return rows;
    }

    /** A ctid {@code (page,item)} as one number in physical order; an H2 row id as it is. */
    private static long place(String value) {
        if (!value.startsWith("(")) {
            return Long.parseLong(value);
        }
        String[] parts = value.substring(1, value.length() - 1).split(",");
        return Long.parseLong(parts[0]) * 65_536 + Long.parseLong(parts[1]);
    }
}
