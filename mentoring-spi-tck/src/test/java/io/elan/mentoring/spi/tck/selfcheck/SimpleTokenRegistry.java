package io.elan.mentoring.spi.tck.selfcheck;

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
 * A small registry for the kit's self-check. With {@code firstWins} it is correct; without, a later invitation of a
 * person replaces the first, which the kit must catch. Without {@code erasesInItsTenantOnly}, erasing a person removes
 * their invitations in every tenant.
 */
final class SimpleTokenRegistry implements TokenRegistry {
    private record WaveKey(TenantId tenant, ProgramId program, String wave) {
        WaveKey {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(wave, "wave");
        }
    }

    private final boolean firstWins;
    private final boolean erasesInItsTenantOnly;
    private final Map<WaveKey, Map<String, Invitation>> waves = new HashMap<>();

    SimpleTokenRegistry(boolean firstWins) {
        this(firstWins, true);
    }

    SimpleTokenRegistry(boolean firstWins, boolean erasesInItsTenantOnly) {
        this.firstWins = firstWins;
        this.erasesInItsTenantOnly = erasesInItsTenantOnly;
    }

    private Map<String, Invitation> wave(TenantId tenant, ProgramId program, String wave) {
        return waves.computeIfAbsent(new WaveKey(tenant, program, wave), k -> new TreeMap<>());
    }

    @Override
    public synchronized Invitation issueIfAbsent(TenantId tenant, ProgramId program, String wave,
            Invitation candidate) {
        Map<String, Invitation> invitations = wave(tenant, program, wave);
        Invitation existing = invitations.get(candidate.person().value());
        if (existing != null && firstWins) {
            return existing;
        }
        boolean heldByAnother = invitations.values().stream()
                .anyMatch(i -> i.token().equals(candidate.token()) && !i.person().equals(candidate.person()));
        if (heldByAnother) {
            throw new IllegalStateException("token already issued to another person of the wave");
        }
        invitations.put(candidate.person().value(), candidate);
        return candidate;
    }

    @Override
    public synchronized Optional<Invitation> byToken(TenantId tenant, ProgramId program, String wave,
            ResponseToken token) {
        return wave(tenant, program, wave).values().stream().filter(i -> i.token().equals(token)).findFirst();
    }

    @Override
    public synchronized void markAnswered(TenantId tenant, ProgramId program, String wave, ResponseToken token) {
        wave(tenant, program, wave).replaceAll((person, i) -> i.token().equals(token) ? i.markedAnswered() : i);
    }

    @Override
    public synchronized List<Invitation> invitations(TenantId tenant, ProgramId program, String wave) {
        return List.copyOf(wave(tenant, program, wave).values());
    }

    @Override
    public synchronized List<PersonInvitation> invitationsOf(TenantId tenant, PersonId person) {
        List<PersonInvitation> found = new ArrayList<>();
        waves.forEach((key, invitations) -> {
            Invitation invitation = invitations.get(person.value());
            if (key.tenant().equals(tenant) && invitation != null) {
                found.add(new PersonInvitation(key.program(), key.wave(), invitation));
            }
        });
        found.sort(Comparator.comparing((PersonInvitation i) -> i.program().value()).thenComparing(PersonInvitation::wave));
        return found;
    }

    @Override
    public synchronized int erase(TenantId tenant, Erasure erasure) {
        int removed = 0;
        for (Map.Entry<WaveKey, Map<String, Invitation>> e : waves.entrySet()) {
            if (!erasesInItsTenantOnly || e.getKey().tenant().equals(tenant)) {
                removed += e.getValue().remove(erasure.person().value()) == null ? 0 : 1;
            }
        }
        return removed;
    }

    @Override
    public synchronized int eraseProgram(TenantId tenant, ProgramId program) {
        int removed = 0;
        for (var it = waves.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<WaveKey, Map<String, Invitation>> e = it.next();
            if (e.getKey().tenant().equals(tenant) && e.getKey().program().equals(program)) {
                removed += e.getValue().size();
                it.remove();
            }
        }
        return removed;
    }
}
