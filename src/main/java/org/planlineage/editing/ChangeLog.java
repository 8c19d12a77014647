package org.planlineage.editing;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.planlineage.graph.GraphReads;
import org.planlineage.graphql.ApiException;
import org.planlineage.graphql.Connection;
import org.planlineage.graphql.Paging;
import org.springframework.stereotype.Component;

/**
 * The audit trail, kept in the graph as {@code :Change} nodes: written in the transaction of the import or removal
 * it records (so a change is recorded if and only if it happened), read newest first. Each change gets the next
 * number of one counter node, which orders the trail and makes cursors that do not shift when changes are added.
 */
@Component
public class ChangeLog {

    private static final String CURSOR_PREFIX = "change:";

    private final GraphReads reads;

    ChangeLog(GraphReads reads) {
        this.reads = reads;
    }

    /** Records a change in the given transaction and returns it. */
    static Change record(
            TransactionContext tx,
            ChangeKind kind,
            String documentKey,
            ImportWriter.Audit audit,
            List<ImportDiff.Count> counts,
            List<String> citedOnly) {
        var props = new HashMap<String, Object>();
        props.put("key", audit.changeKey());
        props.put("kind", kind.name());
        props.put("documentKey", documentKey);
        props.put("by", audit.by());
        props.put("at", audit.at());
        props.put("countSubjects", counts.stream().map(c -> c.subject().name()).toList());
        props.put("countCreated", counts.stream().map(ImportDiff.Count::created).toList());
        props.put("countUpdated", counts.stream().map(ImportDiff.Count::updated).toList());
        props.put(
                "countUnchanged",
                counts.stream().map(ImportDiff.Count::unchanged).toList());
        props.put("countRemoved", counts.stream().map(ImportDiff.Count::removed).toList());
        props.put("citedOnly", citedOnly);
        var node = tx.run("""
                        // the counter serialises changes: numbers are gap-free and in commit order
                        MERGE (counter:ChangeCounter {key: 'changes'})
                        SET counter.seq = coalesce(counter.seq, 0) + 1
                        CREATE (c:Change)
                        SET c = $props, c.seq = counter.seq
                        RETURN c
                        """, Map.of("props", props)).single().get("c");
        return Change.fromNode(node);
    }

    /** One page of the trail, newest first. */
    public Connection<Change> page(Integer first, String after) {
        int limit = first == null ? Paging.DEFAULT_FIRST : first;
        if (limit < 1 || limit > Paging.MAX_FIRST) {
            throw ApiException.badRequest("'first' must be between 1 and " + Paging.MAX_FIRST + ", got " + limit);
        }
        Long before = after == null ? null : decode(after);
        var rows =
                reads.query("""
                        MATCH (c:Change) WHERE $before IS NULL OR c.seq < $before
                        RETURN properties(c) AS c ORDER BY c.seq DESC LIMIT $limit
                        """).bind("before", before).bind("limit", limit + 1).list(r -> Change.fromNode(r.get("c")));
        long total = reads.query("MATCH (c:Change) RETURN count(c) AS n")
                .one(r -> r.get("n").asLong())
                .orElse(0L);
        var page = rows.subList(0, Math.min(limit, rows.size()));
        var edges = new ArrayList<Connection.Edge<Change>>();
        page.forEach(c -> edges.add(new Connection.Edge<>(cursor(c.seq()), c)));
        var info = new Connection.PageInfo(
                rows.size() > limit,
                before != null,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, info, (int) total);
    }

    static String cursor(long seq) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((CURSOR_PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(String cursor) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (s.startsWith(CURSOR_PREFIX)) {
                return Long.parseLong(s.substring(CURSOR_PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below
        }
        throw ApiException.badRequest("'after' is not a cursor of changes: pass the endCursor of a previous page");
    }

    static ZonedDateTime now() {
        return ZonedDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
