/**
 * The database the application runs on: an embedded PostgreSQL under the data directory unless
 * {@code spring.datasource.url} points at an external one. Schema changes are Flyway migrations
 * in {@code db/migration}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package bd.udbhabon.database;
