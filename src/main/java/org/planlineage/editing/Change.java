package org.planlineage.editing;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Value;

/** One entry of the audit trail ({@code Change}): an import or a removal, who did it, when, and the counts. */
public record Change(
        String key,
        long seq,
        ChangeKind kind,
        String documentKey,
        String by,
        ZonedDateTime at,
        List<ChangeCount> counts,
        List<String> citedOnly) {

    /** Counts for one kind of thing ({@code ChangeCount}). */
    public record ChangeCount(ChangeSubject kind, int created, int updated, int unchanged, int removed) {
        static ChangeCount of(ImportDiff.Count c) {
            return new ChangeCount(c.subject(), c.created(), c.updated(), c.unchanged(), c.removed());
        }
    }

    public String id() {
        return "Change:" + key;
    }

    public int created() {
        return counts.stream().mapToInt(ChangeCount::created).sum();
    }

    public int updated() {
        return counts.stream().mapToInt(ChangeCount::updated).sum();
    }

    public int unchanged() {
        return counts.stream().mapToInt(ChangeCount::unchanged).sum();
    }

    public int removed() {
        return counts.stream().mapToInt(ChangeCount::removed).sum();
    }

    /** From the node's properties: the counts are parallel lists, as provenance is. */
    static Change fromNode(Value c) {
        var subjects = c.get("countSubjects").asList(Value::asString);
        var created = c.get("countCreated").asList(Value::asInt);
        var updated = c.get("countUpdated").asList(Value::asInt);
        var unchanged = c.get("countUnchanged").asList(Value::asInt);
        var removed = c.get("countRemoved").asList(Value::asInt);
        var counts = new ArrayList<ChangeCount>();
        for (int i = 0; i < subjects.size(); i++) {
            counts.add(new ChangeCount(
                    ChangeSubject.valueOf(subjects.get(i)),
                    created.get(i),
                    updated.get(i),
                    unchanged.get(i),
                    removed.get(i)));
        }
        return new Change(
                c.get("key").asString(),
                c.get("seq").asLong(),
                ChangeKind.valueOf(c.get("kind").asString()),
                c.get("documentKey").asString(),
                c.get("by").asString(),
                c.get("at").asZonedDateTime(),
                List.copyOf(counts),
                c.get("citedOnly").asList(Value::asString));
    }
}
