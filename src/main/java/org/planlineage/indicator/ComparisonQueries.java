package org.planlineage.indicator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Value;
import org.planlineage.agency.AdminLevel;
import org.planlineage.document.Document;
import org.planlineage.graph.Decoding;
import org.planlineage.graph.GraphReads;
import org.springframework.stereotype.Repository;

/** Cypher for {@code compare}: an indicator's rows with their documents and targets, in the country or an area. */
@Repository
public class ComparisonQueries {

    private final GraphReads reads;
    private final ComparisonStatements statements = new ComparisonStatements();

    ComparisonQueries(GraphReads reads) {
        this.reads = reads;
    }

    /**
     * An indicator and every row that sets it for a year (a row without targets has no entry), each with its
     * document and its targets in year order; {@code
     * withinFound} is false when the unit the rows were restricted to does not exist. {@code unitsAbove} is null for
     * the whole comparison; within an area, it holds for each unit of the area the units from it up to the area's
     * unit (a commune: the commune, its district, its province).
     */
    public record Compared(
            Indicator indicator, List<Row> rows, boolean withinFound, Map<String, Set<String>> unitsAbove) {

        Compared(Indicator indicator, List<Row> rows) {
            this(indicator, rows, true, null);
        }

        /**
         * One row that sets the indicator, with the keys of the units that issued its document (the first is the
         * document's issuer).
         */
        public record Row(PlanItem item, Document document, List<Target> targets, List<String> issuers) {}

        /**
         * The units from any issuer of the row's document up to the area's unit (which rows it is compared with:
         * {@link ComparisonService}); null for the whole comparison.
         */
        Set<String> unitsAbove(Row row) {
            if (unitsAbove == null) {
                return null;
            }
            var units = new LinkedHashSet<String>();
            for (String issuer : row.issuers()) {
                units.addAll(unitsAbove.getOrDefault(issuer, Set.of()));
            }
            return units;
        }
    }

    /**
     * What {@code compare} needs, in one statement: the indicator, the rows that set it ordered by their document's
     * date then key, each row's document and targets. Empty when there is no such indicator.
     */
    public Optional<Compared> compared(String key, ComparisonSelection selection) {
        return reads.query(statements.country(selection))
                .bind("key", key)
                .one(r -> new Compared(Indicator.from(r.get("indicator")), rows(r.get("rows"), selection)));
    }

    /**
     * As {@link #compared(String, ComparisonSelection)}, only the rows of plans issued by the unit {@code within} or
     * by a unit under it. The walk starts from the unit, not from the indicator: at national scale an indicator is set
     * by a row of every plan of the country (hundreds of thousands), a province's subtree holds a few hundred plans.
     */
    public Optional<Compared> compared(String key, String within, ComparisonSelection selection) {
        return reads.query(statements.area(selection))
                .bind("key", key)
                .bind("within", within)
                .one(r -> new Compared(
                        Indicator.from(r.get("indicator")),
                        rows(r.get("rows"), selection),
                        r.get("withinFound").asBoolean(),
                        unitsAbove(r.get("unitsAbove"))));
    }

    /** Unit key to the units from it up to the area's unit (several ways up: every unit on any). */
    private static Map<String, Set<String>> unitsAbove(Value pairs) {
        var result = new LinkedHashMap<String, Set<String>>();
        for (Value pair : pairs.values()) {
            var units = result.computeIfAbsent(pair.get(0).asString(), k -> new LinkedHashSet<>());
            for (Value unit : pair.get(1).values()) {
                units.add(unit.asString());
            }
        }
        return result;
    }

    /** The rows from their targets' lists ({@link ComparisonStatements}), a row's targets being consecutive. */
    private static List<Compared.Row> rows(Value targets, ComparisonSelection selection) {
        var rows = new ArrayList<Compared.Row>();
        var width = TargetLists.of(selection);
        Compared.Row row = null;
        for (Value t : targets.values()) {
            Value p = t.get(0);
            String itemKey = (selection.items() ? p.get("key") : p.get(0)).asString();
            if (row == null || !row.item().key().equals(itemKey)) {
                row = row(t, selection);
                rows.add(row);
            }
            row.targets().add(width.decode(itemKey, t.get(2)));
        }
        return rows;
    }

    /** A row with its document, its targets still to add. */
    private static Compared.Row row(Value row, ComparisonSelection selection) {
        Value p = row.get(0);
        Value d = row.get(1);
        List<String> issuers = row.get(3).asList(Value::asString);
        Document document = selection.documents()
                ? Document.from(d)
                : new Document(
                        d.get(0).asString(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        issuers.isEmpty() ? null : issuers.get(0),
                        Decoding.enumValue(AdminLevel.class, d.get(1)),
                        false,
                        null);
        PlanItem item = selection.items()
                ? PlanItem.from(p)
                : PlanItem.keyed(p.get(0).asString(), document.key(), p.get(1).asInt());
        return new Compared.Row(item, document, new ArrayList<>(), issuers);
    }
}
