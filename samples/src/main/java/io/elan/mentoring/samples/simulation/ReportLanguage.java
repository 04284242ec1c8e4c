package io.elan.mentoring.samples.simulation;

import io.elan.mentoring.survey.questionnaire.Language;
import java.util.Locale;

/** The language the outputs are written in; the program itself stays French. */
enum ReportLanguage {
    /** French, the program's language. */
    FR(Locale.FRENCH, Language.FRENCH),
    /** English. */
    EN(Locale.ENGLISH, Language.ENGLISH);

    private final Locale locale;
    private final Language surveyLanguage;

    ReportLanguage(Locale locale, Language surveyLanguage) {
        this.locale = locale;
        this.surveyLanguage = surveyLanguage;
    }

    Locale locale() {
        return locale;
    }

    Language surveyLanguage() {
        return surveyLanguage;
    }

    /**
     * @param french the French text
     * @param english the English text
     * @return the text in this language
     */
    String pick(String french, String english) {
        return this == FR ? french : english;
    }
}
