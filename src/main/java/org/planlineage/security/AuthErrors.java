package org.planlineage.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.planlineage.graphql.ErrorResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a credential refused before GraphQL runs (a bad token; no credential or no role where queries need one) as
 * a GraphQL error with classification {@code UNAUTHORIZED} or {@code FORBIDDEN}. On the GraphQL endpoint the HTTP status
 * follows the rule of every GraphQL answer here: 200 for {@code application/json}, and for
 * {@code application/graphql-response+json} the 4xx that says why (401, 403), as for any request refused before
 * execution. Anywhere else (a source text) it is always that 4xx.
 */
final class AuthErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final String graphQlPath;

    AuthErrors(String graphQlPath) {
        this.graphQlPath = graphQlPath;
    }

    private static final String HOW =
            "send `Authorization: Bearer <token>` with a token from app.security.editor-tokens"
                    + " or reader-tokens, or a JWT of the configured identity provider";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        boolean badToken = e instanceof InvalidBearerTokenException;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        String message = badToken
                ? "The credential was refused: " + e.getMessage() + "; " + HOW
                : "This service answers queries only with a credential: " + HOW;
        write(request, response, HttpStatus.UNAUTHORIZED, message);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                "This credential has neither the reader's nor the editor's role, which queries need here");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String message)
            throws IOException {
        if (graphQlPath.equals(request.getRequestURI())) {
            ErrorResponses.writeNegotiated(request, response, status, status.name(), message, Map.of());
        } else {
            ErrorResponses.write(response, status, status.name(), message, Map.of());
        }
    }
}
