package org.planlineage.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.planlineage.document.Provenance;
import org.planlineage.graph.GraphReads;
import org.planlineage.graph.Relation;
import org.springframework.stereotype.Component;

/**
 * BASIS_ISSUED_LATER: a document that takes as its legal basis, implements or answers the submission of a document
 * issued after it, or a row whose own legal-basis cell names one issued after the row's document. Both dates must be
 * known to the day; the finding states them as the sources write them, with the citation's provenance.
 */
@Component
class BasisIssuedLaterRule implements FindingRule {

    /** The relations by which a document rests on another; a mere mention (CITES) is not a basis. */
    private static final List<String> BASES =
            List.of(Relation.LEGAL_BASIS.name(), Relation.IMPLEMENTS.name(), Relation.PROPOSED_BY.name());

    private static final String DOCUMENTS = """
            // every citation of a basis between two documents whose dates are both known; or the document's own
            MATCH (d:Document)-[r]->(b:Document)
            WHERE type(r) IN $bases AND b.issuedOn > d.issuedOn
              AND ($document IS NULL OR d.key = $document OR b.key = $document)
            RETURN %s AS document, null AS item, type(r) AS relation, %s AS basis, properties(r) AS props
            UNION ALL
            // every row's own legal-basis cell that names a document issued after the row's document
            MATCH (p:PlanItem)-[r:LEGAL_BASIS]->(b:Document), (p)-[:SET_IN]->(d:Document)
            WHERE b.issuedOn > d.issuedOn AND ($document IS NULL OR d.key = $document OR b.key = $document)
            RETURN %s AS document, %s AS item, type(r) AS relation, %s AS basis, properties(r) AS props
            """.formatted(
                    Refs.DOCUMENT, Refs.of(Refs.DOCUMENT, "b"), Refs.DOCUMENT, Refs.ITEM, Refs.of(Refs.DOCUMENT, "b"));

    private final GraphReads reads;

    BasisIssuedLaterRule(GraphReads reads) {
        this.reads = reads;
    }

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.BASIS_ISSUED_LATER);
    }

    @Override
    public List<Finding> find(Scope scope) {
        return reads.query(DOCUMENTS)
                .bind("bases", BASES)
                .bind("document", scope.document())
                .list(r -> finding(
                        Refs.Doc.from(r.get("document")),
                        r.get("item").isNull() ? null : Refs.Item.from(r.get("item")),
                        Relation.valueOf(r.get("relation").asString()),
                        Refs.Doc.from(r.get("basis")),
                        Provenance.from(r.get("props"))));
    }

    private static Finding finding(
            Refs.Doc document, Refs.Item item, Relation relation, Refs.Doc basis, List<Provenance> provenance) {
        String subject = item == null ? document.label() : Refs.capitalised(item.label(document));
        String verb = switch (relation) {
            case IMPLEMENTS -> " implements ";
            case PROPOSED_BY -> " answers the submission ";
            default -> item == null ? " takes as its legal basis " : " names as its legal basis ";
        };
        String sentence = subject + (item == null ? ", issued on " : ", in a document issued on ") + dated(document)
                + "," + verb + basis.label() + ", which was issued later, on " + dated(basis) + ".";
        var keys = new ArrayList<String>();
        keys.add(document.key());
        keys.add(basis.key());
        return new Finding(
                FindingKind.BASIS_ISSUED_LATER.name() + "/" + (item == null ? document.key() : item.key()) + "/"
                        + relation.name() + "/" + basis.key(),
                FindingKind.BASIS_ISSUED_LATER,
                Severity.HIGH,
                sentence,
                null,
                document.key(),
                document.level(),
                List.copyOf(keys),
                item == null ? List.of() : List.of(item.key()),
                List.of(),
                null,
                false,
                provenance,
                item == null ? 0 : item.position());
    }

    /** "2022-06-01 (\"01/6/2022\")": the date and, beside it, how the source writes it. */
    private static String dated(Refs.Doc d) {
        return d.issuedOn() + (d.issuedOnRaw() == null ? "" : " (\"" + d.issuedOnRaw() + "\")");
    }
}
