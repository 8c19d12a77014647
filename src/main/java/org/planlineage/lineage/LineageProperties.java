package org.planlineage.lineage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of a lineage answer, so that a query on an open API cannot make the server walk or return without limit.
 *
 * @param maxDepth the largest {@code maxDepth} a caller may ask for
 * @param maxNodes the most nodes one answer holds; past it the answer is cut and {@code truncated} is true
 * @param maxPaths the most paths one answer lists; past it the answer is cut and {@code truncated} is true
 */
@ConfigurationProperties("app.lineage")
public record LineageProperties(
        @DefaultValue("20") int maxDepth,
        @DefaultValue("3000") int maxNodes,
        @DefaultValue("20000") int maxPaths) {}
