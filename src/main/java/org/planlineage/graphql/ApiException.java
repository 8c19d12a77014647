package org.planlineage.graphql;

import java.util.Map;

/**
 * A failure the caller can act on, with the classification the contract names ({@code NOT_FOUND},
 * {@code BAD_REQUEST}, {@code AMBIGUOUS}) and optional extensions (the candidates of an ambiguous number).
 */
public class ApiException extends RuntimeException {

    public enum Classification {
        NOT_FOUND,
        BAD_REQUEST,
        AMBIGUOUS,
        UNAUTHORIZED,
        FORBIDDEN,
        SERVICE_UNAVAILABLE
    }

    private final Classification classification;
    private final Map<String, Object> extensions;

    public ApiException(Classification classification, String message, Map<String, Object> extensions) {
        super(message, null, false, false);
        this.classification = classification;
        this.extensions = Map.copyOf(extensions);
    }

    public static ApiException notFound(String message) {
        return new ApiException(Classification.NOT_FOUND, message, Map.of());
    }

    public static ApiException badRequest(String message) {
        return new ApiException(Classification.BAD_REQUEST, message, Map.of());
    }

    public Classification classification() {
        return classification;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
