package org.planlineage.finding;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.planlineage.agency.Agency;
import org.planlineage.agency.AgencyQueries;
import org.planlineage.document.Document;
import org.planlineage.document.DocumentQueries;
import org.planlineage.document.Provenance;
import org.planlineage.document.ProvenanceQueries;
import org.planlineage.graph.NodeType;
import org.planlineage.indicator.PlanItem;
import org.planlineage.indicator.PlanItemQueries;
import org.springframework.stereotype.Component;

/**
 * Loads what a set of findings names (documents, rows, units), one statement per kind of entity for the whole set,
 * and puts together each finding's provenance: the facts its rule read from relationships (a citation, a
 * succession), the rows it concerns (where each stands in its table), and, for BASIS_ISSUED_LATER, where each
 * document's date was read.
 */
@Component
public class FindingDetails {

    private final DocumentQueries documents;
    private final PlanItemQueries items;
    private final AgencyQueries agencies;
    private final ProvenanceQueries provenance;

    FindingDetails(
            DocumentQueries documents, PlanItemQueries items, AgencyQueries agencies, ProvenanceQueries provenance) {
        this.documents = documents;
        this.items = items;
        this.agencies = agencies;
        this.provenance = provenance;
    }

    public Map<String, Document> documents(Collection<Finding> findings) {
        return documents.byKeys(keys(findings, Finding::documentKeys));
    }

    public Map<String, PlanItem> items(Collection<Finding> findings) {
        return items.byKeys(keys(findings, Finding::itemKeys));
    }

    public Map<String, Agency> agencies(Collection<Finding> findings) {
        return agencies.byKeys(keys(findings, Finding::agencyKeys));
    }

    /** Each finding's provenance, in the order: its own facts, its rows, then (dates) its documents; no repeats. */
    public Map<Finding, List<Provenance>> provenance(Collection<Finding> findings) {
        // the provenance lists only, not the rows and documents they belong to
        var rows = provenance.ofNodes(NodeType.PLAN_ITEM, keys(findings, Finding::itemKeys));
        var dated = findings.stream()
                .filter(f -> f.kind() == FindingKind.BASIS_ISSUED_LATER)
                .toList();
        var docs = provenance.ofNodes(NodeType.DOCUMENT, keys(dated, Finding::documentKeys));
        var result = new LinkedHashMap<Finding, List<Provenance>>();
        for (Finding f : findings) {
            var all = new ArrayList<>(f.provenance());
            f.itemKeys().forEach(k -> all.addAll(rows.getOrDefault(k, List.of())));
            if (f.kind() == FindingKind.BASIS_ISSUED_LATER) {
                f.documentKeys().forEach(k -> all.addAll(docs.getOrDefault(k, List.of())));
            }
            result.put(f, all.stream().distinct().toList());
        }
        return result;
    }

    private static List<String> keys(Collection<Finding> findings, Function<Finding, List<String>> of) {
        return findings.stream().flatMap(f -> of.apply(f).stream()).distinct().toList();
    }
}
