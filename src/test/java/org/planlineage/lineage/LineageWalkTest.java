package org.planlineage.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planlineage.lineage.Hops.doc;
import static org.planlineage.lineage.Hops.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.graph.GlobalId;

/** The breadth-first walk and its bounds, without Spring or a database. */
class LineageWalkTest {

    private static final String[] DIAMOND = {
        "a LEGAL_BASIS b", "a LEGAL_BASIS c", "b IMPLEMENTS d", "c IMPLEMENTS d", "d LEGAL_BASIS e"
    };

    @Test
    void eachNodeIsKeptOnceAtItsSmallestHopCountAndEachEdgeOnce() {
        var walked = LineageWalk.walk(doc("a"), 10, 100, graph(DIAMOND));
        assertThat(degrees(walked))
                .containsExactly(entry("a", 0), entry("b", 1), entry("c", 1), entry("d", 2), entry("e", 3));
        assertThat(edges(walked))
                .containsExactly(
                        "Document:a LEGAL_BASIS Document:b",
                        "Document:a LEGAL_BASIS Document:c",
                        "Document:b IMPLEMENTS Document:d",
                        "Document:c IMPLEMENTS Document:d",
                        "Document:d LEGAL_BASIS Document:e");
        assertThat(walked.truncated()).isFalse();
    }

    @Test
    void aCycleEndsWhereItWouldRepeatAndKeepsBothEdges() {
        var walked = LineageWalk.walk(doc("a"), 10, 100, graph("a LEGAL_BASIS b", "b LEGAL_BASIS a"));
        assertThat(degrees(walked)).containsExactly(entry("a", 0), entry("b", 1));
        assertThat(edges(walked))
                .containsExactly("Document:a LEGAL_BASIS Document:b", "Document:b LEGAL_BASIS Document:a");
        assertThat(walked.truncated()).isFalse();
    }

    @Test
    void aDepthCutLooksOneHopFurtherToSayWhetherItHidAnything() {
        var cut = LineageWalk.walk(doc("a"), 2, 100, graph(DIAMOND));
        assertThat(degrees(cut).values()).allMatch(d -> d <= 2);
        assertThat(cut.truncated()).isTrue();
        assertThat(LineageWalk.walk(doc("a"), 3, 100, graph(DIAMOND)).truncated())
                .isFalse();
    }

    @Test
    void aWalkCostsOneStatementPerHopAndOneLookPastTheDepth() {
        var frontiers = new ArrayList<List<GlobalId>>();
        var expand = graph(DIAMOND);
        LineageWalk.walk(doc("a"), 2, 100, frontier -> {
            frontiers.add(frontier);
            return expand.apply(frontier);
        });
        assertThat(frontiers).containsExactly(List.of(doc("a")), List.of(doc("b"), doc("c")), List.of(doc("d")));
    }

    @Test
    void theNodeBoundCutsTheWalkAndSaysTruncated() {
        var walked = LineageWalk.walk(doc("a"), 10, 2, graph(DIAMOND));
        assertThat(degrees(walked)).containsExactly(entry("a", 0), entry("b", 1));
        assertThat(edges(walked)).containsExactly("Document:a LEGAL_BASIS Document:b");
        assertThat(walked.truncated()).isTrue();
    }

    @Test
    void twoHopsThatAreTheSameEdgeKeepTheFirstMetAndBothStayFollowedForThePaths() {
        var first = Hops.hop("a LEGAL_BASIS b");
        var second = Hops.hop("a LEGAL_BASIS b");
        var other = Hops.hop("a IMPLEMENTS b");
        var walked = LineageWalk.walk(
                doc("a"), 10, 100, frontier -> frontier.contains(doc("a")) ? List.of(first, other, second) : List.of());
        assertThat(walked.edges()).hasSize(2);
        assertThat(walked.edges().get(0)).isSameAs(other);
        assertThat(walked.edges().get(1)).isSameAs(first);
        assertThat(walked.children().get(doc("a"))).containsExactly(first, other, second);
        assertThat(walked.followed().get(2)).isSameAs(second);
    }

    private static Map.Entry<String, Integer> entry(String key, int degree) {
        return Map.entry(key, degree);
    }

    private static Map<String, Integer> degrees(LineageWalk.Result walked) {
        var result = new java.util.LinkedHashMap<String, Integer>();
        walked.degrees().forEach((id, degree) -> result.put(id.key(), degree));
        return result;
    }

    private static List<String> edges(LineageWalk.Result walked) {
        return walked.edges().stream()
                .map(h -> h.from() + " " + h.relation() + " " + h.to())
                .toList();
    }
}
