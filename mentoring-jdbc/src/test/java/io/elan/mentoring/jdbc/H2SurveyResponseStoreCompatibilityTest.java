package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.tck.SurveyResponseStoreCompatibilityKit;

class H2SurveyResponseStoreCompatibilityTest extends SurveyResponseStoreCompatibilityKit {
    @Override
    protected SurveyResponseStore store() {
        return TestDatabases.h2().surveyResponseStore();
    }
}
