package org.planlineage.agency;

import java.util.List;
import org.neo4j.driver.Value;
import org.planlineage.document.Provenance;
import org.planlineage.graph.Decoding;
import org.planlineage.graphql.GlobalId;

/** An agency (unit) as the API serves it. */
public record Agency(
        String key,
        String name,
        List<String> aliases,
        AgencyKind kind,
        AdminLevel level,
        String parentKey,
        String doubt,
        List<Provenance> provenance) {

    public String id() {
        return GlobalId.of("Agency", key);
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
                Provenance.from(a));
    }
}
