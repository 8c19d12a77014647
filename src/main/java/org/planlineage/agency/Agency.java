package org.planlineage.agency;

import java.util.List;
import java.util.Map;
import org.planlineage.document.Provenance;
import org.planlineage.graphql.GlobalId;

/** An agency (unit) as the API serves it. */
public record Agency(
        String key,
        String name,
        List<String> aliases,
        String kind,
        String level,
        String parentKey,
        String doubt,
        List<Provenance> provenance) {

    public String id() {
        return GlobalId.of("Agency", key);
    }

    @SuppressWarnings("unchecked")
    static Agency fromMap(Map<String, Object> m) {
        return new Agency(
                (String) m.get("key"),
                (String) m.get("name"),
                (List<String>) m.get("aliases"),
                (String) m.get("kind"),
                (String) m.get("level"),
                (String) m.get("parentKey"),
                (String) m.get("doubt"),
                Provenance.fromProperties(m));
    }
}
