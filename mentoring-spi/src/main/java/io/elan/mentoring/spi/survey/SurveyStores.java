package io.elan.mentoring.spi.survey;

import io.elan.mentoring.spi.validation.Checks;

/**
 * The four ports in which surveys keep their state: responses, invitations, released figures and the definitions
 * waves were opened with. The survey module's collector and anonymity guard are both built from one value of it, so
 * that every collector and every guard of a program, on every node, work on the same state: a guard that read another
 * ledger or another set of wave definitions than its peers could release what they withheld.
 *
 * <p>A storage module's {@link io.elan.mentoring.spi.store.Stores} is one; a host that keeps the survey state apart
 * gathers its ports with {@link #of}.
 *
 * <h2>Concurrency</h2>
 * Each port says what it guarantees; every accessor returns the same port on every call.
 */
public interface SurveyStores {

    /** @return the survey responses, held sealed until published in batches */
    SurveyResponseStore surveyResponseStore();

    /** @return the survey invitations: which token each person was handed for a wave, and whether it was used */
    TokenRegistry tokenRegistry();

    /** @return the respondents behind every survey figure already released */
    ReleaseLedger releaseLedger();

    /** @return the definition each survey wave was opened with */
    WaveDefinitionStore waveDefinitionStore();

    /**
     * @param responses where responses are held and published
     * @param invitations where invitations are kept
     * @param ledger where released figures are remembered
     * @param waves where each wave's definition is pinned when it opens
     * @return the four ports as one
     * @throws io.elan.mentoring.spi.InvalidValueException naming every port that is missing
     */
    static SurveyStores of(SurveyResponseStore responses, TokenRegistry invitations, ReleaseLedger ledger,
            WaveDefinitionStore waves) {
        Checks.Collector require = Checks.collector();
        require.present(responses, "surveyResponseStore");
        require.present(invitations, "tokenRegistry");
        require.present(ledger, "releaseLedger");
        require.present(waves, "waveDefinitionStore");
        require.orThrow();
        return new GivenSurveyStores(responses, invitations, ledger, waves);
    }

    /**
     * The ports of any survey stores, such as a storage module's {@link io.elan.mentoring.spi.store.Stores}, each
     * checked to be there: the collector and the guard take their ports through it, so that a port missing from a
     * host's own implementation is named when they are built rather than failing on first use.
     *
     * @param stores the stores
     * @return their four ports, read once
     * @throws io.elan.mentoring.spi.InvalidValueException naming the stores if they are missing, else every port
     *     that is
     */
    static SurveyStores copyOf(SurveyStores stores) {
        Checks.present(stores, "stores");
        return of(stores.surveyResponseStore(), stores.tokenRegistry(), stores.releaseLedger(),
                stores.waveDefinitionStore());
    }
}
