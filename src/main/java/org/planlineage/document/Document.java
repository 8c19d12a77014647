package org.planlineage.document;

import java.time.LocalDate;
import org.neo4j.driver.Value;
import org.planlineage.agency.AdminLevel;
import org.planlineage.graph.Decoding;
import org.planlineage.graph.Node;
import org.planlineage.graph.NodeType;

/** A document as the API serves it; related things (issuer, links, items) are resolved in batches. */
public record Document(
        String key,
        String number,
        DocumentType type,
        String title,
        LocalDate issuedOn,
        String issuedOnRaw,
        String issuerKey,
        AdminLevel level,
        boolean isSource,
        String doubt)
        implements Node {

    /**
     * The properties a document is served with, as a map projection of {@code d}; never its search text or
     * provenance (loaded only when selected, {@link ProvenanceQueries}).
     */
    public static final String PROJECTION = projection("d");

    /** {@link #PROJECTION} of a document bound to another variable. */
    public static String projection(String d) {
        return ("%1$s {.key, .number, .type, .title, .issuedOn, .issuedOnRaw, .level, .isSource, .doubt,"
                        + " issuerKey: [(%1$s)-[:ISSUED_BY]->(issuerUnit:Agency) | issuerUnit.key][0]}")
                .formatted(d);
    }

    @Override
    public String id() {
        return globalId().toString();
    }

    @Override
    public NodeType nodeType() {
        return NodeType.DOCUMENT;
    }

    /** From {@link #PROJECTION}. */
    public static Document from(Value d) {
        return new Document(
                d.get("key").asString(),
                d.get("number").asString(null),
                Decoding.enumValue(DocumentType.class, d.get("type")),
                d.get("title").asString(null),
                d.get("issuedOn").asLocalDate(null),
                d.get("issuedOnRaw").asString(null),
                d.get("issuerKey").asString(null),
                Decoding.enumValue(AdminLevel.class, d.get("level")),
                d.get("isSource").asBoolean(false),
                d.get("doubt").asString(null));
    }
}
