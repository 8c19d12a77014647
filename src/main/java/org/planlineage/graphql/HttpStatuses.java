package org.planlineage.graphql;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The HTTP status of a GraphQL answer. With {@code application/json} it is always 200 and the errors say what went
 * wrong. With {@code application/graphql-response+json} a request refused before execution (no {@code data}) is a
 * 4xx, as the GraphQL-over-HTTP specification asks: Spring answers 400, refined here by the error's classification
 * (401 {@code UNAUTHORIZED}, 403 {@code FORBIDDEN}, 503 {@code SERVICE_UNAVAILABLE} with {@code Retry-After}).
 */
@Configuration(proxyBeanMethods = false)
class HttpStatuses {

    private static final Map<String, HttpStatus> BY_CLASSIFICATION = Map.of(
            "UNAUTHORIZED", HttpStatus.UNAUTHORIZED,
            "FORBIDDEN", HttpStatus.FORBIDDEN,
            "SERVICE_UNAVAILABLE", HttpStatus.SERVICE_UNAVAILABLE);

    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
        return new GraphQlHttpHandler(handler) {
            @Override
            protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType mediaType) {
                HttpStatus status = super.selectResponseStatus(response, mediaType);
                if (status != HttpStatus.BAD_REQUEST) {
                    return status;
                }
                return response.getErrors().stream()
                        .map(e -> BY_CLASSIFICATION.get(String.valueOf(e.getErrorType())))
                        .filter(java.util.Objects::nonNull)
                        .findFirst()
                        .orElse(status);
            }
        };
    }
}
