package org.planlineage.graphql;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * Maps exceptions to GraphQL errors with the contract's classifications and a message a person can act on. Anything
 * unexpected becomes {@code INTERNAL_ERROR} with an id to find it in the log, never a stack trace.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @GraphQlExceptionHandler
    GraphQLError api(ApiException e, DataFetchingEnvironment env) {
        ErrorClassification classification = switch (e.classification()) {
            case NOT_FOUND -> ErrorType.NOT_FOUND;
            case BAD_REQUEST -> ErrorType.BAD_REQUEST;
            case AMBIGUOUS -> ErrorClassification.errorClassification("AMBIGUOUS");
            case UNAUTHORIZED -> ErrorType.UNAUTHORIZED;
            case FORBIDDEN -> ErrorType.FORBIDDEN;
            case SERVICE_UNAVAILABLE -> ErrorClassification.errorClassification("SERVICE_UNAVAILABLE");
        };
        return GraphQLError.newError()
                .errorType(classification)
                .message(e.getMessage())
                .path(env.getExecutionStepInfo().getPath())
                .location(env.getField().getSourceLocation())
                .extensions(e.extensions())
                .build();
    }

    /** A field whose fetching was aborted (the request was stopped: its one error replaces this one). */
    @GraphQlExceptionHandler
    GraphQLError aborted(AbortExecutionException e, DataFetchingEnvironment env) {
        return GraphQLError.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(e.getMessage())
                .path(env.getExecutionStepInfo().getPath())
                .location(env.getField().getSourceLocation())
                .build();
    }

    @GraphQlExceptionHandler
    GraphQLError unexpected(RuntimeException e, DataFetchingEnvironment env) {
        if (DatabaseOutage.isOutage(e)) {
            log.warn(
                    "The database cannot be reached at {}: {}",
                    env.getExecutionStepInfo().getPath(),
                    e.toString());
            return GraphQLError.newError()
                    .errorType(ErrorClassification.errorClassification("SERVICE_UNAVAILABLE"))
                    .message(DatabaseOutage.MESSAGE)
                    .path(env.getExecutionStepInfo().getPath())
                    .location(env.getField().getSourceLocation())
                    .extensions(java.util.Map.of("retryable", true))
                    .build();
        }
        if (endedByDatabase(e)) {
            log.debug(
                    "Database work of {} ended early: {}",
                    env.getExecutionStepInfo().getPath(),
                    e.getMessage());
            return GraphQLError.newError()
                    .errorType(ErrorType.BAD_REQUEST)
                    .message("The database work of this field was ended: the request ran past its deadline"
                            + " (app.graphql.timeout) or its client left")
                    .path(env.getExecutionStepInfo().getPath())
                    .location(env.getField().getSourceLocation())
                    .extensions(java.util.Map.of("limit", "app.graphql.timeout"))
                    .build();
        }
        String id = java.util.UUID.randomUUID().toString();
        log.error("Unexpected error {} at {}", id, env.getExecutionStepInfo().getPath(), e);
        return GraphQLError.newError()
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error " + id + "; the service log has the details")
                .path(env.getExecutionStepInfo().getPath())
                .location(env.getField().getSourceLocation())
                .build();
    }

    /**
     * Neo4j ended the statement's transaction because the request it served was stopped (its deadline, a client that
     * left): an expected end, not a failure to log with its stack trace.
     */
    private static boolean endedByDatabase(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.neo4j.driver.exceptions.TransactionTerminatedException
                    || (t instanceof org.neo4j.driver.exceptions.Neo4jException n && endedCode(n.code()))
                    // the same ends on the in-process path (InProcessGraphReads), in the embedded API's exceptions
                    || t instanceof org.neo4j.graphdb.TransactionTerminatedException
                    || (t instanceof org.neo4j.graphdb.QueryExecutionException q && endedCode(q.getStatusCode()))) {
                return true;
            }
        }
        return false;
    }

    /** A transaction timed out (Neo4j's code for either timeout) or terminated. */
    private static boolean endedCode(String code) {
        return code != null
                && (code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")
                        || code.endsWith(".Transaction.Terminated"));
    }
}
