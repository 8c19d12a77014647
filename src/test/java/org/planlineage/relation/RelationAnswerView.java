package org.planlineage.relation;

import java.util.List;

/** A {@code relation} answer as relation.graphql selects it, read into records for assertions. */
record RelationAnswerView(Integer length, boolean truncated, String summary, List<Chain> chains) {

    record Id(String id) {}

    record Provenance(String locator) {}

    record Link(String relation, String direction, String statement, List<Provenance> provenance) {}

    record Step(Id from, Id to, List<Link> links) {}

    record Chain(List<Id> nodes, List<Step> steps, String summary) {

        /** "RELATION DIRECTION first locator", for every link of every step in order. */
        List<String> links() {
            return steps.stream()
                    .flatMap(s -> s.links().stream())
                    .map(l -> l.relation() + " " + l.direction() + " "
                            + (l.provenance().isEmpty()
                                    ? "-"
                                    : l.provenance().get(0).locator()))
                    .toList();
        }
    }

    /** Each chain's node ids, space-separated. */
    List<String> chainNodes() {
        return chains.stream()
                .map(c -> String.join(" ", c.nodes().stream().map(Id::id).toList()))
                .toList();
    }
}
