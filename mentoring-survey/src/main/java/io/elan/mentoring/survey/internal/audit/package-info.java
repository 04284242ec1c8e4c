/**
 * The release audit: the security decision behind every figure the anonymity guard releases, kept apart from how
 * reports word their figures. Not API: anything here may change without notice.
 */
@NullMarked
package io.elan.mentoring.survey.internal.audit;

import org.jspecify.annotations.NullMarked;
