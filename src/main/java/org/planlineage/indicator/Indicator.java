package org.planlineage.indicator;

import org.neo4j.driver.Value;
import org.planlineage.graph.Decoding;
import org.planlineage.graphql.GlobalId;

/** The concept several plan items set. */
public record Indicator(String key, String name, Pillar pillar, TargetUnit unit, String note) {

    public String id() {
        return GlobalId.of("Indicator", key);
    }

    /** From the indicator's properties. */
    static Indicator from(Value i) {
        return new Indicator(
                i.get("key").asString(),
                i.get("name").asString(),
                Decoding.enumValue(Pillar.class, i.get("pillar")),
                Decoding.enumValue(TargetUnit.class, i.get("unit")),
                i.get("note").asString(null));
    }
}
