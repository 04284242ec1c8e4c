/**
 * A sample {@link io.elan.mentoring.spi.messaging.MessageGateway} for plugin authors: posts each message as JSON to a
 * webhook, classifies failures from HTTP status codes, and proves itself with the gateway compatibility kit.
 */
@NullMarked
package io.elan.mentoring.samples.webhook;

import org.jspecify.annotations.NullMarked;
