package io.elan.mentoring.survey.anonymity;

import static io.elan.mentoring.survey.anonymity.GuardFixture.MID_POINT;
import static io.elan.mentoring.survey.anonymity.GuardFixture.PROGRAM;
import static io.elan.mentoring.survey.anonymity.GuardFixture.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;

import io.elan.mentoring.spi.survey.Answer;
import io.elan.mentoring.spi.survey.ReleaseLedger;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyStores;
import io.elan.mentoring.survey.MapSurveyResponseStore;
import io.elan.mentoring.survey.Steps;
import io.elan.mentoring.survey.collection.InMemoryTokenRegistry;
import io.elan.mentoring.survey.questionnaire.ItemKind;
import io.elan.mentoring.survey.questionnaire.StandardQuestionnaires;
import io.elan.mentoring.survey.report.GroupReport;
import io.elan.mentoring.survey.report.ItemComparison;
import io.elan.mentoring.survey.report.ItemResult;
import io.elan.mentoring.survey.report.ScaleResult;
import io.elan.mentoring.survey.report.SurveyReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * For any responses arriving in any order and any sequence of reports, segment queries and guard restarts on the
 * same ledger, every released figure
 * stands on at least k respondents, and no withheld group can be recovered by subtracting released figures of the
 * same item: neither one from another, nor a parent minus any family of disjoint released subgroups.
 *
 * <p>The check is written independently of the guard: it recomputes, from its own model of the stored responses,
 * the respondents behind each figure at the moment it was released.
 */
class AnonymityGuardProperties {

    private static final List<String> SCALE_ITEMS = StandardQuestionnaires.midPoint().scales().get(0).items();

    /** One step of the scenario, printed as a sentence so that a shrunk counterexample reads as a story. */
    sealed interface Action permits Add, Report, Query, Restart {}

    record Add(List<Respondent> respondents) implements Action {
        @Override
        public String toString() {
            if (respondents.isEmpty()) {
                return "add no response";
            }
            return respondents.stream().map(Respondent::toString).collect(Collectors.joining("; ",
                    "add " + respondents.size() + (respondents.size() == 1 ? " response (" : " responses ("), ")"));
        }
    }

    record Report() implements Action {
        @Override
        public String toString() {
            return "report";
        }
    }

    record Restart() implements Action {
        @Override
        public String toString() {
            return "restart the guard on the same ledger";
        }
    }

    record Query(Map<String, String> selection) implements Action {
        @Override
        public String toString() {
            return selection.isEmpty() ? "query everyone" : "query " + new TreeMap<>(selection);
        }
    }

    record Respondent(String role, @Nullable String cohort, Map<String, Answer> answers) {
        @Override
        public String toString() {
            String answered = new TreeMap<>(answers).entrySet().stream()
                    .map(e -> e.getKey() + "=" + shown(e.getValue())).collect(Collectors.joining(", "));
            return (cohort == null ? role : role + " of cohort " + cohort) + " answering " + answered;
        }

        private static String shown(Answer answer) {
            if (answer instanceof Answer.Numeric numeric) {
                return String.valueOf(numeric.value());
            }
            return answer instanceof Answer.Text text ? "'" + text.text() + "'" : answer.toString();
        }
    }

    /** One released figure: what it is about and who stands behind it. */
    record Released(String key, Set<String> respondents, int shownN, int threshold) {}

    @Test
    @DisplayName("for any responses, reports, segment queries and guard restarts, every released figure stands on at "
            + "least k respondents and no withheld group is recovered by subtracting released figures")
    void noFigureBelowKAndNoRecoveryBySubtraction() {
        qt().withExamples(300).withShrinkCycles(2_000)
                .forAll(actions(), integers().between(3, 6))
                .checkAssert(AnonymityGuardProperties::noFigureBelowKAndNoRecoveryBySubtraction);
    }

    private static void noFigureBelowKAndNoRecoveryBySubtraction(List<Action> actions, int k) {
        MapSurveyResponseStore store = new MapSurveyResponseStore();
        AnonymityPolicy policy = AnonymityPolicy.withThreshold(k);
        InMemoryTokenRegistry registry = new InMemoryTokenRegistry();
        ReleaseLedger ledger = new InMemoryReleaseLedger();
        InMemoryWaveDefinitionStore waves = new InMemoryWaveDefinitionStore();
        AnonymityGuard guard = guard(store, registry, policy, ledger, waves);
        List<SurveyResponse> model = new ArrayList<>();
        List<Released> released = new ArrayList<>();
        int next = 0;
        for (Action action : actions) {
            if (action instanceof Add add) {
                for (Respondent r : add.respondents()) {
                    Map<String, String> segments = new HashMap<>();
                    segments.put("role", r.role());
                    if (r.cohort() != null) {
                        segments.put("cohort", r.cohort());
                    }
                    SurveyResponse response = new SurveyResponse(PROGRAM, MID_POINT.id(),
                            ResponseToken.of(String.format("r%05d", next++)), segments,
                            r.answers());
                    store.saveIfAbsent(TENANT, response);
                    model.add(response);
                }
            } else if (action instanceof Restart) {
                guard = guard(store, registry, policy, ledger, waves);
            } else if (action instanceof Report) {
                SurveyReport report = guard.report(TENANT, PROGRAM, MID_POINT, null);
                for (GroupReport group : report.groups()) {
                    collect(group, model, policy, released);
                }
                checkComparisons(report);
            } else if (action instanceof Query query) {
                try {
                    collect(guard.query(TENANT, PROGRAM, MID_POINT, new RespondentGroup(query.selection())), model, policy,
                            released);
                } catch (QueryRefusedException refused) {
                    assertThat(refused).hasMessageContaining("fewer than " + k);
                }
            }
        }
        for (Released figure : released) {
            assertThat(figure.respondents()).as(figure.key()).hasSize(figure.shownN());
            assertThat(figure.shownN()).as(figure.key()).isGreaterThanOrEqualTo(figure.threshold());
        }
        Map<String, List<Set<String>>> byKey = new HashMap<>();
        for (Released figure : released) {
            List<Set<String>> sets = byKey.computeIfAbsent(figure.key(), x -> new ArrayList<>());
            if (!sets.contains(figure.respondents())) {
                sets.add(figure.respondents());
            }
        }
        byKey.forEach((key, sets) -> assertNoSmallRemainder(key, sets, k));
    }

    private static AnonymityGuard guard(MapSurveyResponseStore store, InMemoryTokenRegistry registry,
            AnonymityPolicy policy, ReleaseLedger ledger, InMemoryWaveDefinitionStore waves) {
        return AnonymityGuard.builder().stores(SurveyStores.of(store, registry, ledger, waves)).policy(policy)
                .build();
    }

    private static void collect(GroupReport group, List<SurveyResponse> model, AnonymityPolicy policy,
            List<Released> released) {
        List<SurveyResponse> members = model.stream()
                .filter(r -> r.segments().entrySet().containsAll(group.selection().entrySet())).toList();
        if (group.figures() != null) {
            released.add(new Released("respondents", tokens(members), group.figures().respondents(),
                    policy.threshold()));
        } else {
            assertThat(group.withheld()).isNotNull();
        }
        for (ItemResult item : group.items()) {
            if (item.figures() == null) {
                assertThat(item.withheld()).as("a withheld cell says why, never zero").isNotNull();
                continue;
            }
            Set<String> answered = tokens(members.stream().filter(r -> r.answers().containsKey(item.item())).toList());
            int threshold = item.kind() == ItemKind.FREE_TEXT ? policy.freeTextThreshold() : policy.threshold();
            released.add(new Released(item.item(), answered, item.figures().n(), threshold));
        }
        for (ScaleResult scale : group.scales()) {
            if (scale.figures() == null) {
                continue;
            }
            Set<String> complete = tokens(members.stream()
                    .filter(r -> r.answers().keySet().containsAll(SCALE_ITEMS)).toList());
            released.add(new Released("scale:" + scale.scale(), complete, scale.figures().n(), policy.threshold()));
        }
    }

    private static void checkComparisons(SurveyReport report) {
        for (ItemComparison comparison : report.mentorsVsMentees()) {
            if (comparison.test() == null) {
                continue;
            }
            for (String role : List.of("MENTOR", "MENTEE")) {
                GroupReport group = report.groups().stream()
                        .filter(g -> g.selection().equals(Map.of("role", role))).findFirst().orElseThrow();
                assertThat(group.items().stream().filter(i -> i.item().equals(comparison.item())).findFirst()
                        .orElseThrow().figures()).as("a comparison only uses released groups").isNotNull();
            }
        }
    }

    private static Set<String> tokens(List<SurveyResponse> responses) {
        return responses.stream().map(r -> r.token().value()).collect(Collectors.toSet());
    }

    /** P minus any family of pairwise disjoint released sets inside P must be empty or hold at least k. */
    private static void assertNoSmallRemainder(String key, List<Set<String>> sets, int k) {
        for (Set<String> parent : sets) {
            List<Set<String>> inside = sets.stream()
                    .filter(s -> s.size() < parent.size() && parent.containsAll(s)).toList();
            families(key, parent, inside, 0, new HashSet<>(), k);
        }
    }

    private static void families(String key, Set<String> parent, List<Set<String>> inside, int from,
            Set<String> union, int k) {
        if (!union.isEmpty()) {
            int remainder = parent.size() - union.size();
            assertThat(remainder > 0 && remainder < k)
                    .as("%s: a released figure minus released subgroups leaves %d respondents", key, remainder)
                    .isFalse();
        }
        for (int i = from; i < inside.size(); i++) {
            Set<String> next = inside.get(i);
            if (next.stream().anyMatch(union::contains)) {
                continue;
            }
            Set<String> grown = new HashSet<>(union);
            grown.addAll(next);
            families(key, parent, inside, i + 1, grown, k);
        }
    }

    private static Gen<List<Action>> actions() {
        Gen<@Nullable String> cohorts = arbitrary().pick("a", "b", "c").toOptionals(25).map(c -> c.orElse(null));
        Gen<Respondent> respondent = arbitrary().pick("MENTOR", "MENTEE").zip(cohorts, integers().between(1, 5),
                integers().between(1, 5), integers().between(0, 15), (role, cohort, suits, trust, mask) -> {
                    Map<String, Answer> answers = new HashMap<>();
                    answers.put("pace.suits", new Answer.Numeric(suits));
                    if ((mask & 1) != 0) {
                        answers.put("relationship.trust", new Answer.Numeric(trust));
                    }
                    if ((mask & 2) != 0) {
                        answers.put("relationship.openness", new Answer.Numeric(Math.max(1, trust - 1)));
                    }
                    if ((mask & 4) != 0) {
                        answers.put("relationship.expectations", new Answer.Numeric(trust));
                    }
                    if ((mask & 8) != 0) {
                        answers.put("workshop.comment", new Answer.Text("note " + suits + trust));
                    }
                    return new Respondent(role, cohort, answers);
                });
        Gen<Action> add = Steps.shrinkingAnywhere(respondent, 25).map(Add::new);
        Gen<@Nullable String> roles = arbitrary().pick("MENTOR", "MENTEE").toOptionals(40).map(r -> r.orElse(null));
        Gen<@Nullable String> selectedCohorts = arbitrary().pick("a", "b", "c").toOptionals(40)
                .map(c -> c.orElse(null));
        Gen<Action> query = roles.zip(selectedCohorts, (role, cohort) -> {
            Map<String, String> segments = new HashMap<>();
            if (role != null) {
                segments.put("role", role);
            }
            if (cohort != null) {
                segments.put("cohort", cohort);
            }
            return new Query(segments);
        });
        Gen<Action> report = Generate.constant(new Report());
        Gen<Action> restart = Generate.constant(new Restart());
        return Steps.upTo(Generate.frequency(Pair.of(3, add), Pair.of(2, report), Pair.of(4, query),
                Pair.of(1, restart)), 10);
    }
}
