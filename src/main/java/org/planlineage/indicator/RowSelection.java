package org.planlineage.indicator;

import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a request selected of the rows of a page ({@code items { nodes { ... } }}): the parts of a row that the page's
 * own statement reads along with the rows ({@link RowPageQueries}), instead of one statement per field afterwards.
 *
 * @param targets          {@code targets} or {@code target(year:)}
 * @param lead             {@code lead}
 * @param cooperating      {@code cooperating}
 * @param expandGroups     how {@code responsibleUnits} expands groups; null when it is not selected, or selected both
 *     ways (then its own DataLoader reads it)
 * @param asOf             the dates {@code responsibleUnits} is asked for (null for none), when it is read here
 * @param legalBasis       {@code legalBasis}
 * @param indicator        {@code indicator}
 */
public record RowSelection(
        boolean targets,
        boolean lead,
        boolean cooperating,
        Boolean expandGroups,
        Set<LocalDate> asOf,
        boolean legalBasis,
        boolean indicator) {

    /** Nothing but the rows. */
    public static final RowSelection NONE = new RowSelection(false, false, false, null, Set.of(), false, false);

    private static final String[] ROWS = {"nodes/", "edges/node/"};

    /** From the selection of a {@code PlanItemConnection} field. */
    public static RowSelection of(DataFetchingFieldSelectionSet selection) {
        List<SelectedField> responsible =
                selection.getFields(ROWS[0] + "responsibleUnits", ROWS[1] + "responsibleUnits");
        var expand = new LinkedHashSet<Boolean>();
        var dates = new LinkedHashSet<LocalDate>();
        for (SelectedField field : responsible) {
            // the SDL's default is true; a variable's value is already resolved here
            expand.add(!Boolean.FALSE.equals(field.getArguments().get("expandGroups")));
            dates.add((LocalDate) field.getArguments().get("asOf"));
        }
        boolean folded = expand.size() == 1;
        return new RowSelection(
                selected(selection, "targets") || selected(selection, "target"),
                selected(selection, "lead"),
                selected(selection, "cooperating"),
                folded ? expand.iterator().next() : null,
                folded ? dates : Set.of(),
                selected(selection, "legalBasis"),
                selected(selection, "indicator"));
    }

    private static boolean selected(DataFetchingFieldSelectionSet selection, String field) {
        return selection.contains(ROWS[0] + field) || selection.contains(ROWS[1] + field);
    }
}
