package io.elan.mentoring.survey;

import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.tck.SurveyResponseStoreCompatibilityKit;

/** The store the survey tests use keeps the port's contract, so that what they prove holds for real stores. */
class MapSurveyResponseStoreCompatibilityTest extends SurveyResponseStoreCompatibilityKit {
    private final MapSurveyResponseStore store = new MapSurveyResponseStore();

    @Override
    protected SurveyResponseStore store() {
        return store;
    }
}
