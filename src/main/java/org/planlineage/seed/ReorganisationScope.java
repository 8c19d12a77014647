package org.planlineage.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.planlineage.ingest.Clause;
import org.planlineage.ingest.Predecessor;
import org.planlineage.ingest.ReorganisationReading;

/**
 * Which clauses of a reorganisation resolution the seed records, and which namings of a unit in its clauses are the
 * same unit. Pure logic over what the text reader read. The rule (graph-seed/README.md, "Successions"):
 *
 * <ol>
 *   <li>a clause is recorded when it names a unit the graph knows (the curated mapping names it), or when the text
 *       places one of its units in a district-level unit the mapping knows ("Phường 5 (thành phố Vĩnh Long)", "xã An
 *       Phước (huyện Mang Thít)");
 *   <li>a clause that takes the rest of a unit ("phần còn lại của thị trấn Trà Ôn sau khi sắp xếp theo quy định tại
 *       khoản 16") and the clause it refers to are recorded together, so that a unit passed in parts is recorded
 *       with every one of its successors.
 * </ol>
 *
 * Units the text does not place and the graph does not know (the former Bến Tre and Trà Vinh provinces' units, and
 * those of the former Vĩnh Long province that no clause places) are not recorded.
 */
final class ReorganisationScope {

    /** The {@code index}-th predecessor (from 0) of clause {@code clause}: one place where a text names a unit. */
    record Naming(int clause, int index) {}

    private ReorganisationScope() {}

    /**
     * The numbers of the clauses to record, in order.
     *
     * @param known         whether a predecessor's naming is a unit the graph knows
     * @param knownLocality whether a locality the text writes in parentheses is a district-level unit the graph knows
     */
    static SortedSet<Integer> recorded(
            ReorganisationReading reading, Predicate<Naming> known, Predicate<String> knownLocality) {
        var recorded = new TreeSet<Integer>();
        for (Clause c : reading.reorganisations()) {
            List<Predecessor> units = c.predecessors();
            boolean named = false;
            for (int i = 0; i < units.size(); i++) {
                String locality = units.get(i).unit().locality();
                named |= known.test(new Naming(c.number(), i)) || (locality != null && knownLocality.test(locality));
            }
            if (named) {
                recorded.add(c.number());
            }
        }
        // a rest and the part it is the rest of go together, until nothing more joins
        boolean grown = true;
        while (grown) {
            grown = false;
            for (int[] link : remainderLinks(reading)) {
                if (recorded.contains(link[0]) != recorded.contains(link[1])) {
                    recorded.add(link[0]);
                    recorded.add(link[1]);
                    grown = true;
                }
            }
        }
        return recorded;
    }

    /**
     * Where a unit is first named: a rest ("phần còn lại của xã Ngãi Tứ ... khoản 22") is the unit clause 22 takes a
     * part of, under the same name; any other naming is its own. Null when the clause referred to names no part of a
     * unit of that name (the text does not add up).
     */
    static Naming origin(ReorganisationReading reading, Naming naming) {
        Naming at = naming;
        for (int hops = 0; hops < reading.clauses().size(); hops++) {
            Predecessor p = predecessor(reading, at);
            if (p.share() != Predecessor.Share.REMAINDER) {
                return at;
            }
            Clause earlier = reading.clause(p.remainderOfClause());
            if (earlier == null) {
                return null;
            }
            int found = -1;
            for (int i = 0; i < earlier.predecessors().size(); i++) {
                Predecessor q = earlier.predecessors().get(i);
                if (q.share() != Predecessor.Share.WHOLE
                        && q.unit().fullName().equals(p.unit().fullName())) {
                    found = i;
                }
            }
            if (found < 0) {
                return null;
            }
            at = new Naming(earlier.number(), found);
        }
        return null;
    }

    static Predecessor predecessor(ReorganisationReading reading, Naming naming) {
        return reading.clause(naming.clause()).predecessors().get(naming.index());
    }

    /** Pairs of clause numbers: a clause taking the rest of a unit, and the clause it names. */
    private static List<int[]> remainderLinks(ReorganisationReading reading) {
        var links = new ArrayList<int[]>();
        for (Clause c : reading.reorganisations()) {
            for (Predecessor p : c.predecessors()) {
                if (p.share() == Predecessor.Share.REMAINDER && p.remainderOfClause() != null) {
                    links.add(new int[] {c.number(), p.remainderOfClause()});
                }
            }
        }
        return links;
    }
}
