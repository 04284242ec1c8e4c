package io.elan.mentoring.spi.tck;

import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static io.elan.mentoring.spi.tck.KitFixtures.invitation;
import static io.elan.mentoring.spi.tck.internal.SurveyNullArguments.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.tck.contract.TenantIsolationContract;
import io.elan.mentoring.spi.tck.internal.Concurrently;
import io.elan.mentoring.spi.tck.internal.ModelBasedProperty;
import io.elan.mentoring.spi.tck.internal.TokenRegistryErasureRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The contract of {@link TokenRegistry}: a person's first invitation to a wave wins, a token is found only in its own
 * wave, marking a token answered is idempotent, invitations are listed by person, tenants apart, and all of it under
 * concurrent calls. Extend it and return your registry from {@link #registry()}; every test works in tenants of its
 * own.
 */
public abstract class TokenRegistryCompatibilityKit {

    /** @return the registry under test; may be the same instance on every call */
    protected abstract TokenRegistry registry();

    private static final String WAVE = "mid-point";

    private final TenantId tenant = freshTenant();
    private final ProgramId program = ProgramId.of("program-1");

    private Invitation issue(TenantId t, Invitation candidate) {
        return registry().issueIfAbsent(t, program, WAVE, candidate);
    }

    private Optional<Invitation> byToken(TenantId t, String token) {
        return registry().byToken(t, program, WAVE, ResponseToken.of(token));
    }

    private void markAnswered(TenantId t, String token) {
        registry().markAnswered(t, program, WAVE, ResponseToken.of(token));
    }

    private List<Invitation> invitations(TenantId t) {
        return registry().invitations(t, program, WAVE);
    }

    /** An invitation in words, its token shown: assertions compare these, since a token prints masked. */
    private static String shown(Invitation invitation) {
        return invitation.person().value() + " holding token " + invitation.token().value() + " "
                + new TreeMap<>(invitation.segments()) + (invitation.answered() ? ", answered" : ", not answered");
    }

    private static Optional<String> shown(Optional<Invitation> invitation) {
        return invitation.map(TokenRegistryCompatibilityKit::shown);
    }

    private static List<String> shown(List<Invitation> invitations) {
        return invitations.stream().map(TokenRegistryCompatibilityKit::shown).toList();
    }

    @Nested
    @DisplayName("issuing invitations")
    class Issuing {
        @Test
        @DisplayName("an issued invitation is returned as given, found by its token and listed")
        void issued() {
            Invitation given = invitation("ana", "t-ana");
            assertThat(shown(issue(tenant, given)))
                    .as("a person's first invitation to a wave must be returned as given")
                    .isEqualTo(shown(given));
            assertThat(shown(byToken(tenant, "t-ana")))
                    .as("an issued invitation must be found by its token").contains(shown(given));
            assertThat(shown(invitations(tenant))).as("an issued invitation must be listed for its wave")
                    .containsExactly(shown(given));
        }

        @Test
        @DisplayName("a person keeps their first invitation: issuing again returns it, and the second token is found"
                + " nowhere")
        void firstInvitationWins() {
            Invitation first = invitation("ana", "t1");
            issue(tenant, first);
            assertThat(shown(issue(tenant, invitation("ana", "t2"))))
                    .as("inviting ana again must return her first invitation, token t1, not the new one")
                    .isEqualTo(shown(first));
            assertThat(shown(byToken(tenant, "t2")))
                    .as("the token of a second invitation must be found nowhere").isEmpty();
            assertThat(shown(invitations(tenant)))
                    .as("a person invited twice must be listed once, with the first invitation")
                    .containsExactly(shown(first));
        }

        @Test
        @DisplayName("every field survives the round trip: accented ids, role and cohort, a long token, answered")
        void roundTrip() {
            String token = "Zx9-".repeat(32);
            Invitation given = new Invitation(PersonId.of("amélie.dupré@acme.fr"), ResponseToken.of(token),
                    Map.of("role", "MENTOR", "cohort", "2026 « printemps »"), true);
            issue(tenant, given);
            assertThat(shown(byToken(tenant, token)))
                    .as("an invitation must be found by its 128-character token with every field as issued")
                    .contains(shown(given));
            assertThat(shown(invitations(tenant))).as("an invitation must be listed with every field as issued")
                    .containsExactly(shown(given));
        }

        @Test
        @DisplayName("the same person is invited separately to each wave and each program")
        void perWaveAndProgram() {
            ProgramId other = ProgramId.of("program-2");
            issue(tenant, invitation("ana", "t1"));
            Invitation closing = invitation("ana", "t2");
            Invitation elsewhere = invitation("ana", "t3");
            assertThat(shown(registry().issueIfAbsent(tenant, program, "closing", closing)))
                    .as("ana invited to the mid-point wave must still be new to the closing wave")
                    .isEqualTo(shown(closing));
            assertThat(shown(registry().issueIfAbsent(tenant, other, WAVE, elsewhere)))
                    .as("ana invited in one program must still be new to the same wave of another program")
                    .isEqualTo(shown(elsewhere));
            assertThat(shown(registry().byToken(tenant, program, "closing", ResponseToken.of("t1"))))
                    .as("a token must be found only in its own wave").isEmpty();
            assertThat(shown(registry().byToken(tenant, other, WAVE, ResponseToken.of("t3"))))
                    .as("a token must be found in its own program and wave").contains(shown(elsewhere));
            assertThat(shown(byToken(tenant, "t3"))).as("a token must be found only in its own program").isEmpty();
            assertThat(shown(registry().invitations(tenant, program, "closing")))
                    .as("a wave must list its own invitations only").containsExactly(shown(closing));
        }

        @Test
        @DisplayName("a token another person of the wave holds is refused, and nothing is stored")
        void tokenHeldByAnother() {
            Invitation ana = invitation("ana", "t1");
            issue(tenant, ana);
            assertThatThrownBy(() -> issue(tenant, invitation("ben", "t1")),
                    "inviting ben with the token ana holds in the same wave must be refused with an"
                            + " IllegalStateException")
                    .isInstanceOf(IllegalStateException.class);
            assertThat(shown(invitations(tenant)))
                    .as("a refused invitation must store nothing").containsExactly(shown(ana));
            assertThat(shown(byToken(tenant, "t1"))).as("a refused invitation must leave the token to its holder")
                    .contains(shown(ana));
        }

        @Test
        @DisplayName("the same token may be issued in another wave")
        void tokenPerWave() {
            issue(tenant, invitation("ana", "t1"));
            Invitation ben = invitation("ben", "t1");
            assertThat(shown(registry().issueIfAbsent(tenant, program, "closing", ben)))
                    .as("a token held in one wave must be free in another wave").isEqualTo(shown(ben));
            assertThat(shown(registry().byToken(tenant, program, "closing", ResponseToken.of("t1"))))
                    .as("a token must be found in the wave it was issued in, to its holder there").contains(shown(ben));
        }
    }

    @Nested
    @DisplayName("marking tokens answered")
    class Answering {
        @Test
        @DisplayName("marking a token answered marks its invitation only, and marking it again changes nothing")
        void idempotent() {
            issue(tenant, invitation("ana", "t1"));
            issue(tenant, invitation("ben", "t2"));
            markAnswered(tenant, "t1");
            markAnswered(tenant, "t1");
            assertThat(invitations(tenant)).extracting(Invitation::answered)
                    .as("marking ana's token answered twice must mark ana's invitation, and not ben's")
                    .containsExactly(true, false);
            assertThat(shown(byToken(tenant, "t1")))
                    .as("an answered invitation must be found by its token, marked answered and otherwise unchanged")
                    .contains(shown(invitation("ana", "t1").markedAnswered()));
        }

        @Test
        @DisplayName("marking a token nobody holds, or a token of another wave, changes nothing")
        void unknownToken() {
            issue(tenant, invitation("ana", "t1"));
            markAnswered(tenant, "unknown");
            registry().markAnswered(tenant, program, "closing", ResponseToken.of("t1"));
            registry().markAnswered(tenant, ProgramId.of("program-2"), WAVE, ResponseToken.of("t1"));
            assertThat(invitations(tenant)).extracting(Invitation::answered)
                    .as("marking an unknown token, or ana's token in another wave or program, must not mark ana's"
                            + " invitation")
                    .containsExactly(false);
        }

        @Test
        @DisplayName("a person invited again after answering keeps their answered invitation")
        void answeredStays() {
            issue(tenant, invitation("ana", "t1"));
            markAnswered(tenant, "t1");
            assertThat(issue(tenant, invitation("ana", "t2")).answered())
                    .as("inviting ana again after she answered must return her first invitation, answered").isTrue();
        }
    }

    @Nested
    @DisplayName("listing invitations")
    class Listing {
        @Test
        @DisplayName("a wave's invitations are listed by person id, whatever the order they were issued in")
        void byPerson() {
            for (String person : List.of("zoé", "ana", "marc", "Émile", "ben")) {
                issue(tenant, invitation(person, "t-" + person));
            }
            assertThat(invitations(tenant)).extracting(i -> i.person().value())
                    .as("a wave's invitations must be listed by person id, compared as Java strings")
                    .containsExactly("ana", "ben", "marc", "zoé", "Émile");
        }

        @Test
        @DisplayName("a wave without invitations lists none and finds no token")
        void empty() {
            assertThat(shown(invitations(tenant))).as("a wave without invitations must list none").isEmpty();
            assertThat(shown(byToken(tenant, "t1"))).as("a wave without invitations must find no token").isEmpty();
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation implements TenantIsolationContract {
        @Override
        public String aRecord() {
            return "an invitation";
        }

        @Override
        public void write(TenantId in, String id) {
            Invitation candidate = invitation("ana", id);
            assertThat(shown(issue(in, candidate)))
                    .as("a person and token invited in a tenant, even ones another tenant uses, must be a new"
                            + " invitation there, returned as given")
                    .isEqualTo(shown(candidate));
        }

        @Override
        public List<?> seenBy(TenantId in, String id) {
            List<Object> seen = new ArrayList<>();
            shown(byToken(in, id)).ifPresent(seen::add);
            seen.addAll(shown(invitations(in)));
            return seen;
        }

        @Override
        public void change(TenantId in, String id) {
            markAnswered(in, id);
        }

        @Test
        @DisplayName("another tenant neither finds, lists nor marks the invitations")
        void invisible() {
            TenantId other = freshTenant();
            issue(tenant, invitation("ana", "t1"));
            assertThat(shown(byToken(other, "t1"))).as("an invitation must not be found from another tenant").isEmpty();
            assertThat(shown(invitations(other))).as("an invitation must not be listed to another tenant").isEmpty();
            markAnswered(other, "t1");
            assertThat(byToken(tenant, "t1")).map(Invitation::answered)
                    .as("another tenant marking the same token must not mark this tenant's invitation")
                    .contains(false);
        }

        @Test
        @DisplayName("the same person and token in two tenants are two invitations")
        void idsPerTenant() {
            TenantId other = freshTenant();
            Invitation mine = invitation("ana", "t1");
            Invitation theirs = new Invitation(PersonId.of("ana"), ResponseToken.of("t1"), Map.of("role", "MENTOR"),
                    false);
            assertThat(shown(issue(tenant, mine)))
                    .as("ana's first invitation must be returned as given").isEqualTo(shown(mine));
            assertThat(shown(issue(other, theirs)))
                    .as("the same person and token in another tenant must be a new invitation there")
                    .isEqualTo(shown(theirs));
            markAnswered(other, "t1");
            assertThat(shown(byToken(tenant, "t1")))
                    .as("marking the token in one tenant must leave the other's unanswered")
                    .contains(shown(mine));
            assertThat(shown(byToken(other, "t1"))).as("marking the token must mark the invitation of its own tenant")
                    .contains(shown(theirs.markedAnswered()));
        }
    }

    @Nested
    @DisplayName("concurrent calls")
    class ConcurrentCalls {
        @Test
        @DisplayName("eight threads inviting the same person store one invitation, and every one of them gets it back")
        void issueOnce() {
            List<Invitation> returned = Concurrently.run(8, i -> () -> issue(tenant, invitation("ana", "t" + i)));
            List<Invitation> stored = invitations(tenant);
            assertThat(shown(stored)).as("eight threads inviting ana at once must store one invitation").hasSize(1);
            assertThat(shown(returned))
                    .as("each of eight threads inviting ana at once must be returned the one invitation stored")
                    .containsOnly(shown(stored.get(0)));
        }

        @Test
        @DisplayName("eight threads inviting overlapping groups of 25 people store one invitation per person")
        void overlapping() {
            List<List<Invitation>> returned = Concurrently.run(8, i -> () -> IntStream.range(0, 25)
                    .mapToObj(n -> (i * 10 + n) % 100)
                    .map(n -> issue(tenant, invitation(String.format(Locale.ROOT, "p%03d", n), "t" + i + "-" + n)))
                    .toList());
            List<Invitation> stored = invitations(tenant);
            assertThat(stored).extracting(invitation -> invitation.person().value())
                    .as("threads inviting overlapping groups covering 95 people must store one invitation per person,"
                            + " listed by person id")
                    .hasSize(95).doesNotHaveDuplicates().isSorted();
            assertThat(returned.stream().flatMap(List::stream)
                    .filter(invitation -> !byToken(tenant, invitation.token().value()).equals(Optional.of(invitation)))
                    .map(TokenRegistryCompatibilityKit::shown))
                    .as("every invitation returned to a thread must be the one stored for that person; these were not")
                    .isEmpty();
        }

        @Test
        @DisplayName("eight threads marking tokens answered while others are invited lose no mark")
        void marksKept() {
            IntStream.range(0, 40).forEach(n -> issue(tenant, invitation("p" + n, "t" + n)));
            Concurrently.run(8, i -> () -> {
                for (int n = i; n < 40; n += 8) {
                    markAnswered(tenant, "t" + n);
                    issue(tenant, invitation("late-" + i + "-" + n, "late-t" + i + "-" + n));
                }
                return i;
            });
            List<Invitation> stored = invitations(tenant);
            assertThat(stored.size()).as("40 invitations and 40 more made while marking must all be stored")
                    .isEqualTo(80);
            assertThat(stored.stream()
                    .filter(invitation -> invitation.answered() == invitation.person().value().startsWith("late"))
                    .map(TokenRegistryCompatibilityKit::shown))
                    .as("marks made while other people are invited must all be kept, and only on the tokens marked;"
                            + " these invitations are wrong")
                    .isEmpty();
        }
    }

    @Test
    @DisplayName("any sequence of invitations and answers agrees with a map of first invitations by person")
    void operationsAgreeWithAModel() {
        ModelBasedProperty.forAll(ModelBasedProperty.sequencesOf(Step.ANY, 30))
                .tries(40)
                .check(InvitationsAgainstAMap::new);
    }

    /** What a step of {@link #operationsAgreeWithAModel} does. */
    enum Kind { INVITE, MARK_ANSWERED }

    /**
     * One step of {@link #operationsAgreeWithAModel}: invite person {@code person} to wave {@code wave}, or mark
     * answered the token of that person's first invitation, issued or not.
     */
    record Step(Kind kind, int wave, int person) {
        static final Gen<Step> ANY = Generate.enumValues(Kind.class)
                .zip(Generate.range(0, 1), Generate.range(0, 5), Step::new);

        @Override
        public String toString() {
            return switch (kind) {
                case INVITE -> "invite p" + person + " to w" + wave;
                case MARK_ANSWERED -> "mark answered the token first-p" + person + " in w" + wave;
            };
        }
    }

    /** Replays steps on the registry, in a tenant of their own, and on maps of first invitations by person. */
    private final class InvitationsAgainstAMap implements ModelBasedProperty.Replay<Step> {
        private final TenantId t = freshTenant();
        private final Map<String, Map<String, Invitation>> model = new HashMap<>();
        private int n;

        @Override
        public void apply(Step step) {
            n++;
            String wave = "w" + step.wave();
            Map<String, Invitation> byPerson = model.computeIfAbsent(wave, k -> new TreeMap<>());
            String person = "p" + step.person();
            if (step.kind() == Kind.INVITE) {
                // A person's first attempt holds the token the marks use; later attempts hold fresh tokens.
                Invitation attempt = invitation(person,
                        byPerson.containsKey(person) ? "step" + n + "-" + person : "first-" + person);
                Invitation expected = byPerson.computeIfAbsent(person, k -> attempt);
                assertThat(shown(registry().issueIfAbsent(t, program, wave, attempt)))
                        .as(expected == attempt ? "inviting %s to %s for the first time must return the invitation"
                                + " as given" : "inviting %s to %s again must return their first invitation", person,
                                wave)
                        .isEqualTo(shown(expected));
            } else {
                byPerson.computeIfPresent(person, (k, invitation) -> invitation.markedAnswered());
                registry().markAnswered(t, program, wave, ResponseToken.of("first-" + person));
            }
            for (int w = 0; w < 2; w++) {
                String each = "w" + w;
                Map<String, Invitation> expected = model.getOrDefault(each, Map.of());
                assertThat(shown(registry().invitations(t, program, each)))
                        .as("after %s, %s must list each person's first invitation, by person id, marked answered"
                                + " once its token was", step, each)
                        .containsExactlyElementsOf(shown(new ArrayList<>(expected.values())));
                for (int p = 0; p < 6; p++) {
                    assertThat(shown(registry().byToken(t, program, each, ResponseToken.of("first-p" + p))))
                            .as("after %s, the token first-p%d in %s must find p%d's first invitation (or nothing if"
                                    + " never issued)", step, p, each, p)
                            .isEqualTo(shown(Optional.ofNullable(expected.get("p" + p))));
                }
            }
        }
    }

    @Nested
    @DisplayName("the arguments of every call")
    class Arguments {
        @Test
        @DisplayName("a null tenant, program or wave is refused, as every store refuses it")
        void nullsRefused() {
            Invitation candidate = invitation("p1", "t1");
            ResponseToken token = ResponseToken.of("t1");
            refused(() -> registry().issueIfAbsent(null, program, WAVE, candidate), "tenant");
            refused(() -> registry().issueIfAbsent(tenant, null, WAVE, candidate), "program");
            refused(() -> registry().issueIfAbsent(tenant, program, null, candidate), "wave");
            refused(() -> registry().byToken(null, program, WAVE, token), "tenant");
            refused(() -> registry().byToken(tenant, null, WAVE, token), "program");
            refused(() -> registry().byToken(tenant, program, null, token), "wave");
            refused(() -> registry().markAnswered(null, program, WAVE, token), "tenant");
            refused(() -> registry().markAnswered(tenant, null, WAVE, token), "program");
            refused(() -> registry().markAnswered(tenant, program, null, token), "wave");
            refused(() -> registry().invitations(null, program, WAVE), "tenant");
            refused(() -> registry().invitations(tenant, null, WAVE), "program");
            refused(() -> registry().invitations(tenant, program, null), "wave");
            assertThat(registry().invitations(tenant, program, WAVE)).isEmpty();
        }
    }

    @Nested
    @DisplayName("personal data: erasing a person everywhere, listing and removing a program's invitations")
    class PersonalData extends TokenRegistryErasureRules {
        PersonalData() {
            super(TokenRegistryCompatibilityKit.this::registry);
        }
    }
}
