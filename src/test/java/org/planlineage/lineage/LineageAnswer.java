package org.planlineage.lineage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code lineage} answer as the tests read it (documents {@code graphql-test/lineage*.graphql}), with the three
 * views the assertions compare: hop counts by id, edges as "from RELATION to", paths as "a -RELATION-> b".
 */
record LineageAnswer(boolean truncated, Node root, List<Node> nodes, List<Edge> edges, List<Path> paths) {

    record Node(int degree, Id node) {}

    record Id(String id) {}

    record Edge(String from, String relation, String to, List<Provenance> provenance) {}

    record Provenance(Key document, String locator, String quote) {}

    record Key(String key) {}

    record Path(List<Step> steps) {}

    record Step(String relation, Id node) {}

    /** Hop count by node id, in the answer's order. */
    Map<String, Integer> degrees() {
        var result = new LinkedHashMap<String, Integer>();
        nodes.forEach(n -> result.put(n.node().id(), n.degree()));
        return result;
    }

    /** Each edge as "from RELATION to". */
    List<String> edgeLines() {
        return edges.stream()
                .map(e -> e.from() + " " + e.relation() + " " + e.to())
                .toList();
    }

    /** Each path as "root -RELATION-> node -RELATION-> ...". */
    List<String> pathLines() {
        return paths.stream()
                .map(p -> {
                    var out = new StringBuilder();
                    for (Step step : p.steps()) {
                        out.append(
                                step.relation() == null
                                        ? step.node().id()
                                        : " -" + step.relation() + "-> "
                                                + step.node().id());
                    }
                    return out.toString();
                })
                .toList();
    }
}
