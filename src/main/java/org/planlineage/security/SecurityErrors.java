package org.planlineage.security;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.data.method.annotation.GraphQlExceptionHandler;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * A field that method security refused ({@link EditorsOnly}) for want of a credential ({@code UNAUTHORIZED}) or of the
 * editor's role ({@code FORBIDDEN}), with the same words as {@link CurrentEditor}. Before the general error
 * handling, which would call it an internal error.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityErrors {

    @GraphQlExceptionHandler
    GraphQLError unauthenticated(AuthenticationException e, DataFetchingEnvironment env) {
        return error(ErrorType.UNAUTHORIZED, CurrentEditor.NO_CREDENTIAL, env);
    }

    @GraphQlExceptionHandler
    GraphQLError denied(AccessDeniedException e, DataFetchingEnvironment env) {
        return CurrentEditor.caller() == null
                ? unauthenticated(null, env)
                : error(ErrorType.FORBIDDEN, CurrentEditor.READER, env);
    }

    private static GraphQLError error(ErrorType type, String message, DataFetchingEnvironment env) {
        return GraphQLError.newError()
                .errorType(type)
                .message(message)
                .path(env.getExecutionStepInfo().getPath())
                .location(env.getField().getSourceLocation())
                .build();
    }
}
