package io.elan.mentoring.spi.survey;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.ProgramId;
import io.elan.mentoring.spi.StoreException;
import io.elan.mentoring.spi.TenantId;
import io.elan.mentoring.spi.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Keeps anonymous survey responses, one per token and wave, and the {@link SealedResponse sealed responses} waiting to
 * be published with others.
 *
 * <p>Implementations must not add anything that could identify a respondent (no timestamps, no insertion order that
 * outlives a read: reads are ordered by token).
 *
 * <h2>Held, then published</h2>
 * The survey module does not store a submission as a response: it {@linkplain #hold holds} it sealed, then
 * {@linkplain #publish publishes} whole batches of sealed responses as plain responses under fresh random tokens, in a
 * random order, in one atomic step. Whoever reads the store, even the database under it with its row order and
 * transaction ids, then learns in which batch a respondent's answers are, never which response of the batch they are.
 * A store built before these operations existed inherits defaults that refuse them, and the survey module's collector
 * cannot record responses with it; an implementation proves them with the {@code SurveyResponseStoreCompatibilityKit}
 * of {@code mentoring-spi-tck}.
 *
 * <h2>Concurrency and failures</h2>
 * Thread-safe; every call may run concurrently with any other, from several nodes sharing one store. Two concurrent
 * saves under the same token store exactly one response; two concurrent holds under the same token hold one; of two
 * publications retiring the same held response, at most one succeeds. Every call is scoped to one tenant, program and
 * wave: nothing of another is visible or changed. Infrastructure failures throw {@link StoreException} and store
 * nothing.
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

    /**
     * Holds a sealed response until it is published, unless its token was held before: a token is held at most once,
     * ever, whether its sealed response still waits or was published long ago. Once this returns {@code true}, the
     * sealed response is durable: it survives a crash or a restart and every node sharing the store sees it.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id, 1 to 64 characters
     * @param sealed the sealed response
     * @return {@code true} if held now, {@code false} if its token was held before (nothing changed)
     * @throws UnsupportedOperationException if the store cannot hold sealed responses
     */
    default boolean hold(TenantId tenant, ProgramId program, String wave, SealedResponse sealed) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot hold sealed survey responses;"
                + " the SurveyResponseStoreCompatibilityKit lists what a store must do for it");
    }

    /**
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id
     * @return the sealed responses of the wave still waiting to be published, ordered by token, never by arrival
     * @throws UnsupportedOperationException if the store cannot hold sealed responses
     */
    default List<SealedResponse> held(TenantId tenant, ProgramId program, String wave) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot hold sealed survey responses;"
                + " the SurveyResponseStoreCompatibilityKit lists what a store must do for it");
    }

    /**
     * The sealed responses of one group still waiting; a store may answer it without reading the other groups.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id
     * @param group a group label
     * @return the group's sealed responses still waiting, ordered by token
     * @throws UnsupportedOperationException if the store cannot hold sealed responses
     */
    default List<SealedResponse> held(TenantId tenant, ProgramId program, String wave, String group) {
        return held(tenant, program, wave).stream().filter(sealed -> sealed.group().equals(group)).toList();
    }

    /**
     * In one atomic step, retires held sealed responses and stores the responses they became, in the order given
     * (the caller's random order: a store adds nothing that orders them otherwise). Either all of it happens or none:
     * if one of the tokens is not held and waiting (another caller published it first, or it was never held), nothing
     * changes and the call answers {@code false}. A retired token stays held for {@link #hold}, which keeps answering
     * {@code false} for it.
     *
     * @param tenant the tenant
     * @param program the program
     * @param wave the wave id
     * @param held the tokens of the held sealed responses to retire; not empty
     * @param responses the responses they became, one per held token, each of this program and wave, under tokens
     *     of their own that no stored response has
     * @return {@code true} if published now, {@code false} if one of the tokens was not waiting (nothing changed)
     * @throws InvalidValueException as {@link #checkPublication} says; nothing changed
     * @throws IllegalStateException if a stored response already has the token of one of the responses; nothing
     *     changed (tokens are drawn at random, so this means a broken random source)
     * @throws UnsupportedOperationException if the store cannot hold sealed responses
     */
    default boolean publish(TenantId tenant, ProgramId program, String wave, Set<ResponseToken> held,
            List<SurveyResponse> responses) {
        throw new UnsupportedOperationException(getClass().getName() + " cannot hold sealed survey responses;"
                + " the SurveyResponseStoreCompatibilityKit lists what a store must do for it");
    }

    /**
     * Checks the arguments of {@link #publish} as every store must before changing anything, so that implementations
     * refuse the same calls with the same message.
     *
     * @param program the program published to
     * @param wave the wave published to
     * @param held the tokens of the held sealed responses to retire
     * @param responses the responses they became
     * @throws io.elan.mentoring.spi.InvalidValueException listing every broken rule: no token, not one response per
     *     token, a response of another program or wave, two responses under one token
     */
    static void checkPublication(ProgramId program, String wave, Set<ResponseToken> held,
            List<SurveyResponse> responses) {
        List<Violation> violations = new ArrayList<>();
        if (held.isEmpty()) {
            violations.add(Violation.of("held", "must name at least one held response"));
        }
        if (responses.size() != held.size()) {
            violations.add(Violation.of("responses", "must hold one response per held token (" + held.size() + ")",
                    responses.size() + " responses"));
        }
        Set<ResponseToken> tokens = new HashSet<>();
        for (int i = 0; i < responses.size(); i++) {
            SurveyResponse response = responses.get(i);
            if (!response.program().equals(program) || !response.wave().equals(wave)) {
                violations.add(Violation.of("responses[" + i + "]", "must belong to program " + program.value()
                        + " and wave " + wave, response.program().value() + "/" + response.wave()));
            }
            if (!tokens.add(response.token())) {
                violations.add(Violation.of("responses[" + i + "]", "must have a token of its own"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
    }
}
