package org.planlineage.indicator;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.planlineage.document.Document;

/**
 * The texts of {@code compare}'s two statements ({@link ComparisonQueries}: the whole comparison, an area's), each
 * built once per shape of selection and kept: a shape is what the statement reads (rows and documents in full or by
 * key, one of three target widths), so each statement has at most 12 texts, as search keeps one per set of kinds.
 */
final class ComparisonStatements {

    /** What a statement reads for a selection; selections that read the same share a text. */
    record Shape(boolean items, boolean documents, TargetLists width) {

        static Shape of(ComparisonSelection selection) {
            return new Shape(selection.items(), selection.documents(), TargetLists.of(selection));
        }
    }

    private final Map<Shape, String> country = new ConcurrentHashMap<>();
    private final Map<Shape, String> area = new ConcurrentHashMap<>();

    /** The statement of the whole comparison: parameter {@code key}. */
    String country(ComparisonSelection selection) {
        return country.computeIfAbsent(Shape.of(selection), ComparisonStatements::countryText);
    }

    /** The statement of an area's comparison: parameters {@code key} and {@code within}. */
    String area(ComparisonSelection selection) {
        return area.computeIfAbsent(Shape.of(selection), ComparisonStatements::areaText);
    }

    static String countryText(Shape shape) {
        return """
                MATCH (i:Indicator {key: $key})
                RETURN %s AS indicator,
                  COLLECT {
                    MATCH (i)<-[:SETS]-(p:PlanItem)-[:SET_IN]->(d:Document)
                    WITH p, d
                    %s
                  } AS rows
                """.formatted(Indicator.PROJECTION, row(shape));
    }

    static String areaText(Shape shape) {
        return """
                MATCH (i:Indicator {key: $key})
                // unique lookups (constraints indicator_key, agency_key); the unit may be absent
                OPTIONAL MATCH (w:Agency {key: $within})
                // the area's units, once: a province's committee, its districts (1 hop), their communes
                // (2), offices under any of them; bounded at 3. Each with the units from it up to the
                // area's (which rows it is compared with: ComparisonService), once per way up
                WITH i, w, COLLECT { MATCH up = (w)<-[:PART_OF*0..3]-(a:Agency)
                                     RETURN [a, [u IN nodes(up) WHERE u:Agency | u.key]]
                                   } AS reached
                RETURN %s AS indicator, w IS NOT NULL AS withinFound,
                  [x IN reached | [x[0].key, x[1]]] AS unitsAbove,
                  COLLECT {
                    // the documents the area's units issued, then their rows that set the indicator:
                    // one seek per document in the index sets_indicator_document (SETS carries its
                    // indicator's and its row's document's keys), so the work grows with the area, not
                    // with the indicator's rows in the whole country (43,224 at scale 1; expanding them
                    // all was 139 ms at p95: docs/benchmarks.md)
                    UNWIND reached AS x
                    WITH DISTINCT x[0] AS a
                    MATCH (a)<-[:ISSUED_BY]-(d:Document)
                    WITH DISTINCT d
                    MATCH (p:PlanItem)-[s:SETS]->(i)
                    USING INDEX s:SETS(indicator, document)
                    WHERE s.indicator = $key AND s.document = d.key
                    WITH DISTINCT p, d
                    %s
                  } AS rows
                """.formatted(Indicator.PROJECTION, row(shape));
    }

    /**
     * The compared rows' targets, one list per target, ordered by their row's document's date, the row's key, then
     * the year: the row, its document, the target ({@link TargetLists}: values, not a map) and the keys of the
     * document's issuers. Flat, as the hand-written statement: no subquery per row (a row without targets has no entry
     * to compare). A row or document the request selects only by key ({@link ComparisonSelection}) is read as a list
     * of its key and what the entries' order and the pairs need: the row's position, the document's level.
     */
    private static String row(Shape shape) {
        return """
                WITH p, d, %s AS item, %s AS document, [(d)-[:ISSUED_BY]->(issuer:Agency) | issuer.key] AS issuers
                MATCH (p)-[:HAS_TARGET]->(t:Target)
                WITH p, d, item, document, issuers, %s AS m
                ORDER BY d.issuedOn IS NULL, d.issuedOn, p.key, m.year
                RETURN [item, document, %s, issuers]""".formatted(
                        shape.items() ? PlanItem.PROJECTION : "[p.key, p.position]",
                        shape.documents() ? Document.PROJECTION : "[d.key, d.level]",
                        shape.width().projection(),
                        shape.width().list());
    }
}
