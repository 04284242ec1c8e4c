package io.elan.mentoring.survey;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

/** A map-backed response store for tests: one sorted map per tenant, program and wave, keyed by token. */
public final class MapSurveyResponseStore implements SurveyResponseStore {
    private record WaveKey(TenantId tenant, ProgramId program, String wave) {}

    private final Map<WaveKey, ConcurrentSkipListMap<String, SurveyResponse>> waves = new ConcurrentHashMap<>();

    @Override
    public boolean saveIfAbsent(TenantId tenant, SurveyResponse response) {
        return wave(tenant, response.program(), response.wave())
                .putIfAbsent(response.token().value(), response) == null;
    }

    @Override
    public boolean contains(TenantId tenant, ProgramId program, String wave, ResponseToken token) {
        return wave(tenant, program, wave).containsKey(token.value());
    }

    @Override
    public Stream<SurveyResponse> responses(TenantId tenant, ProgramId program, String wave) {
        return List.copyOf(wave(tenant, program, wave).values()).stream();
    }

    private ConcurrentSkipListMap<String, SurveyResponse> wave(TenantId tenant, ProgramId program, String wave) {
        return waves.computeIfAbsent(new WaveKey(tenant, program, wave), k -> new ConcurrentSkipListMap<>());
    }
}
