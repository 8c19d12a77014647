package org.planlineage.editing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * One thing an import writes or finds in the graph: a node (its label, key and properties) with the outgoing
 * relationships it owns, or, for {@link ChangeSubject#LINK}, one relationship from the imported document. Properties
 * are compared without the audit properties, so that the same input imported again is recognised as unchanged.
 *
 * @param props the properties to write; null for a thing the import only refers to (an existing cited-only document)
 */
record Entity(ChangeSubject subject, String label, String key, Map<String, Object> props, List<Rel> rels) {

    /** An outgoing relationship; its type and the target's label come from this package's constants. */
    record Rel(String type, String toLabel, String toKey, Map<String, Object> props) {}

    /** Properties every written node and relationship carries, and that say who wrote it rather than what it is. */
    static final Set<String> AUDIT = Set.of("origin", "importedBy", "importedAt", "changeKey");

    boolean referenceOnly() {
        return props == null;
    }

    /** Same content: properties and relationships equal once audit properties are left out. */
    boolean sameAs(Entity other) {
        return canonical(props).equals(canonical(other.props))
                && canonical(rels).equals(canonical(other.rels));
    }

    private static List<String> canonical(List<Rel> rels) {
        var result = new ArrayList<String>();
        for (Rel r : rels) {
            result.add(r.type() + "|" + r.toLabel() + "|" + r.toKey() + "|" + canonical(r.props()));
        }
        result.sort(Comparator.naturalOrder());
        return result;
    }

    /** Sorted, without audit keys and null values, numbers widened: what Neo4j gives back for what was written. */
    static TreeMap<String, Object> canonical(Map<String, Object> props) {
        var result = new TreeMap<String, Object>();
        if (props != null) {
            props.forEach((k, v) -> {
                if (v != null && !AUDIT.contains(k)) {
                    result.put(k, widen(v));
                }
            });
        }
        return result;
    }

    private static Object widen(Object v) {
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v instanceof List<?> list) {
            return list.stream().map(Entity::widen).toList();
        }
        return v;
    }

    static boolean sameValue(Object a, Object b) {
        return Objects.equals(a == null ? null : widen(a), b == null ? null : widen(b));
    }
}
