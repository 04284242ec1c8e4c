package io.elan.mentoring.spi.survey;

/** The ports a host gathered with {@link SurveyStores#of}. */
record GivenSurveyStores(SurveyResponseStore surveyResponseStore, TokenRegistry tokenRegistry,
        ReleaseLedger releaseLedger, WaveDefinitionStore waveDefinitionStore) implements SurveyStores {}
