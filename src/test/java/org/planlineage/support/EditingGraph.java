package org.planlineage.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Helpers for tests that write: a tester with a credential, a canonical dump of the graph, and the clean-up. */
public final class EditingGraph {

    private EditingGraph() {}

    /** The same tester, sending {@code Authorization: Bearer <token>}. */
    public static HttpGraphQlTester as(HttpGraphQlTester tester, String token) {
        return tester.mutate().header("Authorization", "Bearer " + token).build();
    }

    /** Removes everything an import wrote and the audit trail, leaving the fixture as the seed wrote it. */
    public static void clean(Neo4jClient client) {
        client.query("MATCH (n) WHERE n.origin = 'IMPORT' OR n:Change OR n:ChangeCounter DETACH DELETE n")
                .run();
        client.query("MATCH ()-[r]->() WHERE r.origin = 'IMPORT' DELETE r").run();
    }

    /** Every node and relationship with all its properties, as sorted strings: equal dumps, equal graphs. */
    public static List<String> dump(Neo4jClient client) {
        var lines = new ArrayList<String>();
        client.query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props")
                .fetch()
                .all()
                .forEach(n -> lines.add("(" + n.get("labels") + " " + sorted(n.get("props")) + ")"));
        client.query("MATCH (a)-[r]->(b) RETURN a.key AS a, type(r) AS type, b.key AS b, properties(r) AS props")
                .fetch()
                .all()
                .forEach(r -> lines.add(
                        r.get("a") + " -" + r.get("type") + "-> " + r.get("b") + " " + sorted(r.get("props"))));
        lines.sort(null);
        return lines;
    }

    @SuppressWarnings("unchecked")
    private static String sorted(Object props) {
        return new TreeMap<>((Map<String, Object>) props).toString();
    }
}
