package io.elan.mentoring.survey.collection;

import io.elan.mentoring.spi.PersonId;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.privacy.Erasure;
import io.elan.mentoring.spi.survey.Invitation;
import io.elan.mentoring.spi.survey.PersonInvitation;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.TokenRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link TokenRegistry} held in memory, for tests, samples and single-node hosts: it forgets every invitation at
 * restart, and each node has its own. Thread-safe: every call holds the registry's lock.
 */
public final class InMemoryTokenRegistry implements TokenRegistry {

    /** One wave's key; a null part is refused, as every store refuses it. */
    private record WaveKey(TenantId tenant, ProgramId program, String wave) {
        WaveKey {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(wave, "wave");
        }
    }

    private static final class WaveInvitations {
        final Map<String, Invitation> byPerson = new TreeMap<>();
        final Map<String, String> personByToken = new HashMap<>();
    }

    private final Map<WaveKey, WaveInvitations> waves = new HashMap<>();

    /** Creates an empty registry. */
    public InMemoryTokenRegistry() {}

    @Override
    public synchronized Invitation issueIfAbsent(TenantId tenant, ProgramId program, String wave,
            Invitation candidate) {
        WaveInvitations invitations = waves.computeIfAbsent(new WaveKey(tenant, program, wave),
                k -> new WaveInvitations());
        PersonId person = candidate.person();
        Invitation existing = invitations.byPerson.get(person.value());
        if (existing != null) {
            return existing;
        }
        if (invitations.personByToken.containsKey(candidate.token().value())) {
            throw new IllegalStateException("token already issued to another person of the wave");
        }
        invitations.byPerson.put(person.value(), candidate);
        invitations.personByToken.put(candidate.token().value(), person.value());
        return candidate;
    }

    @Override
    public synchronized Optional<Invitation> byToken(TenantId tenant, ProgramId program, String wave,
            ResponseToken token) {
        WaveInvitations invitations = waves.get(new WaveKey(tenant, program, wave));
        if (invitations == null) {
            return Optional.empty();
        }
        String person = invitations.personByToken.get(token.value());
        return person == null ? Optional.empty() : Optional.of(invitations.byPerson.get(person));
    }

    @Override
    public synchronized void markAnswered(TenantId tenant, ProgramId program, String wave, ResponseToken token) {
        WaveInvitations invitations = waves.get(new WaveKey(tenant, program, wave));
        if (invitations == null) {
            return;
        }
        String person = invitations.personByToken.get(token.value());
        if (person != null) {
            invitations.byPerson.computeIfPresent(person, (p, invitation) -> invitation.markedAnswered());
        }
    }

    @Override
    public synchronized List<Invitation> invitations(TenantId tenant, ProgramId program, String wave) {
        WaveInvitations invitations = waves.get(new WaveKey(tenant, program, wave));
        return invitations == null ? List.of() : List.copyOf(new ArrayList<>(invitations.byPerson.values()));
    }

    @Override
    public synchronized List<PersonInvitation> invitationsOf(TenantId tenant, PersonId person) {
        Objects.requireNonNull(tenant, "tenant");
        List<PersonInvitation> found = new ArrayList<>();
        for (Map.Entry<WaveKey, WaveInvitations> e : waves.entrySet()) {
            Invitation invitation = e.getValue().byPerson.get(person.value());
            if (e.getKey().tenant().equals(tenant) && invitation != null) {
                found.add(new PersonInvitation(e.getKey().program(), e.getKey().wave(), invitation));
            }
        }
        found.sort(Comparator.comparing((PersonInvitation i) -> i.program().value())
                .thenComparing(PersonInvitation::wave));
        return List.copyOf(found);
    }

    @Override
    public synchronized int erase(TenantId tenant, Erasure erasure) {
        Objects.requireNonNull(tenant, "tenant");
        int removed = 0;
        for (Map.Entry<WaveKey, WaveInvitations> e : waves.entrySet()) {
            if (e.getKey().tenant().equals(tenant)) {
                Invitation gone = e.getValue().byPerson.remove(erasure.person().value());
                if (gone != null) {
                    e.getValue().personByToken.remove(gone.token().value());
                    removed++;
                }
            }
        }
        return removed;
    }

    @Override
    public synchronized int eraseProgram(TenantId tenant, ProgramId program) {
        int removed = 0;
        for (var it = waves.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<WaveKey, WaveInvitations> e = it.next();
            if (e.getKey().tenant().equals(tenant) && e.getKey().program().equals(program)) {
                removed += e.getValue().byPerson.size();
                it.remove();
            }
        }
        return removed;
    }
}
