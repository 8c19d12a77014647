package org.planlineage.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.planlineage.graphql.GlobalId;

/** A document as the API serves it; related things (issuer, links, items) are resolved in batches. */
public record Document(
        String key,
        String number,
        String type,
        String title,
        LocalDate issuedOn,
        String issuedOnRaw,
        String issuerKey,
        String level,
        boolean isSource,
        String doubt,
        List<Provenance> provenance) {

    public String id() {
        return GlobalId.of("Document", key);
    }

    /** From a map projection {@code d {.*, issuerKey: ...}}. */
    static Document fromMap(Map<String, Object> m) {
        return new Document(
                (String) m.get("key"),
                (String) m.get("number"),
                (String) m.get("type"),
                (String) m.get("title"),
                (LocalDate) m.get("issuedOn"),
                (String) m.get("issuedOnRaw"),
                (String) m.get("issuerKey"),
                (String) m.get("level"),
                Boolean.TRUE.equals(m.get("isSource")),
                (String) m.get("doubt"),
                Provenance.fromProperties(m));
    }
}
