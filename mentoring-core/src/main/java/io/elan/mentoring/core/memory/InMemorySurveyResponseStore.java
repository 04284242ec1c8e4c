package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SealedResponse;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A {@link SurveyResponseStore} in memory, for tests, samples and single-node hosts: it forgets everything at restart,
 * held sealed responses included, and each node has its own. Responses and held responses are kept ordered by token,
 * never by arrival, so reading them reveals nothing about who answered when. Thread-safe: every call holds the store's
 * lock, so a publication is seen whole or not at all.
 */
public final class InMemorySurveyResponseStore implements SurveyResponseStore {

    /** One wave's key; a null part is refused, as every store refuses it. */
    private record WaveKey(TenantId tenant, ProgramId program, String wave) {
        WaveKey {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(wave, "wave");
        }
    }

    private static final class Wave {
        final TreeMap<String, SurveyResponse> responses = new TreeMap<>();
        final TreeMap<String, SealedResponse> held = new TreeMap<>();
        /** Tokens whose sealed response was published: they stay held, so a second submission is refused. */
        final Set<String> published = new HashSet<>();
    }

    private final Map<WaveKey, Wave> waves = new HashMap<>();

    /** Creates an empty store. */
    public InMemorySurveyResponseStore() {}

    private Wave wave(TenantId tenant, ProgramId program, String wave) {
        return waves.computeIfAbsent(new WaveKey(tenant, program, wave),
                k -> new Wave());
    }

    @Override
    public synchronized boolean saveIfAbsent(TenantId tenant, SurveyResponse response) {
        return wave(tenant, response.program(), response.wave()).responses
                .putIfAbsent(response.token().value(), response) == null;
    }

    @Override
    public synchronized boolean contains(TenantId tenant, ProgramId program, String wave, ResponseToken token) {
        Wave w = waves.get(new WaveKey(tenant, program, wave));
        return w != null && w.responses.containsKey(token.value());
    }

    @Override
    public synchronized Stream<SurveyResponse> responses(TenantId tenant, ProgramId program, String wave) {
        Wave w = waves.get(new WaveKey(tenant, program, wave));
        return w == null ? Stream.empty() : new ArrayList<>(w.responses.values()).stream();
    }

    @Override
    public synchronized long count(TenantId tenant, ProgramId program, String wave) {
        Wave w = waves.get(new WaveKey(tenant, program, wave));
        return w == null ? 0 : w.responses.size();
    }

    @Override
    public synchronized boolean hold(TenantId tenant, ProgramId program, String wave, SealedResponse sealed) {
        Wave w = wave(tenant, program, wave);
        String token = sealed.token().value();
        if (w.published.contains(token)) {
            return false;
        }
        return w.held.putIfAbsent(token, sealed) == null;
    }

    @Override
    public synchronized List<SealedResponse> held(TenantId tenant, ProgramId program, String wave) {
        Wave w = waves.get(new WaveKey(tenant, program, wave));
        return w == null ? List.of() : List.copyOf(w.held.values());
    }

    @Override
    public synchronized boolean publish(TenantId tenant, ProgramId program, String wave, Set<ResponseToken> held,
            List<SurveyResponse> responses) {
        SurveyResponseStore.checkPublication(program, wave, held, responses);
        Wave w = waves.get(new WaveKey(tenant, program, wave));
        if (w == null || !held.stream().allMatch(token -> w.held.containsKey(token.value()))) {
            return false;
        }
        if (responses.stream().anyMatch(response -> w.responses.containsKey(response.token().value()))) {
            throw new IllegalStateException("a stored survey response already has the token of a published one");
        }
        for (ResponseToken token : held) {
            w.held.remove(token.value());
            w.published.add(token.value());
        }
        responses.forEach(response -> w.responses.put(response.token().value(), response));
        return true;
    }

    /**
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave
     * @return the wave's responses, by token
     */
    public List<SurveyResponse> snapshot(TenantId tenant, ProgramId program, String wave) {
        try (Stream<SurveyResponse> responses = responses(tenant, program, wave)) {
            return responses.toList();
        }
    }
}
