package org.planlineage.indicator;

import graphql.language.Field;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.planlineage.graph.SelectionWalk;

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

    /** From the walk of a {@code PlanItemConnection} field: what it selects of {@code nodes} or {@code edges.node}. */
    public static RowSelection of(SelectionWalk walk) {
        var selected = new HashSet<String>();
        var expand = new LinkedHashSet<Boolean>();
        var dates = new LinkedHashSet<LocalDate>();
        Consumer<Field> row = field -> {
            selected.add(field.getName());
            if (field.getName().equals("responsibleUnits")) {
                var arguments = walk.arguments("PlanItem", field);
                // the SDL's default is true; a variable's value is resolved by the walk
                expand.add(!Boolean.FALSE.equals(arguments.get("expandGroups")));
                dates.add((LocalDate) arguments.get("asOf"));
            }
        };
        walk.at(rows -> walk.fields(rows.getSelectionSet(), row), "nodes");
        walk.at(rows -> walk.fields(rows.getSelectionSet(), row), "edges", "node");
        boolean folded = expand.size() == 1;
        return new RowSelection(
                selected.contains("targets") || selected.contains("target"),
                selected.contains("lead"),
                selected.contains("cooperating"),
                folded ? expand.iterator().next() : null,
                folded ? dates : Set.of(),
                selected.contains("legalBasis"),
                selected.contains("indicator"));
    }
}
