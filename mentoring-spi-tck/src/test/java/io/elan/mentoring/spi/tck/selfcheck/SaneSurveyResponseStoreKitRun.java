package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.tck.SurveyResponseStoreCompatibilityKit;

/** The kit against a correct store: must pass. Run by {@link KitSelfCheckTest}, never directly. */
public class SaneSurveyResponseStoreKitRun extends SurveyResponseStoreCompatibilityKit {
    private final SurveyResponseStore store = new SimpleSurveyResponseStore(true);

    @Override
    protected SurveyResponseStore store() {
        return store;
    }
}
