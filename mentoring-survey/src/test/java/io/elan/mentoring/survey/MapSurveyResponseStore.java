package io.elan.mentoring.survey;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SealedResponse;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A map-backed response store for tests: per tenant, program and wave, responses and held sealed responses in maps
 * sorted by token, every call under one lock. It passes the store's compatibility kit.
 */
public final class MapSurveyResponseStore implements SurveyResponseStore {
    /** One wave's key; a null part is refused, as every store refuses it. */
    private record WaveKey(TenantId tenant, ProgramId program, String wave) {
        WaveKey {
            Objects.requireNonNull(tenant, "tenant");
            Objects.requireNonNull(program, "program");
            Objects.requireNonNull(wave, "wave");
        }
    }

    private record WaveState(Map<String, SurveyResponse> responses, Map<String, SealedResponse> held,
            Set<String> published) {
        WaveState() {
            this(new TreeMap<>(), new TreeMap<>(), new HashSet<>());
        }
    }

    private final Map<WaveKey, WaveState> waves = new HashMap<>();

    @Override
    public synchronized boolean saveIfAbsent(TenantId tenant, SurveyResponse response) {
        return wave(tenant, response.program(), response.wave()).responses()
                .putIfAbsent(response.token().value(), response) == null;
    }

    @Override
    public synchronized boolean contains(TenantId tenant, ProgramId program, String wave, ResponseToken token) {
        return wave(tenant, program, wave).responses().containsKey(token.value());
    }

    @Override
    public synchronized Stream<SurveyResponse> responses(TenantId tenant, ProgramId program, String wave) {
        return List.copyOf(wave(tenant, program, wave).responses().values()).stream();
    }

    @Override
    public synchronized boolean hold(TenantId tenant, ProgramId program, String wave, SealedResponse sealed) {
        WaveState state = wave(tenant, program, wave);
        String token = sealed.token().value();
        return !state.published().contains(token) && state.held().putIfAbsent(token, sealed) == null;
    }

    @Override
    public synchronized List<SealedResponse> held(TenantId tenant, ProgramId program, String wave) {
        return List.copyOf(wave(tenant, program, wave).held().values());
    }

    @Override
    public synchronized boolean publish(TenantId tenant, ProgramId program, String wave, Set<ResponseToken> held,
            List<SurveyResponse> responses) {
        SurveyResponseStore.checkPublication(program, wave, held, responses);
        WaveState state = wave(tenant, program, wave);
        if (!held.stream().allMatch(token -> state.held().containsKey(token.value()))) {
            return false;
        }
        if (responses.stream().anyMatch(response -> state.responses().containsKey(response.token().value()))) {
            throw new IllegalStateException("a stored response already has the token of a published one");
        }
        held.forEach(token -> {
            state.held().remove(token.value());
            state.published().add(token.value());
        });
        responses.forEach(response -> state.responses().put(response.token().value(), response));
        return true;
    }

    private WaveState wave(TenantId tenant, ProgramId program, String wave) {
        return waves.computeIfAbsent(new WaveKey(tenant, program, wave), k -> new WaveState());
    }
}
