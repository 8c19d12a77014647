package org.planlineage.finding;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.planlineage.graphql.ApiException;
import org.planlineage.graphql.Connection;
import org.planlineage.graphql.Paging;

/**
 * Relay paging over findings in their stable order. A cursor encodes the finding's place in that order (its sort
 * key), not an offset: {@code after} a cursor comes the first finding that sorts after it, so a page stays right
 * when findings before it come or go between two requests.
 */
final class FindingPage {

    private static final String PREFIX = "finding:";

    private FindingPage() {}

    static Connection<Finding> page(List<Finding> sorted, Integer first, String after) {
        int limit = first == null ? Paging.DEFAULT_FIRST : first;
        if (limit < 1 || limit > Paging.MAX_FIRST) {
            throw ApiException.badRequest("'first' must be between 1 and " + Paging.MAX_FIRST + ", got " + limit);
        }
        int start = 0;
        if (after != null) {
            String key = decode(after);
            while (start < sorted.size() && sorted.get(start).sortKey().compareTo(key) <= 0) {
                start++;
            }
        }
        var edges = new ArrayList<Connection.Edge<Finding>>();
        for (int i = start; i < Math.min(sorted.size(), start + limit); i++) {
            edges.add(new Connection.Edge<>(cursor(sorted.get(i)), sorted.get(i)));
        }
        var info = new Connection.PageInfo(
                start + edges.size() < sorted.size(),
                start > 0,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, info, sorted.size());
    }

    static String cursor(Finding f) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((PREFIX + f.sortKey()).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String cursor) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (s.startsWith(PREFIX)) {
                return s.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw ApiException.badRequest(
                "'after' is not a cursor of findings: pass the endCursor of a previous page of findings");
    }
}
