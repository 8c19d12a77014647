package org.planlineage.editing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * What the graph holds now for one imported document, in the shape of an {@link ImportPlan}: the document, its
 * links, its rows with their targets and results, the indicators only its rows set, and the cited-only documents
 * only it cites. Read in the import's transaction after the document is locked, and compared with the plan.
 */
final class ImportState {

    private ImportState() {}

    static final List<String> ITEM_RELATIONS =
            List.of("SET_IN", "LEAD", "COOPERATING", "LEGAL_BASIS", "SETS", "HAS_TARGET", "HAS_RESULT");

    /** The state of a document that holds nothing: every kind of thing, none of it. */
    static Map<ChangeSubject, Map<String, Entity>> empty() {
        var state = new EnumMap<ChangeSubject, Map<String, Entity>>(ChangeSubject.class);
        for (ChangeSubject s : ChangeSubject.values()) {
            state.put(s, new LinkedHashMap<>());
        }
        return state;
    }

    static Map<ChangeSubject, Map<String, Entity>> read(TransactionContext tx, String key) {
        var state = empty();
        var params = Map.<String, Object>of(
                "key",
                key,
                "relations",
                ImportPlanner.DOCUMENT_RELATIONS.stream().toList(),
                "itemRelations",
                ITEM_RELATIONS);
        tx.run("""
                        MATCH (d:Document {key: $key})
                        RETURN properties(d) AS props,
                               [(d)-[r:ISSUED_BY]->(a) | {type: type(r), label: 'Agency', to: a.key,
                                                         props: properties(r)}] AS rels
                        """, params)
                .list()
                .forEach(r -> put(state, ChangeSubject.DOCUMENT, "Document", key, r.get("props"), r.get("rels")));
        tx.run("""
                        MATCH (d:Document {key: $key})-[r]->(o:Document) WHERE type(r) IN $relations
                        RETURN type(r) AS type, o.key AS to, properties(r) AS props
                        """, params).list().forEach(r -> {
            String type = r.get("type").asString();
            String linkKey = type + ">" + r.get("to").asString();
            state.get(ChangeSubject.LINK)
                    .put(
                            linkKey,
                            new Entity(
                                    ChangeSubject.LINK,
                                    type,
                                    linkKey,
                                    Map.of(),
                                    List.of(new Entity.Rel(
                                            type,
                                            "Document",
                                            r.get("to").asString(),
                                            r.get("props").asMap()))));
        });
        tx.run("""
                        MATCH (p:PlanItem)-[:SET_IN]->(:Document {key: $key})
                        RETURN p.key AS key, properties(p) AS props,
                               [(p)-[r]->(o) WHERE type(r) IN $itemRelations |
                                 {type: type(r), label: labels(o)[0], to: o.key, props: properties(r)}] AS rels
                        """, params)
                .list()
                .forEach(r -> put(
                        state,
                        ChangeSubject.PLAN_ITEM,
                        "PlanItem",
                        r.get("key").asString(),
                        r.get("props"),
                        r.get("rels")));
        tx.run("""
                        MATCH (p:PlanItem)-[:SET_IN]->(:Document {key: $key})
                        MATCH (p)-[:HAS_TARGET|HAS_RESULT]->(t:Target)
                        RETURN t.key AS key, t.kind AS kind, properties(t) AS props
                        """, params)
                .list()
                .forEach(r -> put(
                        state,
                        r.get("kind").asString().equals("RESULT") ? ChangeSubject.RESULT : ChangeSubject.TARGET,
                        "Target",
                        r.get("key").asString(),
                        r.get("props"),
                        null));
        tx.run("""
                        // indicators an import wrote that no other document's rows set
                        MATCH (p:PlanItem)-[:SET_IN]->(:Document {key: $key})
                        MATCH (p)-[:SETS]->(i:Indicator {origin: 'IMPORT'})
                        WHERE NOT exists { (i)<-[:SETS]-(:PlanItem)-[:SET_IN]->(o:Document) WHERE o.key <> $key }
                        RETURN DISTINCT i.key AS key, properties(i) AS props
                        """, params)
                .list()
                .forEach(r -> put(
                        state,
                        ChangeSubject.INDICATOR,
                        "Indicator",
                        r.get("key").asString(),
                        r.get("props"),
                        null));
        tx.run("""
                        // cited-only documents an import created that only this document (or its rows) cites
                        MATCH (d:Document {key: $key})
                        CALL {
                          WITH d MATCH (d)-[]->(s:Document) RETURN s
                          UNION
                          WITH d MATCH (:Document {key: $key})<-[:SET_IN]-(:PlanItem)-[:LEGAL_BASIS]->(s:Document)
                          RETURN s
                        }
                        WITH d, s WHERE s.origin = 'IMPORT' AND s.citedOnly
                          AND NOT exists { (o:Document)-->(s) WHERE o <> d }
                          AND NOT exists { (q:PlanItem)-->(s) WHERE NOT (q)-[:SET_IN]->(d) }
                        RETURN DISTINCT s.key AS key, properties(s) AS props
                        """, params)
                .list()
                .forEach(r -> put(
                        state,
                        ChangeSubject.CITED_DOCUMENT,
                        "Document",
                        r.get("key").asString(),
                        r.get("props"),
                        null));
        return state;
    }

    private static void put(
            Map<ChangeSubject, Map<String, Entity>> state,
            ChangeSubject subject,
            String label,
            String key,
            Value props,
            Value rels) {
        var relList = new ArrayList<Entity.Rel>();
        if (rels != null) {
            rels.asList(v -> v)
                    .forEach(v -> relList.add(new Entity.Rel(
                            v.get("type").asString(),
                            v.get("label").asString(),
                            v.get("to").asString(),
                            v.get("props").asMap())));
        }
        state.get(subject).put(key, new Entity(subject, label, key, props.asMap(), relList));
    }
}
