package org.planlineage.limits;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request refused before it runs (over the cost budget, or the service too busy), as graphql-java's abort: the
 * answer is this one error and nothing is fetched. It carries the contract's classification and names the limit.
 */
final class Refusal extends AbortExecutionException {

    private final ErrorClassification classification;
    private final Map<String, Object> extensions;

    private Refusal(String classification, String message, Map<String, Object> extensions) {
        super(message);
        this.classification = ErrorClassification.errorClassification(classification);
        this.extensions = extensions;
    }

    /** Too costly: {@code BAD_REQUEST}, naming the limit and the figures. */
    static Refusal overBudget(long estimate, long budget) {
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("limit", "app.graphql.max-cost");
        extensions.put("estimate", estimate);
        extensions.put("budget", budget);
        return new Refusal(
                "BAD_REQUEST",
                "The query could return about " + String.format("%,d", estimate) + " values, over the budget of "
                        + String.format("%,d", budget) + " (app.graphql.max-cost). Each list counts as its bound"
                        + " (first, ids, the lineage's max-nodes and max-paths): ask for smaller pages, fewer nested"
                        + " lists, or leave out paths",
                extensions);
    }

    /** Too busy: {@code SERVICE_UNAVAILABLE} with the seconds after which to try again. */
    static Refusal busy(int running, int queued, long retryAfterSeconds) {
        var extensions = new LinkedHashMap<String, Object>();
        extensions.put("limit", "app.load.max-concurrent");
        extensions.put("retryable", true); // as for a database that cannot be reached
        extensions.put("retryAfterSeconds", retryAfterSeconds);
        return new Refusal(
                "SERVICE_UNAVAILABLE",
                "The service is busy (" + running + " expensive requests running, " + queued
                        + " waiting); try again in " + retryAfterSeconds + " s",
                extensions);
    }

    /** The one error of the answer, with the contract's classification (graphql-java's would be ExecutionAborted). */
    @Override
    public ExecutionResult toExecutionResult() {
        return ExecutionResult.newExecutionResult()
                .addError(GraphQLError.newError()
                        .errorType(classification)
                        .message(getMessage())
                        .extensions(extensions)
                        .build())
                .build();
    }
}
