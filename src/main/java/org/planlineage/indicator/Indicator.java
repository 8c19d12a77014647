package org.planlineage.indicator;

import java.util.Map;
import org.planlineage.graphql.GlobalId;

/** The concept several plan items set. */
public record Indicator(String key, String name, String pillar, String unit, String note) {

    public String id() {
        return GlobalId.of("Indicator", key);
    }

    static Indicator fromMap(Map<String, Object> m) {
        return new Indicator(
                (String) m.get("key"),
                (String) m.get("name"),
                (String) m.get("pillar"),
                (String) m.get("unit"),
                (String) m.get("note"));
    }
}
