package org.planlineage.config;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;
import org.springframework.stereotype.Component;

/**
 * Opens sessions on the raw driver (the schema step and the seed loader, which need transactions of their own) on
 * the database that {@code spring.data.neo4j.database} names, through the same {@link DatabaseSelectionProvider}
 * every {@code Neo4jClient} read uses, so that writes and reads never go to different databases.
 */
@Component
public class Neo4jSessions {

    private final Driver driver;
    private final DatabaseSelectionProvider databases;

    public Neo4jSessions(Driver driver, DatabaseSelectionProvider databases) {
        this.driver = driver;
        this.databases = databases;
    }

    /** A new session on the selected database; the caller closes it. */
    public Session open() {
        return driver.session(config());
    }

    /** The selected database, or the server's default database when none is configured. */
    SessionConfig config() {
        String database = databases.getDatabaseSelection().getValue();
        return database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
    }
}
