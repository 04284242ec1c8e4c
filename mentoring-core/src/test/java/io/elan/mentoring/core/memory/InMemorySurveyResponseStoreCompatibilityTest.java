package io.elan.mentoring.core.memory;

import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.tck.SurveyResponseStoreCompatibilityKit;

class InMemorySurveyResponseStoreCompatibilityTest extends SurveyResponseStoreCompatibilityKit {
    private final InMemorySurveyResponseStore store = new InMemorySurveyResponseStore();

    @Override
    protected SurveyResponseStore store() {
        return store;
    }
}
