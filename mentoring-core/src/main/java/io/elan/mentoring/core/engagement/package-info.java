/**
 * Disengagement detection: weekly activity per pair and per person, assessments over a trailing window of 6 to 8
 * weeks with readable reasons, a program momentum index, and nudges that escalate from the pair to the program
 * manager without flooding anyone.
 */
@NullMarked
package io.elan.mentoring.core.engagement;

import org.jspecify.annotations.NullMarked;
