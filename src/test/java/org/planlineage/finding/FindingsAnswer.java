package org.planlineage.finding;

import java.util.List;

/** A {@code findings} answer as findings.graphql selects it, read into records for assertions. */
record FindingsAnswer(int totalCount, List<Count> counts, PageInfo pageInfo, List<Edge> edges, List<Node> nodes) {

    record Count(String kind, int count) {}

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {}

    record Edge(String cursor) {}

    record Key(String key) {}

    record Provenance(Key document, String locator, String quote, String lines) {}

    record Node(
            String id,
            String kind,
            String severity,
            String explanation,
            Integer year,
            String level,
            boolean strictnessOnly,
            Key document,
            List<Key> documents,
            List<Key> items,
            List<Key> agencies,
            Key indicator,
            List<Provenance> provenance) {

        List<String> itemKeys() {
            return items.stream().map(Key::key).toList();
        }

        List<String> documentKeys() {
            return documents.stream().map(Key::key).toList();
        }

        List<String> agencyKeys() {
            return agencies.stream().map(Key::key).toList();
        }

        /** The lines of the first fact it rests on (a row's lines, for the kinds about rows). */
        String firstLines() {
            return provenance.get(0).lines();
        }

        /** "document locator lines", one per provenance. */
        List<String> where() {
            return provenance.stream()
                    .map(p -> p.document().key() + " " + p.locator() + " " + p.lines())
                    .toList();
        }
    }

    List<String> ids() {
        return nodes.stream().map(Node::id).toList();
    }

    Node node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
    }

    /** "KIND=count" for every kind, in order. */
    List<String> countLines() {
        return counts.stream().map(c -> c.kind() + "=" + c.count()).toList();
    }
}
