package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.elan.mentoring.jdbc.ReleasedFigures.Cell;
import io.elan.mentoring.jdbc.ReleasedFigures.Equation;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.Segments;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.survey.SurveyStores;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.survey.WaveDefinitionStore;
import io.elan.mentoring.spi.tck.KitFixtures;
import io.elan.mentoring.spi.text.LocalizedText;
import io.elan.mentoring.survey.anonymity.AnonymityGuard;
import io.elan.mentoring.survey.anonymity.AnonymityPolicy;
import io.elan.mentoring.survey.anonymity.InMemoryReleaseLedger;
import io.elan.mentoring.survey.anonymity.InMemoryWaveDefinitionStore;
import io.elan.mentoring.survey.anonymity.QueryRefusedException;
import io.elan.mentoring.survey.anonymity.RespondentGroup;
import io.elan.mentoring.survey.collection.InMemoryTokenRegistry;
import io.elan.mentoring.survey.collection.InMemoryWaveSecrets;
import io.elan.mentoring.survey.collection.SurveyCollector;
import io.elan.mentoring.survey.questionnaire.Item;
import io.elan.mentoring.survey.questionnaire.Questionnaire;
import io.elan.mentoring.survey.questionnaire.Scale;
import io.elan.mentoring.survey.questionnaire.StandardQuestionnaires;
import io.elan.mentoring.survey.questionnaire.Wave;
import io.elan.mentoring.survey.questionnaire.WaveKind;
import io.elan.mentoring.survey.questionnaire.WaveRedefinedException;
import io.elan.mentoring.survey.report.ChoiceCount;
import io.elan.mentoring.survey.report.GroupReport;
import io.elan.mentoring.survey.report.ItemComparison;
import io.elan.mentoring.survey.report.ItemFigures;
import io.elan.mentoring.survey.report.ItemResult;
import io.elan.mentoring.survey.report.ScaleResult;
import io.elan.mentoring.survey.report.SurveyReport;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * An HR analyst plays against the anonymity guard with everything the API gives: random respondents with random
 * segments and skipped items, then any sequence of reports and segment queries, re-declared questionnaires, a
 * second node and restarts. The analyst also knows, as the strongest insider would, who answered which item and who
 * belongs to which segment. Every released figure becomes an equation over the answers it was computed from, and the
 * analyst solves them all together, exactly ({@link ReleasedFigures}): no combination may pin down the answers of
 * fewer than k respondents, nor the comments of fewer than the comment threshold.
 *
 * <p>The same game runs with the guard remembering its releases in memory and in the JDBC store on H2 and
 * PostgreSQL; there, a second node has its own connection pool and a restart builds new stores over the same
 * database. The responses themselves live in the H2 store in every run: what is tried here is where the guard
 * remembers.
 */
@DisplayName("an analyst solving every figure the guard releases")
class AnonymityAttackerProperties {
    private static final ProgramId PROGRAM = ProgramId.of("attacked-program");
    private static final Instant OPENS = Instant.parse("2026-03-02T08:00:00Z");
    private static final Wave WAVE = new Wave("mid-point", WaveKind.MID_POINT, StandardQuestionnaires.midPoint(),
            OPENS, OPENS.plusSeconds(14 * 86_400)).withSegments(Segments.COHORT, Segments.DEPARTMENT);
    private static final String COMMENT = "workshop.comment";
    private static final List<String> NUMERIC = List.of("pace.suits", "relationship.trust", "relationship.openness",
            "relationship.expectations", "overall.recommend");
    private static final Map<String, List<String>> SCALES = Map.of(StandardQuestionnaires.RELATIONSHIP_SCALE,
            List.of("relationship.trust", "relationship.openness", "relationship.expectations"));

    @Test
    @DisplayName("pins down nobody below the thresholds when the guard remembers in memory")
    void inMemory() {
        play(100, () -> {
            Ports ports = new Ports(new InMemoryTokenRegistry(), new InMemoryReleaseLedger(),
                    new InMemoryWaveDefinitionStore());
            return node -> ports;
        });
    }

    @Test
    @DisplayName("pins down nobody below the thresholds when the guard remembers in the JDBC store on H2")
    void h2() {
        play(30, () -> new JdbcDeployment(JdbcDialect.H2));
    }

    @Test
    @DisplayName("pins down nobody below the thresholds when the guard remembers in the JDBC store on PostgreSQL")
    void postgres() {
        play(20, () -> new JdbcDeployment(JdbcDialect.POSTGRESQL));
    }

    /** Which guard an analyst's call goes to. */
    enum Node { FIRST, SECOND, RESTARTED }

    /** Where a node keeps the survey state besides the responses. */
    record Ports(TokenRegistry registry, ReleaseLedger ledger, WaveDefinitionStore waves) {}

    /** Where the guard keeps its survey state; one per try. */
    interface Deployment extends AutoCloseable {
        Ports ports(Node node);

        @Override
        default void close() {}
    }

    /** The JDBC store: the first node on the shared pool, a second node on a pool of its own, a restart anew. */
    private static final class JdbcDeployment implements Deployment {
        private final JdbcDialect dialect;
        private @Nullable JdbcConnectionPool secondPool;

        JdbcDeployment(JdbcDialect dialect) {
            this.dialect = dialect;
        }

        @Override
        public Ports ports(Node node) {
            JdbcStores stores = switch (node) {
                case FIRST -> TestDatabases.stores(dialect);
                case SECOND -> JdbcStores.builder().dataSource(secondPool()).dialect(dialect).build();
                case RESTARTED -> JdbcStores.builder().dataSource(TestDatabases.stores(dialect).dataSource())
                        .dialect(dialect).build();
            };
            return new Ports(stores.tokenRegistry(), stores.releaseLedger(), stores.waveDefinitionStore());
        }

        private JdbcConnectionPool secondPool() {
            if (secondPool == null) {
                try {
                    secondPool = TestDatabases.secondNodePool(dialect);
                } catch (SQLException e) {
                    throw new IllegalStateException("the second node cannot reach the database", e);
                }
            }
            return secondPool;
        }

        @Override
        public void close() {
            if (secondPool != null) {
                secondPool.dispose();
            }
        }
    }

    private static void play(int tries, Supplier<Deployment> deployments) {
        qt().withExamples(tries).withShrinkCycles(200)
                .forAll(integers().between(3, 5), steps())
                .checkAssert((k, steps) -> {
                    try (Deployment deployment = deployments.get()) {
                        new Game(deployment, AnonymityPolicy.withThreshold(k)).play(steps);
                    }
                });
    }

    /** One try: the steps replayed on the guard, and every released figure handed to the analyst. */
    private static final class Game {
        private final Deployment deployment;
        private final AnonymityPolicy policy;
        private final TenantId tenant = KitFixtures.freshTenant();
        private final SurveyResponseStore responses = TestDatabases.h2().surveyResponseStore();
        private final ReleasedFigures released = new ReleasedFigures();
        private AnonymityGuard guard;
        private int next;

        Game(Deployment deployment, AnonymityPolicy policy) {
            this.deployment = deployment;
            this.policy = policy;
            this.guard = guard(Node.FIRST);
            // The wave opens as a host opens it: the collector's first invitation pins its definition.
            Ports ports = deployment.ports(Node.FIRST);
            SurveyCollector.builder()
                    .stores(SurveyStores.of(responses, ports.registry(), ports.ledger(), ports.waves()))
                    .secrets(new InMemoryWaveSecrets()).clock(Clock.fixed(OPENS, ZoneOffset.UTC)).build()
                    .invite(tenant, PROGRAM, WAVE, PersonId.of("program-manager"), Role.MENTOR,
                            Map.of(Segments.COHORT, "a", Segments.DEPARTMENT, "x"));
        }

        private AnonymityGuard guard(Node node) {
            Ports ports = deployment.ports(node);
            return AnonymityGuard.builder()
                    .stores(SurveyStores.of(responses, ports.registry(), ports.ledger(), ports.waves())).policy(policy)
                    .build();
        }

        void play(List<Step> steps) {
            for (Step step : steps) {
                apply(step);
            }
            Optional<ReleasedFigures.Disclosure> disclosure = released.smallestDisclosure(policy.threshold(),
                    policy.freeTextThreshold());
            assertThat(disclosure).as("with k = %d and comments for groups of %d, after %d released figures",
                    policy.threshold(), policy.freeTextThreshold(), released.size()).isEmpty();
        }

        private void apply(Step step) {
            if (step instanceof Add add) {
                add.respondents().forEach(r -> responses.saveIfAbsent(tenant, r.response(next++)));
            } else if (step instanceof Report) {
                SurveyReport shown = guard.report(tenant, PROGRAM, WAVE, null);
                Map<Map<String, String>, GroupReport> groups = new HashMap<>();
                for (GroupReport group : shown.groups()) {
                    read(group);
                    groups.put(group.selection(), group);
                }
                for (ItemComparison comparison : shown.mentorsVsMentees()) {
                    if (comparison.test() != null) {
                        assertThat(List.of("MENTOR", "MENTEE")).allSatisfy(role -> assertThat(
                                item(groups.get(Map.of(Segments.ROLE, role)), comparison.item()).figures())
                                .as("a comparison stands on released figures of both roles only").isNotNull());
                    }
                }
            } else if (step instanceof Query query) {
                try {
                    read(guard.query(tenant, PROGRAM, WAVE, new RespondentGroup(query.selection())));
                } catch (QueryRefusedException refused) {
                    assertThat(refused.getMessage()).contains("nothing was released");
                }
            } else if (step instanceof Redeclare redeclare) {
                assertThatThrownBy(() -> guard.report(tenant, PROGRAM, redeclare.wave(), null))
                        .isInstanceOf(WaveRedefinedException.class);
            } else if (step instanceof SwitchNode switchNode) {
                guard = guard(switchNode.node());
            }
        }

        /** What the stored responses of a group are, as the analyst who knows everyone's segments sees them. */
        private List<SurveyResponse> members(Map<String, String> selection) {
            return responses.responses(tenant, PROGRAM, WAVE.id())
                    .filter(r -> r.segments().entrySet().containsAll(selection.entrySet())).toList();
        }

        private void read(GroupReport group) {
            List<SurveyResponse> members = members(group.selection());
            String name = group.name().in(Locale.ENGLISH);
            if (group.figures() == null) {
                assertThat(group.items()).as("%s is withheld: nothing computed from it appears", name)
                        .allSatisfy(i -> assertThat(i.figures()).isNull());
                assertThat(group.scales()).as("%s is withheld: nothing computed from it appears", name)
                        .allSatisfy(s -> assertThat(s.figures()).isNull());
                return;
            }
            assertThat(group.figures().respondents()).as("respondents of %s", name).isEqualTo(members.size());
            released.add(new Equation(name + ", respondents", cells(members, "count"), false,
                    Fraction.of(members.size())));
            for (ItemResult item : group.items()) {
                ItemFigures figures = item.figures();
                if (figures == null) {
                    assertThat(item.withheld()).as("a withheld figure says why").isNotNull();
                    continue;
                }
                List<SurveyResponse> answered = members.stream()
                        .filter(r -> r.answers().containsKey(item.item())).toList();
                assertThat(figures.n()).as("n of %s, %s", name, item.item()).isEqualTo(answered.size());
                boolean comments = item.item().equals(COMMENT);
                released.add(new Equation(name + ", " + item.item(), cells(answered, item.item()), comments,
                        comments ? null : sum(figures, answered, item.item())));
            }
            for (ScaleResult scale : group.scales()) {
                if (scale.figures() == null) {
                    continue;
                }
                List<String> items = SCALES.get(scale.scale());
                List<SurveyResponse> complete = members.stream()
                        .filter(r -> r.answers().keySet().containsAll(items)).toList();
                assertThat(scale.figures().n()).as("n of %s, scale %s", name, scale.scale())
                        .isEqualTo(complete.size());
                Set<Cell> cells = new LinkedHashSet<>();
                items.forEach(i -> cells.addAll(cells(complete, i)));
                released.add(new Equation(name + ", scale " + scale.scale(), cells, false, null));
                // Cronbach's alpha reads each respondent's whole row: one more unknown per respondent of the scale.
                released.add(new Equation(name + ", alpha of " + scale.scale(),
                        cells(complete, "rows:" + scale.scale()), false, null));
            }
        }

        /** The released sum, read off the distribution, checked against the answers it must come from. */
        private static Fraction sum(ItemFigures figures, List<SurveyResponse> answered, String item) {
            long shown = 0;
            for (ChoiceCount count : figures.distribution()) {
                shown += NUMERIC.contains(item) ? count.count() * Long.parseLong(count.value()) : count.count();
            }
            if (NUMERIC.contains(item)) {
                long truth = answered.stream()
                        .mapToLong(r -> ((Answer.Numeric) r.answers().get(item)).value()).sum();
                assertThat(shown).as("the sum of %s read off its distribution", item).isEqualTo(truth);
            }
            return Fraction.of(shown);
        }

        private static Set<Cell> cells(List<SurveyResponse> responses, String column) {
            return responses.stream().map(r -> new Cell(r.token().value(), column))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
        }

        private static ItemResult item(GroupReport group, String item) {
            return group.items().stream().filter(i -> i.item().equals(item)).findFirst().orElseThrow();
        }
    }

    /** One move of the analyst, or one more batch of responses; each prints as what it does. */
    sealed interface Step permits Add, Report, Query, Redeclare, SwitchNode {}

    record Add(List<Respondent> respondents) implements Step {
        @Override
        public String toString() {
            return respondents.stream().map(Respondent::toString)
                    .collect(Collectors.joining("; ", "add " + respondents.size() + " response(s) (", ")"));
        }
    }

    record Report() implements Step {
        @Override
        public String toString() {
            return "report";
        }
    }

    record Query(Map<String, String> selection) implements Step {
        @Override
        public String toString() {
            return selection.isEmpty() ? "query everyone" : "query " + new TreeMap<>(selection);
        }
    }

    /** A report under the wave's id with another definition, which must be refused. */
    record Redeclare(int variant) implements Step {
        Wave wave() {
            Questionnaire midPoint = WAVE.questionnaire();
            return switch (variant) {
                case 0 -> {
                    List<Scale> scales = new ArrayList<>(midPoint.scales());
                    scales.add(new Scale("pace-trust", LocalizedText.of("Rythme et confiance", "Pace and trust"),
                            List.of("pace.suits", "relationship.trust")));
                    yield withQuestionnaire(new Questionnaire(midPoint.id(), midPoint.title(), midPoint.items(),
                            scales));
                }
                case 1 -> WAVE.withSegments(Segments.COHORT);
                default -> withQuestionnaire(new Questionnaire(midPoint.id(), midPoint.title(),
                        midPoint.items().stream().map(i -> i.id().equals("pace.suits")
                                ? Item.yesNo(i.id(), "Le rythme convient ?", "Does the pace suit?", i.topic()) : i)
                                .toList(), midPoint.scales()));
            };
        }

        private static Wave withQuestionnaire(Questionnaire questionnaire) {
            return new Wave(WAVE.id(), WAVE.kind(), questionnaire, WAVE.opensAt(), WAVE.closesAt(), WAVE.segments());
        }

        @Override
        public String toString() {
            return switch (variant) {
                case 0 -> "report with an extra scale over pace.suits and trust";
                case 1 -> "report with the cohort as the only dimension besides the role";
                default -> "report with pace.suits asked as yes or no";
            };
        }
    }

    record SwitchNode(Node node) implements Step {
        @Override
        public String toString() {
            return switch (node) {
                case FIRST -> "go back to the first node";
                case SECOND -> "go on with a second node";
                case RESTARTED -> "restart the guard over the same stores";
            };
        }
    }

    /**
     * One respondent: segments and answers. The answers come from one number, so that shrinking it simplifies them.
     */
    record Respondent(String role, String cohort, String department, int answers) {
        SurveyResponse response(int n) {
            Map<String, Answer> given = new TreeMap<>();
            int mask = answers & 63;
            for (int i = 0; i < NUMERIC.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    int value = (answers >>> (6 + 3 * i)) % 5;
                    given.put(NUMERIC.get(i), new Answer.Numeric(NUMERIC.get(i).equals("overall.recommend")
                            ? 2 * value : 1 + value));
                }
            }
            if ((mask & 32) != 0) {
                given.put(COMMENT, new Answer.Text("comment " + (answers >>> 22) % 3));
            }
            if (given.isEmpty()) {
                given.put("pace.suits", new Answer.Numeric(3));
            }
            return new SurveyResponse(PROGRAM, WAVE.id(), ResponseToken.of(String.format("t%04d", n)),
                    Map.of(Segments.ROLE, role, Segments.COHORT, cohort, Segments.DEPARTMENT, department), given);
        }

        @Override
        public String toString() {
            Map<String, Answer> given = response(0).answers();
            return role + " of cohort " + cohort + " in " + department + " answering " + given.entrySet().stream()
                    .map(e -> e.getKey() + "=" + (e.getValue() instanceof Answer.Numeric number
                            ? String.valueOf(number.value()) : "'" + ((Answer.Text) e.getValue()).text() + "'"))
                    .collect(Collectors.joining(", "));
        }
    }

    private static Gen<List<Step>> steps() {
        Gen<Respondent> respondent = arbitrary().pick("MENTOR", "MENTEE").zip(arbitrary().pick("a", "b"),
                arbitrary().pick("x", "y", "z"), integers().between(0, Integer.MAX_VALUE), Respondent::new);
        Gen<Step> add = anywhere(respondent, 1, 8).map(Add::new);
        Gen<Optional<String>> role = arbitrary().pick("MENTOR", "MENTEE").toOptionals(40);
        Gen<Optional<String>> cohort = arbitrary().pick("a", "b").toOptionals(50);
        Gen<Optional<String>> department = arbitrary().pick("x", "y", "z").toOptionals(50);
        Gen<Step> query = role.zip(cohort, department, (r, c, d) -> {
            Map<String, String> selection = new HashMap<>();
            r.ifPresent(v -> selection.put(Segments.ROLE, v));
            c.ifPresent(v -> selection.put(Segments.COHORT, v));
            d.ifPresent(v -> selection.put(Segments.DEPARTMENT, v));
            return new Query(selection);
        });
        Gen<Step> redeclare = integers().between(0, 2).map(Redeclare::new);
        Gen<Step> switchNode = arbitrary().enumValues(Node.class).map(SwitchNode::new);
        Gen<Step> step = Generate.frequency(Pair.of(4, add), Pair.of(2, Generate.constant(new Report())),
                Pair.of(4, query), Pair.of(1, redeclare), Pair.of(1, switchNode));
        return anywhere(step, 1, 12).describedAs(steps -> steps.stream().map(Object::toString)
                .collect(Collectors.joining(", then ")));
    }

    /** Lists whose every element may shrink away on its own, wherever it sits. */
    private static <T> Gen<List<T>> anywhere(Gen<T> element, int min, int max) {
        return lists().of(element.toOptionals(10)).ofSizeBetween(min, max)
                .map(drawn -> drawn.stream().flatMap(Optional::stream).toList());
    }
}
