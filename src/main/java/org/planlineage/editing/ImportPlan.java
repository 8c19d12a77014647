package org.planlineage.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Everything one import is to write, validated: the document, its links, the cited-only documents it creates, its
 * rows with their targets and results, and the indicators; plus the keys it only refers to and the warnings.
 */
record ImportPlan(
        String key,
        Entity document,
        List<Entity> links,
        Collection<Entity> stubs,
        List<Entity> items,
        List<Entity> values,
        Collection<Entity> indicators,
        Set<String> referencedIndicators,
        Set<String> referencedDocuments,
        List<Warnings.Warning> warnings) {

    /** Every planned entity, in the order they are written (nodes before the relationships that need them). */
    List<Entity> all() {
        var all = new ArrayList<Entity>();
        all.add(document);
        all.addAll(stubs);
        all.addAll(indicators);
        all.addAll(values);
        all.addAll(items);
        all.addAll(links);
        return all;
    }

    /** Where an import states a fact, for the provenance of what it writes. */
    record Source(String locatorPrefix, String file, String documentLines) {
        static Source input() {
            return new Source("importDocument input", null, null);
        }
    }
}
