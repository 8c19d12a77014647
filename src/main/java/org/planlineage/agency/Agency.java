package org.planlineage.agency;

import java.util.List;
import org.neo4j.driver.Value;
import org.planlineage.document.Provenance;
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
        List<Provenance> provenance,
        UnitKind unitKind,
        String successionNote)
        implements Node {

    @Override
    public String id() {
        return globalId().toString();
    }

    @Override
    public NodeType nodeType() {
        return NodeType.AGENCY;
    }

    /** From a map projection {@code a {.*, parentKey: ...}}. */
    static Agency from(Value a) {
        return new Agency(
                a.get("key").asString(),
                a.get("name").asString(),
                a.get("aliases").asList(Value::asString, List.of()),
                Decoding.enumValue(AgencyKind.class, a.get("kind")),
                Decoding.enumValue(AdminLevel.class, a.get("level")),
                a.get("parentKey").asString(null),
                a.get("doubt").asString(null),
                Provenance.from(a),
                Decoding.enumValue(UnitKind.class, a.get("unitKind")),
                a.get("successionNote").asString(null));
    }
}
