/**
 * Program definitions (Java builder or JSON), the lifecycle state machine from draft to closed, enrolment of the two
 * communities and the pairs they form.
 */
@NullMarked
package io.elan.mentoring.core.program;

import org.jspecify.annotations.NullMarked;
