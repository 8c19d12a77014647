package org.planlineage.relation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of a {@code relation} answer, so that a query on an open API cannot make the server search without limit.
 *
 * @param maxDepth the largest {@code maxDepth} a caller may ask for
 * @param maxNodes the most documents and rows one search may reach; past it the search stops and says {@code
 *     truncated}
 * @param maxChains the most chains one answer lists; past it the answer says {@code truncated}
 * @param maxPaths the most paths one search enumerates (parallel relations between the same two documents make
 *     several paths of one chain); past it the answer says {@code truncated}
 */
@ConfigurationProperties("app.relation")
public record RelationProperties(
        @DefaultValue("10") int maxDepth,
        @DefaultValue("5000") int maxNodes,
        @DefaultValue("20") int maxChains,
        @DefaultValue("1000") int maxPaths) {}
