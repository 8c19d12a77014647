package org.planlineage.limits;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import java.util.List;
import java.util.Map;
import org.planlineage.graphql.GuardrailProperties;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import reactor.core.publisher.Mono;

/**
 * Carries the HTTP request's {@link RequestControl} into the GraphQL execution, and answers a request that was
 * stopped (deadline, answer too large, client gone) with one error that says why, instead of a half answer with an
 * error for every field that was no longer fetched.
 */
final class BoundedExecution implements WebGraphQlInterceptor {

    private final GuardrailProperties limits;

    BoundedExecution(GuardrailProperties limits) {
        this.limits = limits;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (!(request.getAttributes().get(RequestControl.KEY) instanceof RequestControl control)) {
            return chain.next(request);
        }
        request.configureExecutionInput((input, builder) ->
                builder.graphQLContext(Map.of(RequestControl.KEY, control)).build());
        return chain.next(request)
                .contextWrite(context -> context.put(RequestControl.KEY, control))
                .map(response -> retryAfter(stopped(response, control)));
    }

    /** A request shed for load tells, in the standard header too, when to come back. */
    private static WebGraphQlResponse retryAfter(WebGraphQlResponse response) {
        response.getErrors().stream()
                .filter(e -> "SERVICE_UNAVAILABLE".equals(String.valueOf(e.getErrorType())))
                .findFirst()
                .ifPresent(e -> response.getResponseHeaders()
                        .set("Retry-After", String.valueOf(e.getExtensions().get("retryAfterSeconds"))));
        return response;
    }

    private WebGraphQlResponse stopped(WebGraphQlResponse response, RequestControl control) {
        RequestControl.Stop why = control.stopped();
        if (why == null || !response.getExecutionResult().isDataPresent() || control.isMutation()) {
            // answered; or refused before it ran (that refusal says more than the deadline would); or a write, which
            // says what it did (a write whose transaction the stop ended answers that error)
            return response;
        }
        GraphQLError error = error(why, control);
        return response.transform(b -> b.data(null).errors(List.of(error)));
    }

    private GraphQLError error(RequestControl.Stop why, RequestControl control) {
        String ask = " Nothing of it is returned; ask for less: a smaller maxDepth, fewer nested lists, smaller pages.";
        return switch (why) {
            case DEADLINE ->
                refusal(
                        "The request ran past its deadline of "
                                + control.timeout().toMillis()
                                + " ms (app.graphql.timeout) and was stopped, its database work included." + ask,
                        "app.graphql.timeout");
            case TOO_LARGE ->
                refusal(
                        "The answer grew past " + String.format("%,d", limits.maxAnswerFields())
                                + " fields (app.graphql.max-answer-fields) and the work stopped there." + ask,
                        "app.graphql.max-answer-fields");
            case CLIENT_GONE -> refusal("The client closed the connection; the request was stopped.", null);
        };
    }

    private static GraphQLError refusal(String message, String limit) {
        return GraphQLError.newError()
                .errorType(ErrorClassification.errorClassification("BAD_REQUEST"))
                .message(message)
                .extensions(limit == null ? Map.of() : Map.of("limit", limit))
                .build();
    }
}
