package io.elan.mentoring.spi.survey;

import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import java.util.stream.Stream;

/**
 * Keeps anonymous survey responses, one per token and wave.
 *
 * <p>Implementations must not add anything that could identify a respondent (no timestamps, no insertion order that
 * outlives a read: reads are ordered by token).
 *
 * <h2>Concurrency and failures</h2>
 * Thread-safe. Two concurrent saves under the same token store exactly one response. Infrastructure failures throw
 * {@link StoreException} and store nothing.
 */
public interface SurveyResponseStore {

    /**
     * Stores a response unless the tenant already has one for the same program, wave and token.
     *
     * @param tenant the tenant
     * @param response the response
     * @return {@code true} if stored, {@code false} if the token was already used (the stored response is unchanged)
     */
    boolean saveIfAbsent(TenantId tenant, SurveyResponse response);

    /**
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave
     * @param token the token
     * @return whether a response was stored under the token
     */
    boolean contains(TenantId tenant, ProgramId program, String wave, ResponseToken token);

    /**
     * Streams a wave's responses, ordered by token. The stream may hold a connection: close it.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave
     * @return the responses
     */
    Stream<SurveyResponse> responses(TenantId tenant, ProgramId program, String wave);

    /**
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave
     * @return how many responses the wave has
     */
    default long count(TenantId tenant, ProgramId program, String wave) {
        try (Stream<SurveyResponse> responses = responses(tenant, program, wave)) {
            return responses.count();
        }
    }
}
