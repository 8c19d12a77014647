package org.planlineage.indicator;

import org.neo4j.driver.Value;
import org.planlineage.graph.Decoding;
import org.planlineage.graph.Node;
import org.planlineage.graph.NodeType;

/** The concept several plan items set. */
public record Indicator(String key, String name, Pillar pillar, TargetUnit unit, String note) implements Node {

    /** The properties an indicator is served with, as a map projection of {@code i}; never its search text. */
    public static final String PROJECTION = projection("i");

    /** {@link #PROJECTION} of an indicator bound to another variable. */
    public static String projection(String i) {
        return "%1$s {.key, .name, .pillar, .unit, .note}".formatted(i);
    }

    @Override
    public String id() {
        return globalId().toString();
    }

    @Override
    public NodeType nodeType() {
        return NodeType.INDICATOR;
    }

    /** From {@link #PROJECTION}. */
    static Indicator from(Value i) {
        return new Indicator(
                i.get("key").asString(),
                i.get("name").asString(),
                Decoding.enumValue(Pillar.class, i.get("pillar")),
                Decoding.enumValue(TargetUnit.class, i.get("unit")),
                i.get("note").asString(null));
    }
}
