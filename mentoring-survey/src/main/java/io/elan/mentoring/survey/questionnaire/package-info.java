/**
 * Questionnaire definitions: items, scales, tracks and waves, with labels in French and English, and the ready
 * mid-point and closing questionnaires.
 */
@NullMarked
package io.elan.mentoring.survey.questionnaire;

import org.jspecify.annotations.NullMarked;
