/**
 * Individual follow-up calls (appels de suivi): the policy that plans them between kick-off and closing, their outcomes
 * and the overdue list.
 */
@NullMarked
package io.elan.mentoring.core.followup;

import org.jspecify.annotations.NullMarked;
