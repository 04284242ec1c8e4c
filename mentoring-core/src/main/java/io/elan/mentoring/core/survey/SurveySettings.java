package io.elan.mentoring.core.survey;

import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.Violation;
import io.elan.mentoring.survey.anonymity.AnonymityPolicy;
import io.elan.mentoring.survey.collection.PublicationPolicy;
import io.elan.mentoring.survey.questionnaire.Questionnaire;
import io.elan.mentoring.survey.questionnaire.StandardQuestionnaires;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How the engine runs survey waves: how many reminders it sends, the anonymity thresholds, how held responses are
 * published, and the questionnaires a program's definition may name. Immutable and thread-safe.
 *
 * @param reminders the most reminders one person gets per wave, 0 to {@value #MAX_REMINDERS}; they go to those who
 *     have not answered, evenly spaced over the wave's window (with 2, at its first and second third)
 * @param anonymity the guard's thresholds: no figure over fewer respondents than k, no comment from a smaller group
 *     than the free-text threshold
 * @param publication how held responses are published; its batch size is at least the guard's k, so that nobody
 *     reading the database links a response to its author better than chance among k
 * @param questionnaires the questionnaires by id: the standard {@code mid-point} and {@code closing} ones, and the
 *     host's own
 */
public record SurveySettings(int reminders, AnonymityPolicy anonymity, PublicationPolicy publication,
        Map<String, Questionnaire> questionnaires) {

    /** Most reminders per person and wave. */
    public static final int MAX_REMINDERS = 5;
    /** Reminders per person and wave unless set. */
    public static final int DEFAULT_REMINDERS = 2;

    /**
     * Checks every field and reports every broken rule at once.
     *
     * @param reminders the most reminders one person gets per wave, 0 to {@value #MAX_REMINDERS}; they go to those who
     *         have not answered, evenly spaced over the wave's window (with 2, at its first and second third)
     * @param anonymity the guard's thresholds: no figure over fewer respondents than k, no comment from a smaller group
     *         than the free-text threshold
     * @param publication how held responses are published; its batch size is at least the guard's k, so that nobody
     *         reading the database links a response to its author better than chance among k
     * @param questionnaires the questionnaires by id: the standard {@code mid-point} and {@code closing} ones, and the
     *         host's own
     */
    public SurveySettings {
        List<Violation> violations = new ArrayList<>();
        if (reminders < 0 || reminders > MAX_REMINDERS) {
            violations.add(Violation.of("reminders", "must be between 0 and " + MAX_REMINDERS, reminders));
        }
        if (anonymity == null) {
            violations.add(Violation.of("anonymity", "is required"));
        }
        if (publication == null) {
            violations.add(Violation.of("publication", "is required"));
        }
        if (anonymity != null && publication != null && publication.batchSize() < anonymity.threshold()) {
            violations.add(Violation.of("publication.batchSize", "must be at least the anonymity threshold ("
                    + anonymity.threshold() + ")", publication.batchSize()));
        }
        if (questionnaires == null) {
            violations.add(Violation.of("questionnaires", "is required"));
        } else {
            questionnaires.forEach((id, questionnaire) -> {
                if (questionnaire == null || !questionnaire.id().equals(id)) {
                    violations.add(Violation.of("questionnaires[" + id + "]", "must be the questionnaire of that id"));
                }
            });
        }
        if (!violations.isEmpty()) {
            throw new InvalidValueException(violations);
        }
        questionnaires = Map.copyOf(questionnaires);
    }

    /**
     * @return {@value #DEFAULT_REMINDERS} reminders, the guard's default thresholds, batches of its k, and the
     *     standard questionnaires
     */
    public static SurveySettings defaults() {
        return builder().build();
    }

    /** @return a builder starting from the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @param id a questionnaire id, as a wave of a definition names it
     * @return the questionnaire, or {@code null} if none has that id
     */
    public @Nullable Questionnaire questionnaire(String id) {
        return questionnaires.get(id);
    }

    /** Builds {@link SurveySettings}; {@link #build()} checks every field. Not thread-safe. */
    public static final class Builder {
        private int reminders = DEFAULT_REMINDERS;
        private AnonymityPolicy anonymity = AnonymityPolicy.defaults();
        private @Nullable PublicationPolicy publication;
        private final Map<String, Questionnaire> questionnaires = new LinkedHashMap<>();

        private Builder() {
            questionnaire(StandardQuestionnaires.midPoint());
            questionnaire(StandardQuestionnaires.closing());
        }

        /**
         * @param value the most reminders per person and wave
         * @return this builder
         */
        public Builder reminders(int value) { reminders = value; return this; }

        /**
         * @param value the guard's thresholds; held responses are published in batches of its k unless
         *     {@link #publication(PublicationPolicy)} says otherwise
         * @return this builder
         */
        public Builder anonymity(AnonymityPolicy value) {
            anonymity = Objects.requireNonNull(value, "anonymity");
            return this;
        }

        /**
         * @param value how held responses are published
         * @return this builder
         */
        public Builder publication(PublicationPolicy value) {
            publication = Objects.requireNonNull(value, "publication");
            return this;
        }

        /**
         * @param value a questionnaire definitions may name by its id; replaces one of the same id
         * @return this builder
         */
        public Builder questionnaire(Questionnaire value) { questionnaires.put(value.id(), value); return this; }

        /**
         * @return the settings
         * @throws InvalidValueException listing every broken rule
         */
        public SurveySettings build() {
            return new SurveySettings(reminders, anonymity,
                    publication != null ? publication : PublicationPolicy.batchesOf(anonymity.threshold()),
                    questionnaires);
        }
    }
}
