package org.planlineage.graphql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what one GraphQL request may ask, because the API is open to anyone who can reach it. Each limit, when
 * hit, answers a {@code BAD_REQUEST} error that names it.
 *
 * @param maxDepth       deepest nesting of fields in an operation
 * @param maxComplexity  most fields an operation may select (each field counts 1, lists are not multiplied)
 * @param maxCost        the largest estimated size of an answer (values, lists multiplied by their bounds) a query
 *                       may ask for; checked before anything runs
 * @param maxAnswerFields the most fields one answer may hold (a field of each item of a list counts once per item);
 *                       past it the work stops
 * @param maxTokens      most grammar tokens in a request's document (the parser stops reading past it)
 * @param maxCharacters  most characters in a request's document
 * @param maxRequestSize the largest HTTP request body (document and variables) read at all
 * @param timeout        longest a request may run; at the deadline its work, database transactions included, stops
 */
@ConfigurationProperties("app.graphql")
public record GuardrailProperties(
        @DefaultValue("15") int maxDepth,
        @DefaultValue("1000") int maxComplexity,
        @DefaultValue("5000000") long maxCost,
        @DefaultValue("1000000") long maxAnswerFields,
        @DefaultValue("5000") int maxTokens,
        @DefaultValue("50000") int maxCharacters,
        @DefaultValue("1MB") DataSize maxRequestSize,
        @DefaultValue("10s") Duration timeout) {}
