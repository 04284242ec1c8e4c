/**
 * Disengagement detection: weekly activity per pair and per person, assessments over a trailing window of 6 to 8
 * weeks with readable reasons, a program momentum index, and nudges that escalate from the pair to the program
 * manager without flooding anyone.
 *
 * <p>Wiring, from the ports the host provides:
 * <pre>{@code
 * EngagementSettings settings = EngagementSettings.builder().programManager(PersonId.of("programme-team")).build();
 * EngagementTracker tracker = new EngagementTracker(programStore, activityLog, clock, settings);
 * DisengagementDetector detector = new DisengagementDetector(tracker, programStore, exclusions);
 * NudgePolicy nudges = new NudgePolicy(programStore, outbox, exclusions, clock, settings);
 *
 * tracker.record(tenant, event);                        // after each event: O(1)
 * for (ProgramAssessment a : detector.assessAll(tenant)) {  // nightly
 *     nudges.apply(a);                                   // enqueues nudges and escalations in the outbox
 * }
 * }</pre>
 */
@NullMarked
package io.elan.mentoring.core.engagement;

import org.jspecify.annotations.NullMarked;
