package org.planlineage.graphql;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Answers an HTTP request that is refused before GraphQL sees it (too large, not a JSON object, a bad credential)
 * in the shape of a GraphQL answer, so a client reads every refusal the same way: {@code errors[0].message} and
 * {@code errors[0].extensions.classification}.
 */
public final class ErrorResponses {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private ErrorResponses() {}

    /**
     * As a GraphQL answer refused before execution: HTTP 200 with {@code application/json}, {@code errorStatus} when
     * the client accepts {@code application/graphql-response+json} (the GraphQL-over-HTTP rule Spring applies too).
     */
    public static void writeNegotiated(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus errorStatus,
            String classification,
            String message,
            Map<String, Object> extensions)
            throws IOException {
        String accept = request.getHeader("Accept");
        boolean graphQlResponse = accept != null && accept.contains(GRAPHQL_RESPONSE);
        write(
                response,
                graphQlResponse ? errorStatus : HttpStatus.OK,
                graphQlResponse ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON_VALUE,
                classification,
                message,
                extensions);
    }

    /** With a fixed status: a request that is not a GraphQL request at all (too large, not JSON, no such path). */
    public static void write(
            HttpServletResponse response,
            HttpStatus status,
            String classification,
            String message,
            Map<String, Object> extensions)
            throws IOException {
        write(response, status, MediaType.APPLICATION_JSON_VALUE, classification, message, extensions);
    }

    private static void write(
            HttpServletResponse response,
            HttpStatus status,
            String contentType,
            String classification,
            String message,
            Map<String, Object> extensions)
            throws IOException {
        var allExtensions = new LinkedHashMap<String, Object>(extensions);
        allExtensions.put("classification", classification);
        var error = new LinkedHashMap<String, Object>();
        error.put("message", message);
        error.put("extensions", allExtensions);
        byte[] body = JSON.writeValueAsBytes(Map.of("errors", List.of(error)));
        response.setStatus(status.value());
        response.setContentType(contentType);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
