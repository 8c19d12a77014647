package org.planlineage.relation;

import java.util.Map;
import org.planlineage.document.Document;
import org.planlineage.document.Labels;
import org.planlineage.graph.GlobalId;
import org.planlineage.graph.Node;
import org.planlineage.graph.NodeType;
import org.planlineage.indicator.PlanItem;

/**
 * How a {@code relation} answer names a node in its sentences: a document by its number or, without one, its kind
 * and title; a row as "row 12 of 3100/QĐ-UBND"; a document with its date of issue where the summary needs it.
 */
final class Names {

    private Names() {}

    static String of(GlobalId id, Map<GlobalId, Node> loaded) {
        Node node = loaded.get(id);
        if (node instanceof Document d) {
            return Labels.document(d);
        }
        if (node instanceof PlanItem p) {
            Node doc = loaded.get(NodeType.DOCUMENT.id(p.documentKey()));
            return Labels.row(p.number(), p.ref()) + " of "
                    + (doc instanceof Document d ? Labels.document(d) : p.documentKey());
        }
        return id.toString();
    }

    /**
     * A document with its date of issue, and whether that is before or after {@code other}'s: "57-NQ/TW (issued
     * 2024-12-22, after it)".
     */
    static String dated(GlobalId id, Map<GlobalId, Node> loaded, Node other) {
        if (!(loaded.get(id) instanceof Document d) || d.issuedOn() == null) {
            return of(id, loaded);
        }
        String relative = "";
        if (other instanceof Document o && o.issuedOn() != null && !o.issuedOn().equals(d.issuedOn())) {
            relative = d.issuedOn().isAfter(o.issuedOn()) ? ", after it" : ", before it";
        }
        return of(id, loaded) + " (issued " + d.issuedOn() + relative + ")";
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
