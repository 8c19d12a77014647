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

    /** A guardrail that stopped a field from being fetched (the request timeout). */
    @GraphQlExceptionHandler
    GraphQLError aborted(AbortExecutionException e, DataFetchingEnvironment env) {
        return GraphQLError.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(e.getMessage())
                .path(env.getExecutionStepInfo().getPath())
                .location(env.getField().getSourceLocation())
                .extensions(
                        e.getMessage().contains("app.graphql.timeout")
                                ? java.util.Map.of("limit", "app.graphql.timeout")
                                : java.util.Map.of())
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
        String id = java.util.UUID.randomUUID().toString();
        log.error("Unexpected error {} at {}", id, env.getExecutionStepInfo().getPath(), e);
        return GraphQLError.newError()
                .errorType(ErrorType.INTERNAL_ERROR)
                .message("Internal error " + id + "; the service log has the details")
                .path(env.getExecutionStepInfo().getPath())
                .location(env.getField().getSourceLocation())
                .build();
    }
}
