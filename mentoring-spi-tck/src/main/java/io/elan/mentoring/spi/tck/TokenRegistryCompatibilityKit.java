package io.elan.mentoring.spi.tck;

import static io.elan.mentoring.spi.tck.KitFixtures.freshTenant;
import static io.elan.mentoring.spi.tck.KitFixtures.invitation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.TokenRegistry;
import io.elan.mentoring.spi.tck.internal.Concurrently;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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

    @Nested
    @DisplayName("issuing")
    class Issuing {
        @Test
        @DisplayName("an issued invitation is returned as given, found by its token and listed")
        void issued() {
            Invitation given = invitation("ana", "t-ana");
            assertThat(issue(tenant, given)).isEqualTo(given);
            assertThat(byToken(tenant, "t-ana")).contains(given);
            assertThat(invitations(tenant)).containsExactly(given);
        }

        @Test
        @DisplayName("a person keeps their first invitation: issuing again returns it, and the second token is found"
                + " nowhere")
        void firstInvitationWins() {
            Invitation first = invitation("ana", "t1");
            issue(tenant, first);
            assertThat(issue(tenant, invitation("ana", "t2"))).isEqualTo(first);
            assertThat(byToken(tenant, "t2")).isEmpty();
            assertThat(invitations(tenant)).containsExactly(first);
        }

        @Test
        @DisplayName("every field survives the round trip: accented ids, role and cohort, a long token, answered")
        void roundTrip() {
            String token = "Zx9-".repeat(32);
            Invitation given = new Invitation(PersonId.of("amélie.dupré@acme.fr"), ResponseToken.of(token),
                    Map.of("role", "MENTOR", "cohort", "2026 « printemps »"), true);
            issue(tenant, given);
            assertThat(byToken(tenant, token)).contains(given);
            assertThat(invitations(tenant)).containsExactly(given);
        }

        @Test
        @DisplayName("the same person is invited separately to each wave and each program")
        void perWaveAndProgram() {
            ProgramId other = ProgramId.of("program-2");
            issue(tenant, invitation("ana", "t1"));
            Invitation closing = invitation("ana", "t2");
            Invitation elsewhere = invitation("ana", "t3");
            assertThat(registry().issueIfAbsent(tenant, program, "closing", closing)).isEqualTo(closing);
            assertThat(registry().issueIfAbsent(tenant, other, WAVE, elsewhere)).isEqualTo(elsewhere);
            assertThat(registry().byToken(tenant, program, "closing", ResponseToken.of("t1"))).isEmpty();
            assertThat(registry().byToken(tenant, other, WAVE, ResponseToken.of("t3"))).contains(elsewhere);
            assertThat(byToken(tenant, "t3")).isEmpty();
            assertThat(registry().invitations(tenant, program, "closing")).containsExactly(closing);
        }

        @Test
        @DisplayName("a token another person of the wave holds is refused, and nothing is stored")
        void tokenHeldByAnother() {
            Invitation ana = invitation("ana", "t1");
            issue(tenant, ana);
            assertThatThrownBy(() -> issue(tenant, invitation("ben", "t1")))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(invitations(tenant)).containsExactly(ana);
            assertThat(byToken(tenant, "t1")).contains(ana);
        }

        @Test
        @DisplayName("the same token may be issued in another wave")
        void tokenPerWave() {
            issue(tenant, invitation("ana", "t1"));
            Invitation ben = invitation("ben", "t1");
            assertThat(registry().issueIfAbsent(tenant, program, "closing", ben)).isEqualTo(ben);
            assertThat(registry().byToken(tenant, program, "closing", ResponseToken.of("t1"))).contains(ben);
        }
    }

    @Nested
    @DisplayName("answering")
    class Answering {
        @Test
        @DisplayName("marking a token answered marks its invitation only, and marking it again changes nothing")
        void idempotent() {
            issue(tenant, invitation("ana", "t1"));
            issue(tenant, invitation("ben", "t2"));
            markAnswered(tenant, "t1");
            markAnswered(tenant, "t1");
            assertThat(invitations(tenant)).extracting(Invitation::answered).containsExactly(true, false);
            assertThat(byToken(tenant, "t1")).contains(invitation("ana", "t1").markedAnswered());
        }

        @Test
        @DisplayName("marking a token nobody holds, or a token of another wave, changes nothing")
        void unknownToken() {
            issue(tenant, invitation("ana", "t1"));
            markAnswered(tenant, "unknown");
            registry().markAnswered(tenant, program, "closing", ResponseToken.of("t1"));
            registry().markAnswered(tenant, ProgramId.of("program-2"), WAVE, ResponseToken.of("t1"));
            assertThat(invitations(tenant)).extracting(Invitation::answered).containsExactly(false);
        }

        @Test
        @DisplayName("a person invited again after answering keeps their answered invitation")
        void answeredStays() {
            issue(tenant, invitation("ana", "t1"));
            markAnswered(tenant, "t1");
            assertThat(issue(tenant, invitation("ana", "t2")).answered()).isTrue();
        }
    }

    @Nested
    @DisplayName("listing")
    class Listing {
        @Test
        @DisplayName("a wave's invitations are listed by person id, whatever the order they were issued in")
        void byPerson() {
            for (String person : List.of("zoé", "ana", "marc", "Émile", "ben")) {
                issue(tenant, invitation(person, "t-" + person));
            }
            assertThat(invitations(tenant)).extracting(i -> i.person().value())
                    .containsExactly("ana", "ben", "marc", "zoé", "Émile");
        }

        @Test
        @DisplayName("a wave without invitations lists none and finds no token")
        void empty() {
            assertThat(invitations(tenant)).isEmpty();
            assertThat(byToken(tenant, "t1")).isEmpty();
        }
    }

    @Nested
    @DisplayName("tenant isolation")
    class TenantIsolation {
        @Test
        @DisplayName("another tenant neither finds, lists nor marks the invitations")
        void invisible() {
            TenantId other = freshTenant();
            issue(tenant, invitation("ana", "t1"));
            assertThat(byToken(other, "t1")).isEmpty();
            assertThat(invitations(other)).isEmpty();
            markAnswered(other, "t1");
            assertThat(byToken(tenant, "t1")).map(Invitation::answered).contains(false);
        }

        @Test
        @DisplayName("the same person and token in two tenants are two invitations")
        void idsPerTenant() {
            TenantId other = freshTenant();
            Invitation mine = invitation("ana", "t1");
            Invitation theirs = new Invitation(PersonId.of("ana"), ResponseToken.of("t1"), Map.of("role", "MENTOR"),
                    false);
            assertThat(issue(tenant, mine)).isEqualTo(mine);
            assertThat(issue(other, theirs)).isEqualTo(theirs);
            markAnswered(other, "t1");
            assertThat(byToken(tenant, "t1")).contains(mine);
            assertThat(byToken(other, "t1")).contains(theirs.markedAnswered());
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
            assertThat(stored).hasSize(1);
            assertThat(returned).allSatisfy(invitation -> assertThat(invitation).isEqualTo(stored.get(0)));
        }

        @Test
        @DisplayName("eight threads inviting overlapping groups of 25 people store one invitation per person")
        void overlapping() {
            List<List<Invitation>> returned = Concurrently.run(8, i -> () -> IntStream.range(0, 25)
                    .mapToObj(n -> (i * 10 + n) % 100)
                    .map(n -> issue(tenant, invitation(String.format("p%03d", n), "t" + i + "-" + n)))
                    .toList());
            List<Invitation> stored = invitations(tenant);
            assertThat(stored).hasSize(95).extracting(invitation -> invitation.person().value())
                    .doesNotHaveDuplicates().isSorted();
            assertThat(returned.stream().flatMap(List::stream)).allSatisfy(invitation ->
                    assertThat(byToken(tenant, invitation.token().value())).contains(invitation));
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
            assertThat(invitations(tenant)).hasSize(80)
                    .allSatisfy(invitation -> assertThat(invitation.answered())
                            .isEqualTo(!invitation.person().value().startsWith("late")));
        }
    }

    /**
     * One step of {@link #operationsAgreeWithAModel}: invite person {@code person} to wave {@code wave}, or mark
     * answered the token of that person's first invitation, issued or not.
     */
    record Step(boolean issue, int wave, int person) {}

    @Provide
    Arbitrary<List<Step>> registrySteps() {
        return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 1),
                        Arbitraries.integers().between(0, 5))
                .as(Step::new).list().ofMaxSize(30);
    }

    @Property(tries = 40)
    @Label("any sequence of invitations and answers agrees with a map of first invitations by person")
    void operationsAgreeWithAModel(@ForAll("registrySteps") List<Step> steps) {
        TenantId t = freshTenant();
        Map<String, Map<String, Invitation>> model = new HashMap<>();
        int n = 0;
        for (Step step : steps) {
            n++;
            String wave = "w" + step.wave();
            Map<String, Invitation> byPerson = model.computeIfAbsent(wave, k -> new TreeMap<>());
            String person = "p" + step.person();
            if (step.issue()) {
                // A person's first attempt holds the token the marks use; later attempts hold fresh tokens.
                Invitation attempt = invitation(person,
                        byPerson.containsKey(person) ? "step" + n + "-" + person : "first-" + person);
                Invitation expected = byPerson.computeIfAbsent(person, k -> attempt);
                assertThat(registry().issueIfAbsent(t, program, wave, attempt)).isEqualTo(expected);
            } else {
                byPerson.computeIfPresent(person, (k, invitation) -> invitation.markedAnswered());
                registry().markAnswered(t, program, wave, ResponseToken.of("first-" + person));
            }
            for (int w = 0; w < 2; w++) {
                String each = "w" + w;
                Map<String, Invitation> expected = model.getOrDefault(each, Map.of());
                assertThat(registry().invitations(t, program, each)).as("invitations of %s", each)
                        .containsExactlyElementsOf(new ArrayList<>(expected.values()));
                for (int p = 0; p < 6; p++) {
                    assertThat(registry().byToken(t, program, each, ResponseToken.of("first-p" + p)))
                            .as("token of p%d in %s", p, each)
                            .isEqualTo(Optional.ofNullable(expected.get("p" + p)));
                }
            }
        }
    }
}
