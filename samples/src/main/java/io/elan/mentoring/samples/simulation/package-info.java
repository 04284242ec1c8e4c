/**
 * The main sample: a ten-month French mentoring program simulated week by week through the host-facing API, on the
 * embedded store, with synthetic people and behaviour drawn from a seed, and the outputs a program manager reads: the
 * calendar, the messages sent, the engagement findings, the mid-point survey report and one HTML report.
 */
@NullMarked
package io.elan.mentoring.samples.simulation;

import org.jspecify.annotations.NullMarked;
