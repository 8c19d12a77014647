package org.planlineage.indicator;

import java.util.concurrent.atomic.AtomicBoolean;
import org.planlineage.graph.BareNode;
import org.planlineage.graph.SelectionWalk;

/**
 * Which of a comparison's rows and documents a {@code compare} request reads in full: those of which it selects any
 * field but {@code id} and {@code key} (under {@code entries} or under either entry of {@code pairs}). The others are
 * read as their key, with only what the entries' order and the pairs need beside it (a row's position; a document's
 * level and issuer), as a lineage's nodes are (docs/decisions.md "Lineage"). Targets are read with their raw text and
 * parsed values whatever the selection (the verdicts compare them); their parts only when the parts or the breakdowns
 * are selected (else only their count, which the verdicts read: {@link TargetLists#COUNTED}), their breakdowns only when
 * selected. Read from the request's document ({@link SelectionWalk}).
 *
 * @param items      whether the rows ({@code item}) are read in full
 * @param documents  whether the documents ({@code document}) are read in full
 * @param breakdowns whether the targets' breakdowns are read (no verdict uses them)
 * @param parts      whether the targets' parts are read (a breakdown's value is one of them), not only counted
 */
public record ComparisonSelection(boolean items, boolean documents, boolean breakdowns, boolean parts) {

    /** Everything: what callers outside GraphQL (the CSV export, tests) get. */
    public static final ComparisonSelection FULL = new ComparisonSelection(true, true, true, true);

    /** The entries a request reaches: directly, and as either side of a pair. */
    private static final String[][] ENTRIES = {{"entries"}, {"pairs", "lower"}, {"pairs", "upper"}};

    /** From the walk of a {@code Comparison} field. */
    public static ComparisonSelection of(SelectionWalk walk) {
        boolean breakdowns = selected(walk, "target", "breakdowns");
        return new ComparisonSelection(
                wide(walk, "item"),
                wide(walk, "document"),
                breakdowns,
                breakdowns || selected(walk, "target", "parts"));
    }

    /** Whether any entry's {@code field} (a row or a document) is selected with more than its key. */
    private static boolean wide(SelectionWalk walk, String field) {
        var wide = new AtomicBoolean();
        for (String[] entry : ENTRIES) {
            walk.at(
                    node -> walk.fields(node.getSelectionSet(), selected -> {
                        if (BareNode.needsMore(selected.getName())) {
                            wide.set(true);
                        }
                    }),
                    path(entry, field));
        }
        return wide.get();
    }

    /** Whether any entry selects the path {@code fields}. */
    private static boolean selected(SelectionWalk walk, String... fields) {
        var selected = new AtomicBoolean();
        for (String[] entry : ENTRIES) {
            walk.at(field -> selected.set(true), path(entry, fields));
        }
        return selected.get();
    }

    private static String[] path(String[] entry, String... fields) {
        var path = new String[entry.length + fields.length];
        System.arraycopy(entry, 0, path, 0, entry.length);
        System.arraycopy(fields, 0, path, entry.length, fields.length);
        return path;
    }
}
