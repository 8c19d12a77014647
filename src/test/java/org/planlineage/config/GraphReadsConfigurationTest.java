package org.planlineage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.GraphDatabaseService;
import org.planlineage.graph.CountingGraphReads;
import org.planlineage.graph.DriverGraphReads;
import org.planlineage.graph.GraphReads;
import org.planlineage.graph.InProcessGraphReads;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Which path the reads take: in-process when a database runs in the JVM, unless {@code app.neo4j.embedded.reads=BOLT};
 * over Bolt for an external database. Every path is counted. No database is started: the choice must not wait for one.
 */
class GraphReadsConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(GraphReadsConfiguration.class)
            .withBean(Neo4jClient.class, () -> mock(Neo4jClient.class))
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @Test
    void aDatabaseInTheJvmIsReadInProcess() {
        context.withBean(GraphDatabaseService.class, () -> mock(GraphDatabaseService.class))
                .run(c -> assertThat(path(c.getBean(GraphReads.class))).isInstanceOf(InProcessGraphReads.class));
    }

    @Test
    void aDatabaseInTheJvmIsReadOverBoltWhenAskedTo() {
        context.withBean(GraphDatabaseService.class, () -> mock(GraphDatabaseService.class))
                .withPropertyValues("app.neo4j.embedded.reads=BOLT")
                .run(c -> assertThat(path(c.getBean(GraphReads.class))).isInstanceOf(DriverGraphReads.class));
    }

    @Test
    void anExternalDatabaseIsReadOverBolt() {
        context.run(c -> assertThat(path(c.getBean(GraphReads.class))).isInstanceOf(DriverGraphReads.class));
    }

    @Test
    void choosingThePathDoesNotCreateTheDatabase() {
        // lazy, as the embedded database's bean is: created at the first statement, not when the path is chosen
        context.withBean(
                        GraphDatabaseService.class,
                        () -> {
                            throw new AssertionError("the database was asked for before the first statement");
                        },
                        definition -> definition.setLazyInit(true))
                .run(c -> assertThat(path(c.getBean(GraphReads.class))).isInstanceOf(InProcessGraphReads.class));
    }

    private static GraphReads path(GraphReads reads) {
        assertThat(reads).isInstanceOf(CountingGraphReads.class);
        return ((CountingGraphReads) reads).counted();
    }
}
