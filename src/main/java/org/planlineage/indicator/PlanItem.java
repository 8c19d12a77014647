package org.planlineage.indicator;

import java.util.List;
import java.util.Map;
import org.planlineage.document.Provenance;
import org.planlineage.graphql.GlobalId;

/** A row of a target or budget table; its targets, units and legal basis are resolved in batches. */
public record PlanItem(
        String key,
        String documentKey,
        String ref,
        String number,
        int position,
        String text,
        String kind,
        String pillar,
        String section,
        String leadRaw,
        String cooperatingRaw,
        String legalBasisRaw,
        String note,
        String doubt,
        List<Provenance> provenance) {

    public String id() {
        return GlobalId.of("PlanItem", key);
    }

    /** From a map projection {@code p {.*, documentKey: ...}}. */
    public static PlanItem fromMap(Map<String, Object> m) {
        return new PlanItem(
                (String) m.get("key"),
                (String) m.get("documentKey"),
                (String) m.get("ref"),
                (String) m.get("number"),
                ((Number) m.get("position")).intValue(),
                (String) m.get("text"),
                (String) m.get("kind"),
                (String) m.get("pillar"),
                (String) m.get("section"),
                (String) m.get("leadRaw"),
                (String) m.get("cooperatingRaw"),
                (String) m.get("legalBasisRaw"),
                (String) m.get("note"),
                (String) m.get("doubt"),
                Provenance.fromProperties(m));
    }
}
