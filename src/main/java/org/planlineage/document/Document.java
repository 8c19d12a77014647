package org.planlineage.document;

import java.time.LocalDate;
import java.util.List;
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
        String doubt,
        List<Provenance> provenance)
        implements Node {

    @Override
    public String id() {
        return globalId().toString();
    }

    @Override
    public NodeType nodeType() {
        return NodeType.DOCUMENT;
    }

    /** From a map projection {@code d {.*, issuerKey: ...}}. */
    static Document from(Value d) {
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
                d.get("doubt").asString(null),
                Provenance.from(d));
    }
}
