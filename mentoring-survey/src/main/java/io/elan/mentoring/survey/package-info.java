/**
 * Anonymous questionnaires: definitions, collection under single-use tokens, analysis and the anonymity guard that
 * is the only way results leave the module.
 */
@NullMarked
package io.elan.mentoring.survey;

import org.jspecify.annotations.NullMarked;
