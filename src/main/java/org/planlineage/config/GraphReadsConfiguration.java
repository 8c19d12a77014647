package org.planlineage.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;
import org.neo4j.graphdb.GraphDatabaseService;
import org.planlineage.graph.CountingGraphReads;
import org.planlineage.graph.DriverGraphReads;
import org.planlineage.graph.GraphReads;
import org.planlineage.graph.InProcessGraphReads;
import org.planlineage.limits.BoundedTransactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Chooses how the queries read the graph ({@link GraphReads}): in-process when the database runs in this JVM (a
 * {@link GraphDatabaseService} bean: the embedded default, or a test's harness), over Bolt otherwise.
 * {@code app.neo4j.embedded.reads=BOLT} sends the reads of an in-JVM database over Bolt too, to compare the two.
 */
@Configuration(proxyBeanMethods = false)
class GraphReadsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(GraphReadsConfiguration.class);

    @Bean
    GraphReads graphReads(
            ListableBeanFactory beans,
            ObjectProvider<GraphDatabaseService> inJvm,
            Neo4jClient client,
            Environment environment,
            MeterRegistry meters) {
        // by name, without creating it: the embedded database may still be starting
        boolean databaseInJvm = beans.getBeanNamesForType(GraphDatabaseService.class, true, false).length > 0;
        var asked = environment.getProperty(
                "app.neo4j.embedded.reads",
                EmbeddedNeo4jProperties.Reads.class,
                EmbeddedNeo4jProperties.Reads.IN_PROCESS);
        GraphReads reads;
        if (databaseInJvm && asked == EmbeddedNeo4jProperties.Reads.IN_PROCESS) {
            // bounded like the driver's: the request's time left as the timeout, its id as metadata
            reads = new InProcessGraphReads(new Once<>(inJvm::getObject), BoundedTransactions::begin);
            log.info("Reads run in-process, without Bolt");
        } else {
            reads = new DriverGraphReads(client);
            log.info("Reads run over Bolt through the driver");
        }
        return new CountingGraphReads(reads, meters.counter("graph.reads.statements"));
    }

    /** A value looked up at its first use, then kept. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> lookup;
        private volatile T value;

        Once(Supplier<T> lookup) {
            this.lookup = lookup;
        }

        @Override
        public T get() {
            T found = value;
            if (found == null) {
                found = lookup.get();
                value = found;
            }
            return found;
        }
    }
}
