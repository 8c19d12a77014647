package org.planlineage.graphql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on what one GraphQL request may ask, because the API is open to anyone who can reach it. Each limit, when
 * hit, answers a {@code BAD_REQUEST} error that names it.
 *
 * @param maxDepth      deepest nesting of fields in an operation
 * @param maxComplexity most fields an operation may select (each field counts 1, lists are not multiplied)
 * @param maxTokens     most grammar tokens in a request's document (the parser stops reading past it)
 * @param maxCharacters most characters in a request's document
 * @param timeout       longest a request may run; fields still to fetch after it are not fetched
 */
@ConfigurationProperties("app.graphql")
public record GuardrailProperties(
        @DefaultValue("15") int maxDepth,
        @DefaultValue("1000") int maxComplexity,
        @DefaultValue("5000") int maxTokens,
        @DefaultValue("50000") int maxCharacters,
        @DefaultValue("10s") Duration timeout) {}
