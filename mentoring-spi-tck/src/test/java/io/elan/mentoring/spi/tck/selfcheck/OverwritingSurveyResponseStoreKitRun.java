package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.tck.SurveyResponseStoreCompatibilityKit;

/** The kit against a store that lets a second submission overwrite the first: must fail. Run by {@link KitSelfCheckTest}, never directly. */
public class OverwritingSurveyResponseStoreKitRun extends SurveyResponseStoreCompatibilityKit {
    private final SurveyResponseStore store = new SimpleSurveyResponseStore(false);

    @Override
    protected SurveyResponseStore store() {
        return store;
    }
}
