/**
 * The anonymity guard, the only way survey results leave the module, with its policy (k and the free-text threshold)
 * and the segment selections hosts may ask about.
 */
@NullMarked
package io.elan.mentoring.survey.anonymity;

import org.jspecify.annotations.NullMarked;
