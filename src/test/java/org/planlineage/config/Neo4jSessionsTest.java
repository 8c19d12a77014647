package org.planlineage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.FatalDiscoveryException;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.data.neo4j.core.DatabaseSelection;
import org.springframework.data.neo4j.core.DatabaseSelectionProvider;

/**
 * Sessions opened on the raw driver (the schema step, the seed loader) go to the database
 * {@code spring.data.neo4j.database} names, as every {@code Neo4jClient} read does.
 */
@SeededGraphTest
class Neo4jSessionsTest {

    @Autowired
    Neo4jSessions sessions;

    @Autowired
    Driver driver;

    @Test
    void theConfiguredDatabaseIsTheSessionsDatabase() {
        // application.yml sets spring.data.neo4j.database: neo4j explicitly
        assertThat(sessions.config().database()).contains("neo4j");
    }

    @Test
    void withoutADatabaseConfiguredTheServersDefaultDatabaseIsUsed() {
        var unconfigured = new Neo4jSessions(driver, DatabaseSelectionProvider.getDefaultSelectionProvider());
        assertThat(unconfigured.config().database()).isEmpty();
    }

    @Test
    void theSchemaIsAppliedToTheConfiguredDatabaseNotTheDefaultOne() {
        var elsewhere = new Neo4jSessions(driver, () -> DatabaseSelection.byName("no-such-database"));
        var schema = new Neo4jSchema(StartupStatements.overDriver(elsewhere), new DefaultResourceLoader());

        assertThatThrownBy(schema::apply)
                .isInstanceOf(FatalDiscoveryException.class)
                .hasMessageContaining("no-such-database");
    }
}
