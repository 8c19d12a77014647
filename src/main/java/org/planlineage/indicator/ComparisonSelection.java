package org.planlineage.indicator;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.planlineage.graph.BareNode;

/**
 * Which of a comparison's rows and documents a {@code compare} request reads in full: those of which it selects any
 * field but {@code id} and {@code key} (under {@code entries} or under either entry of {@code pairs}). The others are
 * read as their key, with only what the entries' order and the pairs need beside it (a row's position; a document's
 * level and issuer), as a lineage's nodes are (docs/decisions.md "Lineage"). Targets are read with their raw text and
 * parsed values whatever the selection (the verdicts compare them); their breakdowns only when selected.
 *
 * @param items      whether the rows ({@code item}) are read in full
 * @param documents  whether the documents ({@code document}) are read in full
 * @param breakdowns whether the targets' breakdowns are read (no verdict uses them)
 */
public record ComparisonSelection(boolean items, boolean documents, boolean breakdowns) {

    /** Everything: what callers outside GraphQL (the CSV export, tests) get. */
    public static final ComparisonSelection FULL = new ComparisonSelection(true, true, true);

    /** From the selection of a {@code Comparison} field. */
    public static ComparisonSelection of(DataFetchingFieldSelectionSet selection) {
        return new ComparisonSelection(
                wide(selection, "item"),
                wide(selection, "document"),
                selection.contains("entries/target/breakdowns")
                        || selection.contains("pairs/lower/target/breakdowns")
                        || selection.contains("pairs/upper/target/breakdowns"));
    }

    private static boolean wide(DataFetchingFieldSelectionSet selection, String field) {
        for (SelectedField selected : selection.getFields(
                "entries/" + field + "/*", "pairs/lower/" + field + "/*", "pairs/upper/" + field + "/*")) {
            if (BareNode.needsMore(selected.getName())) {
                return true;
            }
        }
        return false;
    }
}
