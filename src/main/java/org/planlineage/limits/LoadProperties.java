package org.planlineage.limits;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Load shedding: how many expensive requests run at once, and how many may wait for a turn. A request past both is
 * answered at once with {@code SERVICE_UNAVAILABLE} and the seconds after which to try again, instead of making
 * every request slower.
 *
 * @param maxConcurrent  expensive requests running at once (about twice the cores: they share the CPU with Neo4j)
 * @param queue          expensive requests that may wait for a turn
 * @param maxWait        the longest a request waits in the queue (never past its own deadline)
 * @param expensiveFields root fields that make a request expensive
 * @param expensiveCost  an estimated cost (app.graphql.max-cost's measure) from which any request is expensive
 */
@ConfigurationProperties("app.load")
public record LoadProperties(
        @DefaultValue("4") int maxConcurrent,
        @DefaultValue("16") int queue,
        @DefaultValue("2s") Duration maxWait,
        @DefaultValue({"lineage", "search", "compare"}) List<String> expensiveFields,
        @DefaultValue("20000") long expensiveCost) {}
