/**
 * The monthly community message: the host's contributions, the spotlight, and the service that sends it to each
 * community.
 */
@NullMarked
package io.elan.mentoring.core.communication.monthly;

import org.jspecify.annotations.NullMarked;
