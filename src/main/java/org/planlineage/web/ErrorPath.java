package org.planlineage.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.planlineage.graphql.ErrorResponses;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the servlet container forwards a failed request to be answered; asked for directly it has
 * no error to describe (Spring Boot's page answers that with a 500). A direct request is told where the API is.
 */
final class ErrorPath extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        ErrorResponses.write(
                response,
                HttpStatus.NOT_FOUND,
                "NOT_FOUND",
                "There is nothing at " + request.getRequestURI() + ": the API answers POST /graphql, GraphiQL is at"
                        + " /graphiql, the service's health at /actuator/health",
                Map.of());
    }
}
