/**
 * Élan's reference store on JDBC: {@link io.elan.mentoring.jdbc.JdbcStores} implements every storage port of the SPI
 * on a {@link javax.sql.DataSource}, with an embedded H2 database by default and PostgreSQL for production.
 */
@NullMarked
package io.elan.mentoring.jdbc;

import org.jspecify.annotations.NullMarked;
