package org.planlineage.agency;

import java.util.List;
import org.neo4j.driver.Value;
import org.planlineage.graph.Decoding;
import org.planlineage.graph.Node;
import org.planlineage.graph.NodeType;
import org.planlineage.ingest.UnitKind;

/**
 * An agency (unit) as the API serves it; {@code successionNote} ("nay là ...", "trước là ...") is what a search hit
 * shows of its successions.
 */
public record Agency(
        String key,
        String name,
        List<String> aliases,
        AgencyKind kind,
        AdminLevel level,
        String parentKey,
        String doubt,
        UnitKind unitKind,
        String successionNote)
        implements Node {

    /**
     * The properties a unit is served with, as a map projection of {@code a}; never its search text or provenance
     * (loaded only when selected).
     */
    public static final String PROJECTION = projection("a");

    /** {@link #PROJECTION} of a unit bound to another variable. */
    public static String projection(String a) {
        return ("%1$s {.key, .name, .aliases, .kind, .level, .doubt, .unitKind, .successionNote,"
                        + " parentKey: [(%1$s)-[:PART_OF]->(parentUnit:Agency) | parentUnit.key][0]}")
                .formatted(a);
    }

    @Override
    public String id() {
        return globalId().toString();
    }

    @Override
    public NodeType nodeType() {
        return NodeType.AGENCY;
    }

    /** From {@link #PROJECTION}. */
    public static Agency from(Value a) {
        return new Agency(
                a.get("key").asString(),
                a.get("name").asString(),
                a.get("aliases").asList(Value::asString, List.of()),
                Decoding.enumValue(AgencyKind.class, a.get("kind")),
                Decoding.enumValue(AdminLevel.class, a.get("level")),
                a.get("parentKey").asString(null),
                a.get("doubt").asString(null),
                Decoding.enumValue(UnitKind.class, a.get("unitKind")),
                a.get("successionNote").asString(null));
    }
}
