package org.planlineage.editing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import changes, from the plan and the state the graph holds: per kind of thing, what is created, updated
 * (same key, other content), unchanged, and removed (written by an earlier import of the document, gone from this
 * one). Pure logic: no database.
 */
record ImportDiff(
        Map<ChangeSubject, List<Entity>> created,
        Map<ChangeSubject, List<Entity>> updated,
        Map<ChangeSubject, Integer> unchanged,
        Map<ChangeSubject, List<Entity>> removed) {

    /** Counts for one kind of thing. */
    record Count(ChangeSubject subject, int created, int updated, int unchanged, int removed) {}

    static ImportDiff of(ImportPlan plan, Map<ChangeSubject, Map<String, Entity>> state) {
        var created = lists();
        var updated = lists();
        var unchanged = new EnumMap<ChangeSubject, Integer>(ChangeSubject.class);
        var removed = lists();
        for (ChangeSubject s : ChangeSubject.values()) {
            unchanged.put(s, 0);
        }
        var planned = new LinkedHashMap<String, Entity>();
        plan.all().forEach(e -> planned.put(e.subject() + " " + e.key(), e));
        for (Entity e : planned.values()) {
            Entity before = state.get(e.subject()).get(e.key());
            if (e.referenceOnly() || (before != null && e.sameAs(before))) {
                if (before != null) {
                    unchanged.merge(e.subject(), 1, Integer::sum);
                }
            } else if (before == null) {
                created.get(e.subject()).add(e);
            } else {
                updated.get(e.subject()).add(e);
            }
        }
        state.forEach((subject, byKey) -> byKey.forEach((key, e) -> {
            boolean kept = planned.containsKey(subject + " " + key)
                    || (subject == ChangeSubject.INDICATOR
                            && plan.referencedIndicators().contains(key))
                    || (subject == ChangeSubject.CITED_DOCUMENT
                            && plan.referencedDocuments().contains(key));
            if (kept && !planned.containsKey(subject + " " + key)) {
                unchanged.merge(subject, 1, Integer::sum);
            }
            if (!kept) {
                removed.get(subject).add(e);
            }
        }));
        return new ImportDiff(created, updated, unchanged, removed);
    }

    private static Map<ChangeSubject, List<Entity>> lists() {
        var m = new EnumMap<ChangeSubject, List<Entity>>(ChangeSubject.class);
        for (ChangeSubject s : ChangeSubject.values()) {
            m.put(s, new ArrayList<>());
        }
        return m;
    }

    boolean changesNothing() {
        return created.values().stream().allMatch(List::isEmpty)
                && updated.values().stream().allMatch(List::isEmpty)
                && removed.values().stream().allMatch(List::isEmpty);
    }

    /** The counts per kind, every kind listed, in the enum's order. */
    List<Count> counts() {
        var result = new ArrayList<Count>();
        for (ChangeSubject s : ChangeSubject.values()) {
            result.add(new Count(
                    s,
                    created.get(s).size(),
                    updated.get(s).size(),
                    unchanged.get(s),
                    removed.get(s).size()));
        }
        return result;
    }
}
