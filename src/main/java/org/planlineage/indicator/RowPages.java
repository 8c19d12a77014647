package org.planlineage.indicator;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The pages of rows one request has read ({@link RowPageQueries}), by row: each row that a page served, the very
 * object, to its page, whose parts its fields answer from ({@link RowPartFetchers}). Held in the request's
 * {@link GraphQLContext}, so it lives as long as the request.
 */
public final class RowPages {

    private static final String KEY = RowPages.class.getName();

    private final Map<PlanItem, RowPageQueries.Page> byRow = Collections.synchronizedMap(new IdentityHashMap<>());

    private RowPages() {}

    /** Keeps {@code page} for the request of {@code env}, for the fields of its rows; called before they resolve. */
    public static void hold(DataFetchingEnvironment env, RowPageQueries.Page page) {
        GraphQLContext context = env.getGraphQlContext();
        RowPages pages = context.computeIfAbsent(KEY, k -> new RowPages());
        page.items().forEach(row -> pages.byRow.put(row, page));
    }

    /** The page the row of {@code env} (its source) was served on in this request; null when none. */
    static RowPageQueries.Page of(DataFetchingEnvironment env) {
        RowPages pages = env.getGraphQlContext().get(KEY);
        return pages == null ? null : pages.byRow.get(env.<Object>getSource());
    }
}
