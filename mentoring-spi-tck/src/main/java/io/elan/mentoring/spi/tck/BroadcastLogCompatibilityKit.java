package io.elan.mentoring.spi.tck;

import static io.elan.mentoring.spi.tck.KitFixtures.T0;
import static io.elan.mentoring.spi.tck.KitFixtures.broadcast;
import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static io.elan.mentoring.spi.tck.KitFixtures.queued;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.NotFoundException;
import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.broadcast.Addressee;
import io.elan.mentoring.spi.broadcast.AddressingOutcome;
import io.elan.mentoring.spi.broadcast.Broadcast;
import io.elan.mentoring.spi.broadcast.BroadcastId;
import io.elan.mentoring.spi.broadcast.BroadcastLog;
import io.elan.mentoring.spi.broadcast.PublishedBroadcast;
import io.elan.mentoring.spi.messaging.Channel;
import io.elan.mentoring.spi.messaging.Link;
import io.elan.mentoring.spi.messaging.MessageContent;
import io.elan.mentoring.spi.program.Audience;
import io.elan.mentoring.spi.program.Role;
import io.elan.mentoring.spi.tck.contract.TenantIsolationContract;
import io.elan.mentoring.spi.tck.internal.BroadcastLogErasureRules;
import io.elan.mentoring.spi.tck.internal.BroadcastLogValueRules;
import io.elan.mentoring.spi.tck.internal.Concurrently;
import io.elan.mentoring.spi.tck.internal.ModelBasedProperty;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The contract of {@link BroadcastLog}: the first publication of an id wins, a person's first entry for a broadcast
 * wins, listings are ordered, every field comes back as stored, tenants apart, and all of it under concurrent calls.
 * Extend it and return your log from {@link #log()}; every test works in tenants of its own.
 */
public abstract class BroadcastLogCompatibilityKit {

    /** @return the log under test; may be the same instance on every call */
    protected abstract BroadcastLog log();

    private final TenantId tenant = freshTenant();
    private final ProgramId program = ProgramId.of("program-1");

    private PublishedBroadcast published(String id) {
        return log().publish(tenant, broadcast(program, id, "Annonce " + id, T0));
    }

    private List<Addressee> address(TenantId t, String id, Addressee... addressees) {
        return log().address(t, program, BroadcastId.of(id), List.of(addressees));
    }

    private List<Addressee> addressees(TenantId t, String id) {
        return log().addressees(t, program, BroadcastId.of(id));
    }

    private static List<String> persons(List<Addressee> addressees) {
        return addressees.stream().map(a -> a.person().value()).toList();
    }

    @Nested
    @DisplayName("publishing broadcasts")
    class Publishing {
        @Test
        @DisplayName("a published broadcast is returned as given and found by its program and id")
        void found() {
            PublishedBroadcast b = broadcast(program, "b1", "Lancement", T0);
            assertThat(log().publish(tenant, b)).as("publishing a new broadcast must return it as given").isEqualTo(b);
            assertThat(log().find(tenant, program, BroadcastId.of("b1")))
                    .as("a published broadcast must be found by its program and id").contains(b);
            assertThat(log().find(tenant, program, BroadcastId.of("b2")))
                    .as("a broadcast never published must not be found").isEmpty();
        }

        @Test
        @DisplayName("the first broadcast stored under an id stays: publishing the id again returns the first one")
        void firstWins() {
            PublishedBroadcast first = broadcast(program, "b1", "Premier", T0);
            log().publish(tenant, first);
            assertThat(log().publish(tenant, broadcast(program, "b1", "Autre", T0.plusSeconds(5))))
                    .as("publishing an id again must return the broadcast first published under it, not the new one")
                    .isEqualTo(first);
            assertThat(log().find(tenant, program, BroadcastId.of("b1")))
                    .as("the broadcast first published under an id must stay, unchanged").contains(first);
            assertThat(log().broadcasts(tenant, program))
                    .as("publishing an id again must not list a second broadcast").containsExactly(first);
        }

        @Test
        @DisplayName("the same id in two programs is two broadcasts")
        void idsPerProgram() {
            ProgramId other = ProgramId.of("program-2");
            PublishedBroadcast mine = broadcast(program, "b1", "Un", T0);
            PublishedBroadcast theirs = broadcast(other, "b1", "Deux", T0.plusSeconds(1));
            assertThat(log().publish(tenant, mine)).as("publishing a new broadcast must return it as given")
                    .isEqualTo(mine);
            assertThat(log().publish(tenant, theirs))
                    .as("the same broadcast id in another program must be a new broadcast, returned as given")
                    .isEqualTo(theirs);
            assertThat(log().find(tenant, other, BroadcastId.of("b1")))
                    .as("each program must find its own broadcast under a shared id").contains(theirs);
        }

        @Test
        @DisplayName("every field survives the round trip: audience, kind, languages with countries, paragraphs, key"
                + " points, links, call to action and the instant to the nanosecond")
        void roundTrip() {
            MessageContent rich = new MessageContent("Mi-parcours : « on y est » 'déjà'",
                    List.of("Premier paragraphe ;\nsur deux lignes\tavec une tabulation.", "Deuxième : 2:3:4",
                            "Emoji 🚀 et accents àéîõü"),
                    List.of("Écoute", "Objectifs", "Réseau", "Feedback", "Suite"),
                    List.of(Link.of("Le replay", "https://example.org/replay?x=1&y=%C3%A9"),
                            Link.of("Le support", "http://example.org/support#partie-2")),
                    Link.of("Répondre au questionnaire", "https://example.org/survey/42"));
            Broadcast broadcast = new Broadcast(BroadcastId.of("mi-parcours 2026/11"), program, Audience.MENTORS,
                    "mid-point", Map.of(Locale.FRENCH, rich,
                            Locale.CANADA_FRENCH, MessageContent.of("Bonjour du Québec"),
                            Locale.forLanguageTag("de-CH"), MessageContent.of("Grüezi", "Zweiter Absatz"),
                            Locale.ENGLISH, new MessageContent("Mid-point", List.of(), List.of("One"), List.of(),
                                    null)));
            PublishedBroadcast b = new PublishedBroadcast(broadcast, Instant.parse("2026-11-03T09:30:00.123456789Z"));
            log().publish(tenant, b);
            assertThat(log().find(tenant, program, broadcast.id()))
                    .as("a broadcast must be found with every field as published, its instant to the nanosecond")
                    .contains(b);
            assertThat(log().broadcasts(tenant, program))
                    .as("a broadcast must be listed with every field as published").containsExactly(b);
        }
    }

    @Nested
    @DisplayName("listing broadcasts")
    class Listing {
        @Test
        @DisplayName("a program's broadcasts are listed by publication instant, then id")
        void ordered() {
            log().publish(tenant, broadcast(program, "b2", "Deux", T0.plusSeconds(10)));
            log().publish(tenant, broadcast(program, "b1", "Un", T0.plusSeconds(10)));
            log().publish(tenant, broadcast(program, "b3", "Trois", T0.minusSeconds(10)));
            log().publish(tenant, broadcast(program, "b0", "Zéro", T0));
            assertThat(log().broadcasts(tenant, program)).extracting(b -> b.broadcast().id().value())
                    .as("broadcasts must be listed by publication instant, then by id when published together")
                    .containsExactly("b3", "b0", "b1", "b2");
        }

        @Test
        @DisplayName("another program's broadcasts are not listed, and a program without any lists nothing")
        void perProgram() {
            ProgramId other = ProgramId.of("program-2");
            published("b1");
            log().publish(tenant, broadcast(other, "b2", "Ailleurs", T0));
            assertThat(log().broadcasts(tenant, program)).extracting(b -> b.broadcast().id().value())
                    .as("a program must list its own broadcasts only").containsExactly("b1");
            assertThat(log().broadcasts(tenant, ProgramId.of("program-3")))
                    .as("a program without broadcasts must list none").isEmpty();
        }
    }

    @Nested
    @DisplayName("addressing recipients")
    class Addressing {
        @Test
        @DisplayName("recipients are recorded and read back in the order given")
        void recorded() {
            published("b1");
            List<Addressee> given = List.of(queued("zoé", "k1", T0), queued("ana", "k2", T0), queued("marc", "k3", T0));
            assertThat(log().address(tenant, program, BroadcastId.of("b1"), given))
                    .as("addressing three people new to a broadcast must return all three, in the order given")
                    .isEqualTo(given);
            assertThat(addressees(tenant, "b1")).as("recipients must be read back in the order they were recorded")
                    .isEqualTo(given);
        }

        @Test
        @DisplayName("a person is addressed once per broadcast: their first entry stays and a later call returns only"
                + " the people new to it")
        void firstEntryWins() {
            published("b1");
            address(tenant, "b1", queued("ana", "k1", T0), queued("ben", "k2", T0));
            List<Addressee> second = address(tenant, "b1", queued("ana", "other", T0.plusSeconds(1)),
                    queued("chloé", "k3", T0.plusSeconds(1)));
            assertThat(persons(second))
                    .as("addressing ana again with chloé must return only chloé: ana was already addressed")
                    .containsExactly("chloé");
            assertThat(addressees(tenant, "b1")).extracting(Addressee::idempotencyKey)
                    .as("a person's first entry for a broadcast must stay: ana keeps k1, not the later entry")
                    .containsExactly("k1", "k2", "k3");
        }

        @Test
        @DisplayName("a person listed twice in one call is recorded once, with the first of their entries")
        void twiceInOneCall() {
            published("b1");
            Addressee first = queued("ana", "k1", T0);
            List<Addressee> recorded = address(tenant, "b1", first, queued("ana", "k2", T0));
            assertThat(recorded).as("a person listed twice in one call must be returned once, with the first entry")
                    .containsExactly(first);
            assertThat(addressees(tenant, "b1"))
                    .as("a person listed twice in one call must be recorded once, with the first entry")
                    .containsExactly(first);
        }

        @Test
        @DisplayName("every kind of entry survives the round trip: queued, opted out, without a channel, caught up")
        void roundTrip() {
            published("b1");
            Instant at = Instant.parse("2026-11-03T09:30:00.000000001Z");
            List<Addressee> given = List.of(
                    new Addressee(PersonId.of("amélie"), Role.MENTOR, AddressingOutcome.QUEUED, Channel.of("teams"),
                            "broadcast:b1:amélie", true, at, null),
                    new Addressee(PersonId.of("bruno"), Role.MENTEE, AddressingOutcome.OPTED_OUT, null, null, false,
                            at, "a refusé les annonces ; « announcement »"),
                    new Addressee(PersonId.of("chloé"), Role.MENTEE, AddressingOutcome.NO_CHANNEL, Channel.SMS, null,
                            false, at.plusSeconds(1), "numéro inconnu\nsecond line"));
            address(tenant, "b1", given.toArray(Addressee[]::new));
            assertThat(addressees(tenant, "b1"))
                    .as("every entry must be read back with every field as recorded: role, outcome, channel, key,"
                            + " catch-up flag, instant to the nanosecond, reason")
                    .isEqualTo(given);
        }

        @Test
        @DisplayName("the same person is addressed separately for each broadcast")
        void perBroadcast() {
            published("b1");
            published("b2");
            assertThat(address(tenant, "b1", queued("ana", "k1", T0))).as("ana must be new to b1").hasSize(1);
            assertThat(address(tenant, "b2", queued("ana", "k2", T0)))
                    .as("ana addressed for b1 must still be new to b2").hasSize(1);
            assertThat(addressees(tenant, "b2")).extracting(Addressee::idempotencyKey)
                    .as("b2 must hold ana's entry for b2 only").containsExactly("k2");
        }

        @Test
        @DisplayName("addressing a broadcast that is not stored fails as not found and records nothing")
        void unknown() {
            assertThatThrownBy(() -> address(tenant, "nope", queued("ana", "k1", T0)),
                    "addressing a broadcast that was never published must fail as not found")
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> log().address(tenant, ProgramId.of("program-2"), BroadcastId.of("nope"),
                    List.of()), "addressing nobody to a broadcast that was never published must fail as not found")
                    .isInstanceOf(NotFoundException.class);
            published("nope");
            assertThat(addressees(tenant, "nope"))
                    .as("a failed addressing must have recorded nobody, even once the broadcast is published")
                    .isEmpty();
        }

        @Test
        @DisplayName("an empty list of recipients records nothing, and a broadcast nobody was addressed has none")
        void empty() {
            published("b1");
            assertThat(address(tenant, "b1")).as("addressing nobody must return nobody").isEmpty();
            assertThat(addressees(tenant, "b1")).as("addressing nobody must record nobody").isEmpty();
            assertThat(addressees(tenant, "not-stored")).as("a broadcast never published must have no recipients")
                    .isEmpty();
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation implements TenantIsolationContract {
        @Override
        public String aRecord() {
            return "a broadcast";
        }

        @Override
        public void write(TenantId in, String id) {
            PublishedBroadcast b = broadcast(program, id, "Annonce de " + in.value(), T0);
            assertThat(log().publish(in, b))
                    .as("a broadcast id published in a tenant, even one another tenant uses, must be a new broadcast"
                            + " there, returned as given")
                    .isEqualTo(b);
        }

        @Override
        public List<?> seenBy(TenantId in, String id) {
            List<Object> seen = new ArrayList<>();
            log().find(in, program, BroadcastId.of(id)).ifPresent(seen::add);
            seen.addAll(log().broadcasts(in, program));
            seen.addAll(addressees(in, id));
            return seen;
        }

        @Override
        public void change(TenantId in, String id) {
            address(in, id, queued("ana", "k-" + id, T0));
        }

        @Test
        @DisplayName("another tenant neither finds, lists, addresses nor reads the recipients of the broadcasts")
        void invisible() {
            TenantId other = freshTenant();
            published("b1");
            address(tenant, "b1", queued("ana", "k1", T0));
            assertThat(log().find(other, program, BroadcastId.of("b1")))
                    .as("a broadcast must not be found from another tenant").isEmpty();
            assertThat(log().broadcasts(other, program)).as("a broadcast must not be listed to another tenant")
                    .isEmpty();
            assertThat(addressees(other, "b1")).as("recipients must not be read from another tenant").isEmpty();
            assertThatThrownBy(() -> address(other, "b1", queued("ben", "k2", T0)),
                    "another tenant addressing a broadcast it does not have must fail as not found")
                    .isInstanceOf(NotFoundException.class);
            assertThat(addressees(tenant, "b1")).extracting(Addressee::idempotencyKey)
                    .as("another tenant's attempt must add no recipient").containsExactly("k1");
        }

        @Test
        @DisplayName("the same broadcast id in two tenants is two broadcasts, each with its own recipients")
        void idsPerTenant() {
            TenantId other = freshTenant();
            PublishedBroadcast mine = broadcast(program, "b1", "Chez nous", T0);
            PublishedBroadcast theirs = broadcast(program, "b1", "Chez eux", T0.plusSeconds(1));
            assertThat(log().publish(tenant, mine)).as("publishing a new broadcast must return it as given")
                    .isEqualTo(mine);
            assertThat(log().publish(other, theirs))
                    .as("the same broadcast id in another tenant must be a new broadcast, returned as given")
                    .isEqualTo(theirs);
            assertThat(address(tenant, "b1", queued("ana", "k1", T0))).as("ana must be new to this tenant's b1")
                    .hasSize(1);
            assertThat(address(other, "b1", queued("ana", "k2", T0)))
                    .as("ana must be new to the other tenant's b1 as well").hasSize(1);
            assertThat(addressees(other, "b1")).extracting(Addressee::idempotencyKey)
                    .as("each tenant's b1 must hold its own recipients").containsExactly("k2");
        }
    }

    @Nested
    @DisplayName("concurrent calls")
    class ConcurrentCalls {
        @Test
        @DisplayName("eight threads publishing one id store one broadcast, and every one of them gets it back")
        void publishOnce() {
            List<PublishedBroadcast> returned = Concurrently.run(8,
                    i -> () -> log().publish(tenant, broadcast(program, "b1", "Version " + i, T0.plusSeconds(i))));
            List<PublishedBroadcast> stored = log().broadcasts(tenant, program);
            assertThat(stored).as("eight threads publishing one id at once must store one broadcast").hasSize(1);
            assertThat(returned).as("each of eight threads publishing one id must be returned the one broadcast stored")
                    .containsOnly(stored.get(0));
        }

        @Test
        @DisplayName("eight threads addressing the same person record one entry, returned to exactly one of them")
        void addressOnce() {
            published("b1");
            List<List<Addressee>> recorded = Concurrently.run(8, i -> () -> address(tenant, "b1",
                    queued("ana", "k" + i, T0)));
            List<Addressee> winners = recorded.stream().flatMap(List::stream).toList();
            assertThat(winners)
                    .as("of eight threads addressing ana at once, exactly one must be told she was new").hasSize(1);
            assertThat(addressees(tenant, "b1"))
                    .as("eight threads addressing ana at once must record one entry, the one returned")
                    .containsExactlyElementsOf(winners);
        }

        @Test
        @DisplayName("eight threads addressing overlapping groups of 50 people record each person once")
        void overlapping() {
            published("b1");
            List<List<Addressee>> recorded = Concurrently.run(8, i -> () -> {
                List<Addressee> mine = new ArrayList<>();
                for (int round = 0; round < 4; round++) {
                    int from = ((i + round) % 8) * 25;
                    String keyPrefix = "t" + i + "-r" + round + "-p";
                    List<Addressee> group = IntStream.range(from, from + 50)
                            .mapToObj(n -> queued("p" + (n % 200), keyPrefix + n, T0))
                            .toList();
                    mine.addAll(log().address(tenant, program, BroadcastId.of("b1"), group));
                }
                return mine;
            });
            List<String> winners = recorded.stream().flatMap(List::stream).map(a -> a.person().value()).toList();
            assertThat(winners.size())
                    .as("threads addressing overlapping groups of 200 people must be told, in all, that each person"
                            + " was new exactly once")
                    .isEqualTo(200);
            assertThat(winners).as("no person may be reported new to the broadcast twice").doesNotHaveDuplicates();
            assertThat(addressees(tenant, "b1"))
                    .as("threads addressing overlapping groups must record each of the 200 people once, with the"
                            + " entry returned as new")
                    .hasSize(200)
                    .containsExactlyInAnyOrderElementsOf(recorded.stream().flatMap(List::stream).toList());
        }
    }

    @Test
    @DisplayName("any sequence of publishes and addresses agrees with a simple model")
    void operationsAgreeWithAModel() {
        ModelBasedProperty.forAll(ModelBasedProperty.sequencesOf(Step.ANY, 30))
                .tries(40)
                .check(BroadcastsAgainstAModel::new);
    }

    /** What a step of {@link #operationsAgreeWithAModel} does. */
    enum Kind { PUBLISH, ADDRESS }

    /**
     * One step of {@link #operationsAgreeWithAModel}: publish broadcast {@code slot} at {@code seconds} after the
     * kits' start, with content new to the step, or address people to it.
     */
    record Step(Kind kind, int slot, int seconds, List<Integer> persons) {
        static final Gen<Step> ANY = Generate.enumValues(Kind.class).zip(Generate.range(0, 3), Generate.range(0, 2),
                SourceDSL.lists().of(Generate.range(0, 5)).ofType(SourceDSL.lists().<Integer, List<Integer>>arrayList())
                        .ofSizeBetween(0, 4),
                Step::new);

        String id() {
            return "b" + slot;
        }

        @Override
        public String toString() {
            return switch (kind) {
                case PUBLISH -> "publish " + id() + " at T0+" + seconds + "s";
                case ADDRESS -> persons.isEmpty() ? "address nobody to " + id()
                        : persons.stream().map(p -> "p" + p)
                                .collect(Collectors.joining(", ", "address " + id() + " to ", ""));
            };
        }
    }

    /** Replays steps on the log, in a tenant of their own, and on maps of first publications and first entries. */
    private final class BroadcastsAgainstAModel implements ModelBasedProperty.Replay<Step> {
        private final TenantId t = freshTenant();
        private final Map<String, PublishedBroadcast> published = new HashMap<>();
        private final Map<String, Map<String, Addressee>> recipients = new HashMap<>();
        private int n;

        @Override
        public void apply(Step step) {
            n++;
            String id = step.id();
            if (step.kind() == Kind.PUBLISH) {
                PublishedBroadcast attempt = broadcast(program, id, "Annonce " + n,
                        T0.plus(Duration.ofSeconds(step.seconds())));
                PublishedBroadcast expected = published.computeIfAbsent(id, k -> attempt);
                recipients.computeIfAbsent(id, k -> new LinkedHashMap<>());
                assertThat(log().publish(t, attempt))
                        .as(expected == attempt ? "publishing %s for the first time must return it as given"
                                : "publishing %s again must return the broadcast first published under that id", id)
                        .isEqualTo(expected);
            } else {
                List<Addressee> given = new ArrayList<>();
                for (int person : step.persons()) {
                    given.add(queued("p" + person, "step" + n + "-p" + person, T0.plusSeconds(n)));
                }
                Map<String, Addressee> known = recipients.get(id);
                if (known == null) {
                    assertThatThrownBy(() -> log().address(t, program, BroadcastId.of(id), given),
                            "addressing %s, which was never published, must fail as not found", id)
                            .isInstanceOf(NotFoundException.class);
                } else {
                    List<Addressee> expected = new ArrayList<>();
                    for (Addressee a : given) {
                        if (known.putIfAbsent(a.person().value(), a) == null) {
                            expected.add(a);
                        }
                    }
                    assertThat(log().address(t, program, BroadcastId.of(id), given))
                            .as("addressing %s must record and return, in the order given, only the people new to"
                                    + " it, each with their first entry in the call", id)
                            .isEqualTo(expected);
                }
            }
            for (int slot = 0; slot < 4; slot++) {
                String b = "b" + slot;
                assertThat(log().find(t, program, BroadcastId.of(b)))
                        .as("after %s, %s must be found as first published (or not at all if never published)",
                                step, b)
                        .isEqualTo(Optional.ofNullable(published.get(b)));
                assertThat(log().addressees(t, program, BroadcastId.of(b)))
                        .as("after %s, %s must hold each person's first entry, in the order recorded", step, b)
                        .containsExactlyElementsOf(recipients.getOrDefault(b, Map.of()).values());
            }
        }

        @Override
        public void verifyEnd() {
            List<PublishedBroadcast> expected = published.values().stream()
                    .sorted(Comparator.comparing(PublishedBroadcast::publishedAt)
                            .thenComparing(b -> b.broadcast().id().value()))
                    .toList();
            assertThat(log().broadcasts(t, program))
                    .as("the program's broadcasts must be listed as first published, by instant then id")
                    .containsExactlyElementsOf(expected);
        }
    }

    @Nested
    @DisplayName("values at the edges of the SPI's rules")
    class ValueRules extends BroadcastLogValueRules {
        ValueRules() {
            super(BroadcastLogCompatibilityKit.this::log);
        }
    }

    @Nested
    @DisplayName("personal data: erasing a person everywhere, removing a program's broadcasts")
    class PersonalData extends BroadcastLogErasureRules {
        PersonalData() {
            super(BroadcastLogCompatibilityKit.this::log);
        }
    }
}
