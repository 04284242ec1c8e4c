package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.survey.ResponseToken;
import io.elan.mentoring.spi.survey.SurveyResponse;
import io.elan.mentoring.spi.survey.SurveyResponseStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

/**
 * A {@link SurveyResponseStore} in memory. Thread-safe; responses are kept ordered by token, never by arrival, so
 * reading them reveals nothing about who answered when.
 */
public final class InMemorySurveyResponseStore implements SurveyResponseStore {

    private record WaveKey(TenantId tenant, ProgramId program, String wave) {}

    private final Map<WaveKey, ConcurrentSkipListMap<String, SurveyResponse>> waves = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemorySurveyResponseStore() {}

    @Override
    public boolean saveIfAbsent(TenantId tenant, SurveyResponse response) {
        Objects.requireNonNull(tenant, "tenant");
        return waves.computeIfAbsent(new WaveKey(tenant, response.program(), response.wave()),
                        k -> new ConcurrentSkipListMap<>())
                .putIfAbsent(response.token().value(), response) == null;
    }

    @Override
    public boolean contains(TenantId tenant, ProgramId program, String wave, ResponseToken token) {
        Map<String, SurveyResponse> responses = waves.get(new WaveKey(tenant, program, wave));
        return responses != null && responses.containsKey(token.value());
    }

    @Override
    public Stream<SurveyResponse> responses(TenantId tenant, ProgramId program, String wave) {
        Map<String, SurveyResponse> responses = waves.get(new WaveKey(tenant, program, wave));
        return responses == null ? Stream.empty() : new ArrayList<>(responses.values()).stream();
    }

    @Override
    public long count(TenantId tenant, ProgramId program, String wave) {
        Map<String, SurveyResponse> responses = waves.get(new WaveKey(tenant, program, wave));
        return responses == null ? 0 : responses.size();
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
