package io.elan.mentoring.survey.questionnaire;

import io.elan.mentoring.survey.internal.Require;

/**
 * A label written in French and in English.
 *
 * @param french the French text, 1 to 1,000 characters
 * @param english the English text, 1 to 1,000 characters
 */
public record Bilingual(String french, String english) {
    /**
     * Validates both texts; the message names every broken rule.
     *
     * @param french the French text, 1 to 1,000 characters
     * @param english the English text, 1 to 1,000 characters
     */
    public Bilingual {
        Require require = new Require();
        require.text(french, "french", 1000);
        require.text(english, "english", 1000);
        require.orThrow();
    }

    /**
     * @param french the French text
     * @param english the English text
     * @return the label
     */
    public static Bilingual of(String french, String english) {
        return new Bilingual(french, english);
    }

    /**
     * @param language the language
     * @return the text in that language
     */
    public String in(Language language) {
        return language == Language.FRENCH ? french : english;
    }
}
