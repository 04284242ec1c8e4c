/**
 * iCalendar (RFC 5545) export of a program calendar: publication, invitations (iTIP REQUEST) and cancellations.
 */
@NullMarked
package io.elan.mentoring.scheduling.ics;

import org.jspecify.annotations.NullMarked;
