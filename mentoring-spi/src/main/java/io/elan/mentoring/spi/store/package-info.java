/**
 * Every storage port of Élan in one bundle, {@link io.elan.mentoring.spi.store.Stores}, so that a storage module
 * (such as the JDBC store) hands all its ports to the engine in one call.
 */
@NullMarked
package io.elan.mentoring.spi.store;

import org.jspecify.annotations.NullMarked;
