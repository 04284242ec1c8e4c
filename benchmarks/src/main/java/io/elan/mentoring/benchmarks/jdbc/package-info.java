/**
 * Benchmarks of the JDBC store against a real PostgreSQL, each beside plain JDBC doing the same work.
 */
@NullMarked
package io.elan.mentoring.benchmarks.jdbc;

import org.jspecify.annotations.NullMarked;
