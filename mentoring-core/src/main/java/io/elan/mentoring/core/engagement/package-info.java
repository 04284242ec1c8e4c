/**
 * Disengagement detection: weekly activity per pair and per person, assessments over a trailing window of 6 to 8
 * weeks with readable reasons, a program momentum index, and nudges that escalate from the pair to the program
 * manager without flooding anyone.
 *
 * <p>The engine counts every activity it records and assesses each running program once a week from its timer call,
 * applying the nudge policy; a host reads through {@code elan.tenant(tenant).engagement()}:
 * <pre>{@code
 * ProgramAssessment assessment = elan.tenant(tenant).engagement().assess(program);
 * for (PairAssessment pair : assessment.pairs()) {
 *     pair.findings().forEach(f -> System.out.println(new ReasonTexts().describe(f, Locale.FRENCH)));
 * }
 * }</pre>
 */
@NullMarked
package io.elan.mentoring.core.engagement;

import org.jspecify.annotations.NullMarked;
