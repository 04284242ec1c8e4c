/**
 * The JDBC implementations of the storage ports and what they share: transactions, column encodings, rows declared
 * column by column, and schema migration. Not API: use {@link io.elan.mentoring.jdbc.JdbcStores}.
 */
@NullMarked
package io.elan.mentoring.jdbc.internal;

import org.jspecify.annotations.NullMarked;
