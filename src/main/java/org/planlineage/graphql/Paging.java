package org.planlineage.graphql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Relay paging over an ordered result: {@code first} (1 to {@link #MAX_FIRST}) and an opaque {@code after} cursor.
 * Cursors encode the position in the order, which is stable for a given seed.
 */
public record Paging(int offset, int limit) {

    public static final int MAX_FIRST = 100;
    public static final int DEFAULT_FIRST = 20;
    private static final String PREFIX = "offset:";

    /** No list holds this many items; a cursor past it would overflow the page's end (offset + first). */
    static final int MAX_POSITION = Integer.MAX_VALUE - 2 * MAX_FIRST;

    /** Validates the arguments; a bad {@code first} or cursor is a {@code BAD_REQUEST} that says what to send. */
    public static Paging of(Integer first, String after) {
        int limit = first == null ? DEFAULT_FIRST : first;
        if (limit < 1 || limit > MAX_FIRST) {
            throw ApiException.badRequest("'first' must be between 1 and " + MAX_FIRST + ", got " + limit);
        }
        return new Paging(after == null ? 0 : decode(after) + 1, limit);
    }

    public static String cursor(int position) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (s.startsWith(PREFIX)) {
                int position = Integer.parseInt(s.substring(PREFIX.length()));
                if (position >= 0 && position < MAX_POSITION) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw ApiException.badRequest("'after' is not a cursor of this API: pass the endCursor of a previous page");
    }

    /** A page built from the items at [offset, offset + limit) and the total number of matches. */
    public <T> Connection<T> page(List<T> items, int totalCount) {
        var edges = new ArrayList<Connection.Edge<T>>();
        for (int i = 0; i < items.size(); i++) {
            edges.add(new Connection.Edge<>(cursor(offset + i), items.get(i)));
        }
        var info = new Connection.PageInfo(
                offset + items.size() < totalCount,
                offset > 0,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, info, totalCount);
    }
}
