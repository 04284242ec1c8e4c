package io.elan.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.elan.mentoring.core.Elan;
import io.elan.mentoring.core.RefusedOperationException;
import io.elan.mentoring.core.TenantScope;
import io.elan.mentoring.core.followup.FollowUpPolicy;
import io.elan.mentoring.core.memory.InMemoryMessageGateway;
import io.elan.mentoring.core.memory.InMemoryPeopleDirectory;
import io.elan.mentoring.core.memory.InMemoryProgramStore;
import io.elan.mentoring.core.memory.InMemoryStores;
import io.elan.mentoring.core.program.ProgramDefinition;
import io.elan.mentoring.core.survey.SurveyLinks;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.VersionConflictException;
import io.elan.mentoring.spi.directory.Person;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.program.Pair;
import io.elan.mentoring.spi.program.PairId;
import io.elan.mentoring.spi.program.PairStatus;
import io.elan.mentoring.spi.program.Program;
import io.elan.mentoring.spi.program.ProgramStatus;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.tck.KitFixtures;
import io.elan.mentoring.survey.collection.InMemoryWaveSecrets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The lifecycle rules that read pairs, raced against the pair changes that could break them, on every store: 8 threads
 * at once mark the program ready or start it while others end pairs and re-match them, 40 trials per store. Every
 * program and pair write is recorded in the order it committed, and the history is replayed to check that no write
 * ever made a program READY or RUNNING without an active pair, nor gave a mentor more mentees than their capacity or
 * a mentee two pairs; a re-match either ended its pair and formed the replacement, or did neither.
 */
@DisplayName("lifecycle rules raced against ended and re-matched pairs")
class LifecycleRaceTest {

    /** The stores raced. */
    enum Store { IN_MEMORY, H2, POSTGRESQL }

    /** The lifecycle move that reads the pairs. */
    enum Rule { MARK_READY, START }

    /** How one move ended. */
    enum Outcome { MADE, REFUSED, CONFLICT }

    private static final int TRIALS = 40;
    private static final int THREADS = 8;
    private static final ProgramId PROGRAM = ProgramId.of("race");
    private static final LocalDate KICK_OFF = LocalDate.of(2027, 1, 11);

    /** One thing a thread does during a trial, told as words. */
    record Move(String description, Callable<Object> action) {
        @Override
        public String toString() {
            return description;
        }
    }

    /** What one move did: its result when made, else the exception. */
    record Done(Move move, Outcome outcome, Object result) {
        @Override
        public String toString() {
            return move + ": " + outcome + (outcome == Outcome.MADE ? "" : " (" + result + ")");
        }
    }

    /** A re-match a trial attempts: the pair, the new mentor, and the reason that marks the pair it ends. */
    record Rematch(Pair old, PersonId newMentor, String reason) {}

    @ParameterizedTest(name = "{0}")
    @EnumSource(Store.class)
    @DisplayName("no program gets READY or RUNNING without an active pair, no mentor goes over capacity, and no"
            + " re-match ends a pair without its replacement")
    void race(Store kind) throws Exception {
        LinearizedProgramStore store = new LinearizedProgramStore(switch (kind) {
            case IN_MEMORY -> new InMemoryProgramStore();
            case H2 -> TestDatabases.h2().programStore();
            case POSTGRESQL -> TestDatabases.postgres().programStore();
        });
        InMemoryPeopleDirectory people = new InMemoryPeopleDirectory();
        InMemoryStores memory = new InMemoryStores();
        Elan elan = Elan.builder().programStore(store).activityLog(memory.activityLog()).outbox(memory.outbox())
                .broadcastLog(memory.broadcastLog()).surveyResponseStore(memory.surveyResponseStore())
                .tokenRegistry(memory.tokenRegistry()).releaseLedger(memory.releaseLedger())
                .waveDefinitionStore(memory.waveDefinitionStore()).waveSecrets(new InMemoryWaveSecrets())
                .surveyLinks(SurveyLinks.template("https://hr.example/surveys/{token}"))
                .messageGateway(new InMemoryMessageGateway(Channel.EMAIL)).peopleDirectory(people)
                .clock(Clock.fixed(KICK_OFF.atTime(8, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                .build();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int trial = 0; trial < TRIALS; trial++) {
                trial(elan, people, store, pool, trial);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static void trial(Elan elan, InMemoryPeopleDirectory people, LinearizedProgramStore store,
            ExecutorService pool, int trial) throws Exception {
        Rule rule = trial % 2 == 0 ? Rule.MARK_READY : Rule.START;
        TenantId tenant = KitFixtures.freshTenant();
        TenantScope scope = elan.tenant(tenant);
        scope.programs().define(ProgramDefinition.builder().id(PROGRAM).name("Race").kickOff(KICK_OFF)
                .zone(ZoneOffset.UTC).mentorCapacity(1).followUp(FollowUpPolicy.none()).build());
        scope.programs().openEnrolment(PROGRAM);
        List<PersonId> mentors = enrol(scope, people, tenant, Role.MENTOR, "m1", "m2", "m3", "m4");
        List<PersonId> mentees = enrol(scope, people, tenant, Role.MENTEE, "e1", "e2", "e3");
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pairs.add(scope.pairs().form(PROGRAM, mentors.get(i), mentees.get(i)));
        }
        if (rule == Rule.START) {
            scope.programs().markReady(PROGRAM);
        }
        List<Rematch> rematches = List.of(
                new Rematch(pairs.get(0), mentors.get(3), "re-matched with m4 instead of m1"),
                new Rematch(pairs.get(2), mentors.get(3), "re-matched with m4 instead of m3"),
                new Rematch(pairs.get(1), mentors.get(0), "re-matched with m1 instead of m2"));
        List<Move> moves = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            moves.add(rule == Rule.START
                    ? new Move("program started", () -> scope.programs().start(PROGRAM))
                    : new Move("program marked ready", () -> scope.programs().markReady(PROGRAM)));
        }
        for (Pair pair : pairs) {
            moves.add(new Move("pair " + pair.id() + " ended",
                    () -> scope.pairs().end(PROGRAM, pair.id(), "ended")));
        }
        for (Rematch r : rematches) {
            moves.add(new Move("pair " + r.old().id() + " " + r.reason(),
                    () -> scope.pairs().rematch(PROGRAM, r.old().id(), r.newMentor(), r.reason())));
        }

        // Threads released together still start in the order they were handed out: each trial hands them out in
        // another order, so that every kind of move sometimes goes first.
        List<Move> order = new ArrayList<>(moves);
        Collections.shuffle(order, new Random(trial));
        List<Done> done = together(pool, order);

        List<LinearizedProgramStore.Write> history = store.history(tenant);
        String told = "moves: " + done + "\nwrites, in commit order:\n" + history.stream().map(Object::toString)
                .collect(Collectors.joining("\n"));
        replay(history, told);
        Map<PairId, Pair> stored = store.pairs(tenant, PROGRAM).stream()
                .collect(Collectors.toMap(Pair::id, pair -> pair));
        for (int i = 0; i < rematches.size(); i++) {
            Move move = moves.get(2 + pairs.size() + i);
            checkRematch(rematches.get(i), done.stream().filter(d -> d.move() == move).findFirst().orElseThrow(),
                    stored, told);
        }
    }

    private static List<PersonId> enrol(TenantScope scope, InMemoryPeopleDirectory people, TenantId tenant,
            Role role, String... ids) {
        List<PersonId> enrolled = new ArrayList<>();
        for (String id : ids) {
            people.put(tenant, Person.of(PersonId.of(id), "Person " + id));
            enrolled.add(PersonId.of(id));
        }
        scope.participants().enrol(PROGRAM, role, enrolled);
        return enrolled;
    }

    /** Runs every move on its own thread, all released at once, and tells how each ended. */
    private static List<Done> together(ExecutorService pool, List<Move> moves) throws Exception {
        CyclicBarrier gate = new CyclicBarrier(moves.size());
        List<Future<Done>> running = new ArrayList<>();
        for (Move move : moves) {
            running.add(pool.submit(() -> {
                gate.await();
                try {
                    return new Done(move, Outcome.MADE, move.action().call());
                } catch (RefusedOperationException e) {
                    return new Done(move, Outcome.REFUSED, e.getMessage());
                } catch (VersionConflictException e) {
                    return new Done(move, Outcome.CONFLICT, e.getMessage());
                }
            }));
        }
        List<Done> done = new ArrayList<>();
        for (Future<Done> future : running) {
            done.add(future.get(60, TimeUnit.SECONDS));
        }
        return done;
    }

    /** Replays the committed writes and checks the state each one left. */
    private static void replay(List<LinearizedProgramStore.Write> history, String told) {
        Map<PairId, Pair> pairs = new HashMap<>();
        ProgramStatus status = null;
        for (LinearizedProgramStore.Write write : history) {
            if (write.stored() instanceof Program program) {
                boolean readied = program.status() == ProgramStatus.READY && status == ProgramStatus.ENROLLING;
                boolean started = program.status() == ProgramStatus.RUNNING && status == ProgramStatus.READY;
                if (readied || started) {
                    assertThat(pairs.values()).as("the pairs when the %s\n%s", write, told)
                            .anyMatch(pair -> pair.status() == PairStatus.ACTIVE);
                }
                status = program.status();
            } else {
                Pair pair = (Pair) write.stored();
                pairs.put(pair.id(), pair);
                List<Pair> current = pairs.values().stream().filter(p -> p.status() != PairStatus.ENDED).toList();
                assertThat(current.stream().collect(Collectors.groupingBy(Pair::mentor, Collectors.counting())))
                        .as("mentees per mentor once the %s (capacity 1)\n%s", write, told)
                        .allSatisfy((mentor, mentees) -> assertThat(mentees).isEqualTo(1L));
                assertThat(current.stream().collect(Collectors.groupingBy(Pair::mentee, Collectors.counting())))
                        .as("pairs per mentee once the %s\n%s", write, told)
                        .allSatisfy((mentee, count) -> assertThat(count).isEqualTo(1L));
            }
        }
    }

    /** A re-match that was made ended its pair and formed the replacement; one that failed did neither. */
    private static void checkRematch(Rematch rematch, Done done, Map<PairId, Pair> stored, String told) {
        Pair old = stored.get(rematch.old().id());
        Optional<Pair> replacement = stored.values().stream()
                .filter(p -> !p.id().equals(rematch.old().id()) && p.mentee().equals(rematch.old().mentee())
                        && p.mentor().equals(rematch.newMentor()))
                .findFirst();
        if (done.outcome() == Outcome.MADE) {
            Pair made = (Pair) done.result();
            assertThat(old.status()).as("the pair %s re-matched\n%s", old.id(), told).isEqualTo(PairStatus.ENDED);
            assertThat(old.endReason()).as("why %s ended\n%s", old.id(), told).isEqualTo(rematch.reason());
            assertThat(replacement).as("the replacement of %s\n%s", old.id(), told).map(Pair::id)
                    .contains(made.id());
        } else {
            assertThat(old.endReason()).as("why %s ended, its re-match having failed\n%s", old.id(), told)
                    .isNotEqualTo(rematch.reason());
            assertThat(replacement).as("a replacement of %s, its re-match having failed\n%s", old.id(), told)
                    .isEmpty();
        }
    }
}
