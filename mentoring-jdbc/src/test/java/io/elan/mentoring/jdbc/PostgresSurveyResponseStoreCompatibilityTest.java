package io.elan.mentoring.jdbc;

import io.elan.mentoring.spi.survey.SurveyResponseStore;
import io.elan.mentoring.spi.tck.SurveyResponseStoreCompatibilityKit;

class PostgresSurveyResponseStoreCompatibilityTest extends SurveyResponseStoreCompatibilityKit {
    @Override
    protected SurveyResponseStore store() {
        return TestDatabases.postgres().surveyResponseStore();
    }
}
