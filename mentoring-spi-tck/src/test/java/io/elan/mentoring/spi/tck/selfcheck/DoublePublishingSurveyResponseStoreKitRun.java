package io.elan.mentoring.spi.tck.selfcheck;

import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.tck.SurveyResponseStoreCompatibilityKit;

/**
 * The kit against a store that publishes held responses again after they were published: must fail. Run by
 * {@link KitSelfCheckTest}, never directly.
 */
public class DoublePublishingSurveyResponseStoreKitRun extends SurveyResponseStoreCompatibilityKit {
    private final SurveyResponseStore store = new SimpleSurveyResponseStore(true, false);

    @Override
    protected SurveyResponseStore store() {
        return store;
    }
}
