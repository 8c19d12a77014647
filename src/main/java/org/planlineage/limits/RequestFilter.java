package org.planlineage.limits;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.planlineage.graphql.ErrorResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The HTTP side of a GraphQL request's bounds. Before anything parses it, the body is read no further than
 * {@code app.graphql.max-request-size} (a 150 MB {@code variables} object is refused after 1 MB, not parsed) and must
 * be a JSON object; then the request gets its {@link RequestControl} (deadline, client watch) for as long as it runs.
 */
final class RequestFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final RequestWatch watch;
    private final BoundedTransactions database;

    RequestFilter(long maxBytes, RequestWatch watch, BoundedTransactions database) {
        this.maxBytes = maxBytes;
        this.watch = watch;
        this.database = database;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"POST".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getContentLengthLong() > maxBytes ? null : readAtMost(request.getInputStream());
        if (body == null) {
            ErrorResponses.write(
                    response,
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "BAD_REQUEST",
                    "The request body is larger than " + maxBytes + " bytes (app.graphql.max-request-size): send a"
                            + " shorter query and fewer or smaller variables",
                    Map.of("limit", "app.graphql.max-request-size"));
            return;
        }
        if (isJson(request) && !isJsonObject(body)) {
            ErrorResponses.write(
                    response,
                    HttpStatus.BAD_REQUEST,
                    "BAD_REQUEST",
                    "The request body must be a JSON object such as {\"query\": \"{ documents { totalCount } }\","
                            + " \"variables\": {}}",
                    Map.of());
            return;
        }
        RequestControl control = watch.open(request);
        control.onStop(why -> database.terminate(control.id()));
        request.setAttribute(RequestControl.KEY, control);
        RequestControl.bind(control);
        try {
            chain.doFilter(new CachedBody(request, body), response);
        } finally {
            RequestControl.unbind();
            if (request.isAsyncStarted()) {
                request.getAsyncContext().addListener(closing(control));
            } else {
                watch.close(control);
            }
        }
    }

    /** The whole body, or null when it holds more than the limit. */
    private byte[] readAtMost(InputStream in) throws IOException {
        byte[] read = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return read.length > maxBytes ? null : read;
    }

    private static boolean isJson(HttpServletRequest request) {
        try {
            return request.getContentType() != null
                    && MediaType.parseMediaType(request.getContentType()).isCompatibleWith(MediaType.APPLICATION_JSON);
        } catch (RuntimeException e) {
            return false; // an unreadable Content-Type: Spring answers 415 with what it supports
        }
    }

    /** Its first character that is not white space opens an object: `null`, `[]`, `42` or text are not requests. */
    private static boolean isJsonObject(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b == '{';
            }
        }
        return false;
    }

    private AsyncListener closing(RequestControl control) {
        return new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                watch.close(control);
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                watch.close(control);
            }

            @Override
            public void onError(AsyncEvent event) {
                watch.close(control);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                event.getAsyncContext().addListener(this);
            }
        };
    }
}
