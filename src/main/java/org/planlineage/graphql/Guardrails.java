package org.planlineage.graphql;

import graphql.GraphQLError;
import graphql.parser.ParserOptions;
import jakarta.annotation.PostConstruct;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * The parser's limits on a request's document and the error mapping that makes every refusal a {@code BAD_REQUEST}
 * naming the limit, as the contract promises, instead of graphql-java's own classifications. Depth and number of
 * fields are checked, with the bounds on the work itself (cost, answer size, deadline, load), by {@code limits}' one
 * instrumentation.
 */
@Configuration(proxyBeanMethods = false)
class Guardrails {

    /** graphql-java's classifications for a request that is malformed or refused before or while it runs. */
    private static final Set<String> CLIENT_MISTAKES = Set.of(
            "ValidationError", "InvalidSyntax", "ExecutionAborted", "OperationNotSupported", "IntrospectionDisabled");

    private final GuardrailProperties limits;

    Guardrails(GuardrailProperties limits) {
        this.limits = limits;
    }

    /** The parser reads no further than the limits: a huge or deeply nested document costs little to refuse. */
    @PostConstruct
    void parserLimits() {
        ParserOptions options = ParserOptions.getDefaultParserOptions()
                .transform(b -> b.maxTokens(limits.maxTokens())
                        .maxCharacters(limits.maxCharacters())
                        .maxRuleDepth(Math.max(limits.maxDepth() * 4, 100)));
        ParserOptions.setDefaultParserOptions(options);
        ParserOptions.setDefaultOperationParserOptions(options);
    }

    @Bean
    WebGraphQlInterceptor clientMistakesAreBadRequests() {
        return (request, chain) -> chain.next(request).map(response -> {
            List<ResponseError> errors = response.getErrors();
            Set<String> failed = failedFields(errors);
            if (errors.stream().noneMatch(e -> isClientMistake(e) || isConsequence(e, failed))) {
                return response;
            }
            return response.transform(b -> b.errors(errors.stream()
                    .filter(e -> !isConsequence(e, failed))
                    .map(Guardrails::asContractError)
                    .toList()));
        });
    }

    private static boolean isClientMistake(ResponseError error) {
        return CLIENT_MISTAKES.contains(String.valueOf(error.getErrorType()));
    }

    /** A client mistake as BAD_REQUEST naming the limit it hit; any other error as it was. */
    private static GraphQLError asContractError(ResponseError e) {
        if (!isClientMistake(e)) {
            return GraphQLError.newError()
                    .message(e.getMessage())
                    .errorType(e.getErrorType())
                    .locations(e.getLocations())
                    .path(e.getParsedPath().isEmpty() ? null : e.getParsedPath())
                    .extensions(e.getExtensions())
                    .build();
        }
        var extensions = new LinkedHashMap<String, Object>(e.getExtensions());
        extensions.put("reason", String.valueOf(e.getErrorType()));
        String limit = limitNamed(e.getMessage());
        if (limit != null) {
            extensions.put("limit", limit);
        }
        return GraphQLError.newError()
                .message(limit == null ? e.getMessage() : e.getMessage() + " (limit: " + limit + ")")
                .errorType(ErrorType.BAD_REQUEST)
                .locations(e.getLocations())
                .extensions(extensions)
                .build();
    }

    /**
     * A "null in a non-null field" error below a field that already failed with an error of its own: the failed
     * field's null is the cause (Spring's connection adapter turns it into an empty connection whose non-null fields
     * then fail), so the second error only confuses the caller. Looked up among the failed fields' paths by each of
     * the error's ancestors, so that an answer with thousands of errors is not sifted in quadratic time.
     */
    private static boolean isConsequence(ResponseError error, Set<String> failedFields) {
        if (!isNullInNonNull(error)) {
            return false;
        }
        String path = error.getPath();
        for (int dot = path.indexOf('.'); dot > 0; dot = path.indexOf('.', dot + 1)) {
            if (failedFields.contains(path.substring(0, dot))) {
                return true;
            }
        }
        return false;
    }

    /** The paths of the fields that failed with an error of their own (not a null in a non-null field). */
    private static Set<String> failedFields(List<ResponseError> errors) {
        var failed = new HashSet<String>();
        for (ResponseError error : errors) {
            if (!isNullInNonNull(error) && !error.getPath().isEmpty()) {
                failed.add(error.getPath());
            }
        }
        return failed;
    }

    private static boolean isNullInNonNull(ResponseError error) {
        return "NullValueInNonNullableField".equals(String.valueOf(error.getErrorType()));
    }

    /** Which configured limit a graphql-java refusal is about, so the caller knows what was hit. */
    private static String limitNamed(String message) {
        if (message == null) {
            return null;
        }
        if (message.contains("maximum query depth")) {
            return "app.graphql.max-depth";
        }
        if (message.contains("maximum query complexity")) {
            return "app.graphql.max-complexity";
        }
        if (message.contains("tokens")) {
            return "app.graphql.max-tokens";
        }
        if (message.contains("characters")) {
            return "app.graphql.max-characters";
        }
        if (message.contains("Introspection has been disabled")) {
            return "spring.graphql.schema.introspection.enabled";
        }
        return null;
    }
}
