package org.planlineage.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.planlineage.graph.GlobalId;
import org.planlineage.graph.NodeType;
import org.planlineage.graph.Relation;

/** The search of {@code relation} on small graphs, one per shape, without Spring or a database. */
class RelationSearchTest {

    /** Relationships in their own direction: from the derived document to its base. */
    private final List<RelationQueries.Link> graph = new ArrayList<>();

    private final AtomicInteger statements = new AtomicInteger();

    @Test
    void aChainIsFoundWithEachLinkInItsOwnDirection() {
        link("b", Relation.IMPLEMENTS, "a");
        link("b", Relation.LEGAL_BASIS, "c");
        var result = search("a", "c", 5);
        assertThat(lines(result)).containsExactly("a <-IMPLEMENTS- b -LEGAL_BASIS-> c");
        assertThat(result.cut()).isFalse();
        assertThat(statements.get()).isEqualTo(2);
    }

    @Test
    void aDiamondGivesBothShortestChainsAndNotTheLongerOne() {
        link("a", Relation.LEGAL_BASIS, "b");
        link("a", Relation.LEGAL_BASIS, "c");
        link("b", Relation.IMPLEMENTS, "d");
        link("c", Relation.IMPLEMENTS, "d");
        link("a", Relation.CITES, "e");
        link("e", Relation.CITES, "f");
        link("f", Relation.CITES, "d");
        assertThat(lines(search("a", "d", 5)))
                .containsExactly("a -LEGAL_BASIS-> b -IMPLEMENTS-> d", "a -LEGAL_BASIS-> c -IMPLEMENTS-> d");
    }

    @Test
    void twoRelationsBetweenTheSameDocumentsAreOneChainWithTwoLinks() {
        link("a", Relation.IMPLEMENTS, "b");
        link("a", Relation.LEGAL_BASIS, "b");
        var paths = search("a", "b", 3).paths();
        assertThat(paths).hasSize(2);
        var chains = Chains.fold(paths);
        assertThat(chains).singleElement().satisfies(c -> {
            assertThat(c.nodes()).containsExactly(id("a"), id("b"));
            assertThat(c.steps().get(0).stream().map(RelationQueries.Link::relation))
                    .containsExactly(Relation.LEGAL_BASIS, Relation.IMPLEMENTS);
        });
    }

    @Test
    void noChainWithinTheDepthIsNoneAndNotACut() {
        link("a", Relation.LEGAL_BASIS, "b");
        link("b", Relation.LEGAL_BASIS, "c");
        link("c", Relation.LEGAL_BASIS, "d");
        var result = search("a", "d", 2);
        assertThat(result.paths()).isEmpty();
        assertThat(result.cut()).isFalse();
        assertThat(lines(search("a", "d", 3))).containsExactly("a -LEGAL_BASIS-> b -LEGAL_BASIS-> c -LEGAL_BASIS-> d");
    }

    @Test
    void aCycleDoesNotRepeatAndTwoSeparateStoriesDoNotMeet() {
        link("a", Relation.LEGAL_BASIS, "b");
        link("b", Relation.LEGAL_BASIS, "a");
        link("x", Relation.LEGAL_BASIS, "y");
        assertThat(lines(search("a", "b", 5))).containsExactly("a -LEGAL_BASIS-> b", "a <-LEGAL_BASIS- b");
        var apart = search("a", "y", 10);
        assertThat(apart.paths()).isEmpty();
        assertThat(apart.cut()).isFalse();
    }

    @Test
    void aSearchThatReachesTheNodeBoundStopsAndSaysSo() {
        for (int i = 0; i < 50; i++) {
            link("doc" + i, Relation.LEGAL_BASIS, "law");
        }
        link("z", Relation.LEGAL_BASIS, "y");
        var result = RelationSearch.search(id("law"), id("z"), 10, this::hops, 20, 100);
        assertThat(result.paths()).isEmpty();
        assertThat(result.cut()).isTrue();
    }

    @Test
    void theSmallerFrontierIsExpandedFirst() {
        // the hub has many neighbours; the search grows from the quiet end until the two meet
        for (int i = 0; i < 30; i++) {
            link("doc" + i, Relation.LEGAL_BASIS, "hub");
        }
        link("doc7", Relation.CITES, "quiet");
        assertThat(lines(search("hub", "quiet", 4))).containsExactly("hub <-LEGAL_BASIS- doc7 -CITES-> quiet");
    }

    private RelationSearch.Result search(String a, String b, int depth) {
        return RelationSearch.search(id(a), id(b), depth, this::hops, 1000, 100);
    }

    private List<RelationQueries.Hop> hops(Collection<GlobalId> frontier, int limit) {
        statements.incrementAndGet();
        var hops = new ArrayList<RelationQueries.Hop>();
        for (GlobalId node : frontier) {
            for (RelationQueries.Link l : graph) {
                if (l.from().equals(node)) {
                    hops.add(new RelationQueries.Hop(node, l.to(), l));
                } else if (l.to().equals(node)) {
                    hops.add(new RelationQueries.Hop(node, l.from(), l));
                }
            }
        }
        return hops.stream().limit(limit).toList();
    }

    private void link(String from, Relation relation, String to) {
        graph.add(new RelationQueries.Link(relation, id(from), id(to), List.of()));
    }

    private static GlobalId id(String key) {
        return NodeType.DOCUMENT.id(key);
    }

    /** Each path as "a -REL-> b <-REL- c": the arrow points the way the relation does. */
    private static List<String> lines(RelationSearch.Result result) {
        return result.paths().stream()
                .map(p -> {
                    var s = new StringBuilder(p.nodes().get(0).key());
                    for (int i = 0; i < p.links().size(); i++) {
                        var l = p.links().get(i);
                        boolean along = l.from().equals(p.nodes().get(i));
                        s.append(along ? " -" : " <-")
                                .append(l.relation())
                                .append(along ? "-> " : "- ")
                                .append(p.nodes().get(i + 1).key());
                    }
                    return s.toString();
                })
                .sorted()
                .toList();
    }
}
