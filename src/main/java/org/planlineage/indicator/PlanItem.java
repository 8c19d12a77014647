package org.planlineage.indicator;

import org.neo4j.driver.Value;
import org.planlineage.graph.Decoding;
import org.planlineage.graph.Node;
import org.planlineage.graph.NodeType;

/** A row of a target or budget table; its targets, units and legal basis are resolved in batches. */
public record PlanItem(
        String key,
        String documentKey,
        String ref,
        String number,
        int position,
        String text,
        PlanItemKind kind,
        Pillar pillar,
        String section,
        String leadRaw,
        String cooperatingRaw,
        String legalBasisRaw,
        String note,
        String doubt)
        implements Node {

    /**
     * The properties a row is served with, as a map projection of {@code p} set in the document {@code d}; never its
     * search text or provenance (loaded only when selected).
     */
    public static final String PROJECTION = projection("p", "d");

    /** {@link #PROJECTION} of a row bound to another variable, set in the document bound to {@code d}. */
    public static String projection(String p, String d) {
        return ("%1$s {.key, .ref, .number, .position, .text, .kind, .pillar, .section, .leadRaw, .cooperatingRaw,"
                        + " .legalBasisRaw, .note, .doubt, documentKey: %2$s.key}")
                .formatted(p, d);
    }

    /**
     * A row read as its key, its document's key and its position only, none of its other properties (null here): only
     * handed out where the request was checked to select nothing else of it ({@link ComparisonSelection}).
     */
    static PlanItem keyed(String key, String documentKey, int position) {
        return new PlanItem(
                key, documentKey, null, null, position, null, null, null, null, null, null, null, null, null);
    }

    @Override
    public String id() {
        return globalId().toString();
    }

    @Override
    public NodeType nodeType() {
        return NodeType.PLAN_ITEM;
    }

    /** From {@link #PROJECTION}. */
    static PlanItem from(Value p) {
        return new PlanItem(
                p.get("key").asString(),
                p.get("documentKey").asString(),
                p.get("ref").asString(),
                p.get("number").asString(null),
                p.get("position").asInt(),
                p.get("text").asString(),
                Decoding.enumValue(PlanItemKind.class, p.get("kind")),
                Decoding.enumValue(Pillar.class, p.get("pillar")),
                p.get("section").asString(null),
                p.get("leadRaw").asString(null),
                p.get("cooperatingRaw").asString(null),
                p.get("legalBasisRaw").asString(null),
                p.get("note").asString(null),
                p.get("doubt").asString(null));
    }
}
