/**
 * Implementation details of the survey module: argument checks, the wave keys and the sealed form of held responses,
 * the statistics and the columnar analysis behind the anonymity guard. Not API: anything here may change without
 * notice.
 */
@NullMarked
package io.elan.mentoring.survey.internal;

import org.jspecify.annotations.NullMarked;
