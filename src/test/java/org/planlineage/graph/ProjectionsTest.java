package org.planlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.planlineage.agency.Agency;
import org.planlineage.document.Document;
import org.planlineage.document.Provenance;
import org.planlineage.indicator.Indicator;
import org.planlineage.indicator.PlanItem;
import org.planlineage.indicator.Target;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reads name the properties they serve instead of reading every property of a node; this keeps the names complete:
 * every property the seed stores on a node of the API's kinds is either in that kind's projection or known not to be
 * served (search text, folded number, seed version, fields no record reads) or provenance, read only when selected
 * through {@link Provenance#PROPERTIES}. A new property the loader writes fails here until it is served or listed.
 */
@SeededGraphTest
class ProjectionsTest {

    /**
     * Stored for queries and bookkeeping, never served as a field of the node; a row's unresolved words are read by
     * the UNRESOLVED_ASSIGNMENT rule and served as findings.
     */
    private static final Set<String> NOT_SERVED = Set.of(
            "searchText",
            "numberFolded",
            "seedVersion",
            "subsection",
            "curated",
            "leadUnresolved",
            "cooperatingUnresolved",
            "unresolvedAssignment");

    private static final Pattern PROPERTY = Pattern.compile("\\.(\\w+)");

    @Autowired
    GraphReads reads;

    @Test
    void everyStoredPropertyIsServedOrKnownNotToBe() {
        var projections = Map.of(
                "Document", Document.PROJECTION,
                "PlanItem", PlanItem.PROJECTION,
                "Agency", Agency.PROJECTION,
                "Indicator", Indicator.PROJECTION,
                // a target is known by its row and year, not by its key; its kind is the relation that holds it
                "Target", Target.PROJECTION + " .key .kind");
        projections.forEach((label, projection) -> {
            var stored =
                    new TreeSet<>(reads.query("MATCH (n:%s) UNWIND keys(n) AS k RETURN DISTINCT k".formatted(label))
                            .list(r -> r.get("k").asString()));
            assertThat(stored).as(label + " nodes in the seeded graph").isNotEmpty();
            var served =
                    PROPERTY.matcher(projection).results().map(m -> m.group(1)).toList();
            stored.removeAll(served);
            stored.removeAll(NOT_SERVED);
            // provenance: read only when selected, by its own projection
            stored.removeAll(PROPERTY.matcher(Provenance.PROPERTIES)
                    .results()
                    .map(m -> m.group(1))
                    .toList());
            assertThat(stored)
                    .as(
                            "properties of %s nodes that no projection serves: add them to its PROJECTION or to "
                                    + "NOT_SERVED here",
                            label)
                    .isEmpty();
        });
    }
}
