package org.planlineage.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.planlineage.graph.NodeType;
import org.planlineage.graph.Relation;

/**
 * The order of texts compared piece by piece ({@link TextOrder}) and the edges' order built on it ({@link
 * Hop#EDGE_ORDER}) are exactly those of the joined text, without Spring or a database.
 */
class TextOrderTest {

    @Test
    void piecesCompareAsTheirJoinedTextIncludingPrefixesEmptyPiecesAndCharactersBelowTheSpace() {
        var random = new Random(12);
        String alphabet = "ab :-\u0001zĐđ";
        int equal = 0;
        for (int i = 0; i < 20_000; i++) {
            var a = pieces(random, alphabet);
            // a quarter of the time the same text cut into other pieces
            var b = random.nextInt(4) == 0 ? cut(random, String.join("", a)) : pieces(random, alphabet);
            int expected = Integer.signum(String.join("", a).compareTo(String.join("", b)));
            int found = Integer.signum(TextOrder.compare(a, b, List::get, PIECES));
            assertThat(found).as("%s against %s", a, b).isEqualTo(expected);
            equal += expected == 0 ? 1 : 0;
        }
        // the equal texts were tried too, not only texts that differ early
        assertThat(equal).isGreaterThan(4_000);
    }

    @Test
    void edgesAreOrderedAsTheTextOfTheirKeys() {
        // keys that share prefixes and hold the characters the texts are joined with
        var keys = List.of("742-qd-ubnd-2023", "742-qd-ubnd-2023:12", "742-qd-ubnd-2023:1", "742", "a b", "a", "a:b");
        var hops = new ArrayList<Hop>();
        for (NodeType fromType : List.of(NodeType.DOCUMENT, NodeType.PLAN_ITEM, NodeType.AGENCY)) {
            for (String from : keys) {
                for (Relation relation : List.of(Relation.LEAD, Relation.LEGAL_BASIS, Relation.SET_IN)) {
                    for (String to : keys) {
                        hops.add(new Hop(
                                fromType.id(from),
                                NodeType.AGENCY.id(to),
                                fromType.id(from),
                                NodeType.AGENCY.id(to),
                                relation,
                                List.of()));
                    }
                }
            }
        }
        java.util.Collections.shuffle(hops, new Random(7));
        var byText = hops.stream().map(TextOrderTest::text).sorted().toList();
        hops.sort(Hop.EDGE_ORDER);
        assertThat(hops.stream().map(TextOrderTest::text).toList()).isEqualTo(byText);
    }

    private static String text(Hop h) {
        return h.from() + " " + h.relation().name() + " " + h.to();
    }

    private static final int PIECES = 4;

    private static List<String> pieces(Random random, String alphabet) {
        var pieces = new ArrayList<String>();
        for (int p = 0; p < PIECES; p++) {
            var piece = new StringBuilder();
            int length = random.nextInt(4);
            for (int c = 0; c < length; c++) {
                piece.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /** The text in {@link #PIECES} pieces, cut at random places (pieces may be empty). */
    private static List<String> cut(Random random, String text) {
        var at = new ArrayList<Integer>(List.of(0, text.length()));
        for (int p = 1; p < PIECES; p++) {
            at.add(random.nextInt(text.length() + 1));
        }
        at.sort(null);
        var pieces = new ArrayList<String>();
        for (int p = 0; p < PIECES; p++) {
            pieces.add(text.substring(at.get(p), at.get(p + 1)));
        }
        return pieces;
    }
}
