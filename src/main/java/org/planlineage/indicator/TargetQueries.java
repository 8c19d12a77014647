package org.planlineage.indicator;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.planlineage.graph.GraphReads;
import org.springframework.stereotype.Repository;

/** Cypher for the targets and the results of plan items, for a whole batch of items in one statement. */
@Repository
public class TargetQueries {

    private final GraphReads reads;

    TargetQueries(GraphReads reads) {
        this.reads = reads;
    }

    /** The targets per item key, in year order. */
    public Map<String, List<Target>> targets(Collection<String> itemKeys) {
        return values(itemKeys, "HAS_TARGET");
    }

    /** The reported results per item key, in year order. */
    public Map<String, List<Target>> results(Collection<String> itemKeys) {
        return values(itemKeys, "HAS_RESULT");
    }

    private Map<String, List<Target>> values(Collection<String> itemKeys, String relationship) {
        var byItem = PlanItemQueries.emptyLists(itemKeys, Target.class);
        reads.query("""
                        MATCH (p:PlanItem)-[r:HAS_TARGET|HAS_RESULT]->(t:Target)
                        WHERE p.key IN $keys AND type(r) = $type
                        RETURN p.key AS item, %s AS t ORDER BY item, t.year
                        """.formatted(Target.PROJECTION))
                .bind("keys", List.copyOf(itemKeys))
                .bind("type", relationship)
                .list(r -> Target.from(r.get("item").asString(), r.get("t")))
                .forEach(t -> byItem.get(t.itemKey()).add(t));
        return byItem;
    }
}
