package org.planlineage.lineage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planlineage.lineage.Hops.children;
import static org.planlineage.lineage.Hops.doc;
import static org.planlineage.lineage.Hops.written;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.graph.GlobalId;

/** The enumeration of paths, one test per graph shape, without Spring or a database. */
class LineagePathsTest {

    private static final GlobalId ROOT = doc("a");

    @Test
    void aChainIsOnePathFromTheRootToTheTop() {
        var result = enumerate(children("a LEGAL_BASIS b", "b IMPLEMENTS c", "c LEGAL_BASIS d"), 10);
        assertThat(written(result)).containsExactly("a -LEGAL_BASIS-> b -IMPLEMENTS-> c -LEGAL_BASIS-> d");
        assertThat(result.complete()).isTrue();
    }

    @Test
    void aDiamondIsTwoPathsThroughItsTwoSidesToItsTopOnce() {
        var result = enumerate(
                children("a LEGAL_BASIS c", "a LEGAL_BASIS b", "b IMPLEMENTS d", "c IMPLEMENTS d", "d LEGAL_BASIS e"),
                10);
        assertThat(written(result))
                .containsExactly(
                        "a -LEGAL_BASIS-> b -IMPLEMENTS-> d -LEGAL_BASIS-> e",
                        "a -LEGAL_BASIS-> c -IMPLEMENTS-> d -LEGAL_BASIS-> e");
    }

    @Test
    void twoRelationsToTheSameNodeAreTwoPathsOrderedByRelation() {
        var result = enumerate(children("a SET_IN b", "a LEGAL_BASIS b"), 10);
        assertThat(written(result)).containsExactly("a -LEGAL_BASIS-> b", "a -SET_IN-> b");
    }

    @Test
    void aCycleEndsWhereItWouldRepeat() {
        var result = enumerate(children("a LEGAL_BASIS b", "b LEGAL_BASIS a"), 10);
        assertThat(written(result)).containsExactly("a -LEGAL_BASIS-> b");
        assertThat(result.complete()).isTrue();
    }

    @Test
    void anOrphanIsItsOwnPath() {
        var result = enumerate(Map.of(), 10);
        assertThat(written(result)).containsExactly("a");
    }

    @Test
    void maxPathsCutsTheListingAndSaysSo() {
        var fan = children("a CITES b", "a CITES c", "a CITES d");
        var cut = enumerate(fan, 2);
        assertThat(written(cut)).containsExactly("a -CITES-> b", "a -CITES-> c");
        assertThat(cut.complete()).isFalse();
        assertThat(enumerate(fan, 3).complete()).isTrue();
    }

    @Test
    void aNodeOutsideTheLineageIsNotEntered() {
        var result = LineagePaths.enumerate(
                ROOT, children("a LEGAL_BASIS b", "a LEGAL_BASIS c"), id -> !id.equals(doc("c")), 10);
        assertThat(written(result)).containsExactly("a -LEGAL_BASIS-> b");
    }

    private static LineagePaths.Result enumerate(Map<GlobalId, List<Hop>> children, int maxPaths) {
        return LineagePaths.enumerate(ROOT, children, id -> true, maxPaths);
    }

    private static List<String> written(LineagePaths.Result result) {
        return result.paths().stream().map(p -> Hops.written(ROOT, p)).toList();
    }
}
