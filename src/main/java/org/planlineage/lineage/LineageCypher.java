package org.planlineage.lineage;

import org.planlineage.document.Provenance;

/**
 * The text of the lineage Cypher, apart from its execution ({@link LineageQueries}): the statement that reads a whole
 * lineage at once, the statement of one hop for a frontier, and the parts they share. Every bound is a parameter
 * except a quantified path's largest depth, which Cypher needs as a literal: it comes from configuration, never from
 * a request.
 */
final class LineageCypher {

    private LineageCypher() {}

    /**
     * UP, every node within the depth, once, at its smallest hop count: breadth-first in the database along the
     * followed relations from the derived node to what it derives from (always a document). A variable-length
     * pattern whose only use is each end's smallest length is planned as a pruning breadth-first expansion
     * ({@code VarLengthExpand(Pruning,BFS)}: each node visited once, no path enumerated), which costs the slotted
     * runtime half of what {@code ANY SHORTEST} does (it compiles its automaton on every execution; docs/benchmarks.md,
     * "Lineage UP at scale 1").
     */
    private static final String UP_REACHED = """
            CALL (root) {
              MATCH walk = (root)-[rs*0..%1$d]->(n)
              WHERE all(r IN rs WHERE type(r) IN $relations AND endNode(r):Document)
              WITH n, min(length(walk)) AS degree WHERE degree <= $depth
              // a lineage this wide is walked hop by hop instead (LineageService): stop reading here
              WITH n LIMIT $cap
              RETURN collect(n) AS reached
            }""";

    /**
     * DOWN, every node within the depth, once, at its smallest hop count, layer by layer: a document leads to the
     * documents that cite it and to the plan items set in it or based on it, a plan item to the units it assigns, a
     * group to its members. Each layer is breadth-first or one hop past the nearest node of the layer before; a layer
     * that reaches the cap stops the statement short (the service then walks hop by hop). The breadth-first layers
     * are variable-length patterns whose only use is each end's smallest length, planned as a pruning breadth-first
     * expansion as UP's is ({@code ANY SHORTEST}, which they replace, compiles its automaton on every execution;
     * docs/benchmarks.md, "Lineage DOWN at seed scale").
     */
    private static final String DOWN_REACHED = """
            // documents: the root and those that cite it, transitively (a plan item root stands alone at 0)
            CALL (root) {
              MATCH walk = (root)<-[rs*0..%1$d]-(n)
              WHERE all(r IN rs WHERE type(r) IN $relations AND startNode(r):Document AND endNode(r):Document)
              WITH n, min(length(walk)) AS degree WHERE degree <= $depth
              WITH n, degree LIMIT $cap
              RETURN collect([n, degree]) AS firsts
            }
            // plan items set in those documents or based on them, one hop past the nearest
            CALL (firsts) {
              UNWIND firsts AS x
              WITH x[0] AS d, x[1] AS degree
              WHERE size(firsts) < $cap AND d:Document AND degree < $depth
              MATCH (d)<-[r]-(p:PlanItem) WHERE type(r) IN $relations
              WITH p, min(degree) + 1 AS degree LIMIT $cap
              RETURN collect([p, degree]) AS items
            }
            WITH root, firsts, items + [x IN firsts WHERE x[0]:PlanItem] AS items
            // the units those items assign, then the members of groups among them, transitively
            CALL (items) {
              UNWIND items AS x
              WITH x[0] AS p, x[1] AS degree
              WHERE size(items) < $cap AND degree < $depth
              MATCH (p)-[r:LEAD|COOPERATING]->(a:Agency) WHERE type(r) IN $relations
              WITH a, min(degree) + 1 AS degree LIMIT $cap
              CALL (a, degree) {
                MATCH walk = (a)<-[rs:MEMBER_OF*0..%1$d]-(m)
                WHERE all(r IN rs WHERE type(r) IN $relations AND startNode(r):Agency)
                WITH m, min(length(walk)) AS length
                RETURN m, degree + length AS reachedAt
              }
              WITH m, min(reachedAt) AS degree WHERE degree <= $depth
              RETURN collect(m) AS units
            }
            WITH root, [x IN firsts WHERE x[0]:Document | x[0]] + [x IN items | x[0]] + units AS reached""";

    /** UP, the hops out of {@code n}: the walk's direction is the relation's, the parent is the derived end. */
    private static final String UP_HOPS = """
            MATCH (n)-[r]->(m:Document)
            WHERE type(r) IN $relations
            RETURN r, m, n AS derived, m AS base""";

    /**
     * DOWN, the hops out of {@code n} but successions, one branch per kind of node; each names the derived end and the
     * base end. What the whole-lineage statement reads: it does not follow successions ({@code LineageService} walks
     * them hop by hop), and a branch for them cost it a look at every unit's relationships (1,331 of 23,115 db hits
     * from 742/QĐ-UBND at seed) for no row.
     */
    private static final String DOWN_HOPS_BUT_SUCCESSIONS = """
            // documents that cite a document, and plan items set in it or based on it
            MATCH (n:Document)<-[r]-(m)
            WHERE type(r) IN $relations AND (m:Document OR m:PlanItem)
            RETURN r, m, m AS derived, n AS base
            UNION
            // the units a plan item assigns (lead, cooperating)
            MATCH (n:PlanItem)-[r:LEAD|COOPERATING]->(m:Agency)
            WHERE type(r) IN $relations
            RETURN r, m, n AS derived, m AS base
            UNION
            // a group ("UBND 11 phường") expanded to its members
            MATCH (n:Agency)<-[r:MEMBER_OF]-(m:Agency)
            WHERE type(r) IN $relations
            RETURN r, m, m AS derived, n AS base""";

    /** DOWN, the hops out of {@code n}, successions too: the hop-by-hop walk's. */
    private static final String DOWN_HOPS = DOWN_HOPS_BUT_SUCCESSIONS + """

            UNION
            // on a date: a unit to the units its duties passed to by then (a succession without a date too: the
            // sources do not say it had not); from the former unit to its successor
            MATCH (n:Agency)-[r:SUCCEEDED_BY]->(m:Agency)
            WHERE type(r) IN $relations AND (r.since IS NULL OR r.since <= $asOf)
            RETURN r, m, n AS derived, m AS base""";

    /**
     * A hop as a short list: the relation, the child's key and label, whether the child is the relation's derived end
     * (its {@code from}; else the parent is), provenance when asked ({@link LineageQueries} reads it back by position).
     */
    private static final String HOP = """
            [type(r), m.key, labels(m)[0], derived = m, CASE WHEN $withProvenance THEN r {%s} END]""".formatted(Provenance.PROPERTIES);

    /** Roots are tried label by label: keys are unique within a label only. */
    static final String ROOT = """
            CALL () {
              UNWIND $documents AS k MATCH (root:Document {key: k}) RETURN root, 0 AS preference
              UNION
              UNWIND $items AS k MATCH (root:PlanItem {key: k}) RETURN root, 1 AS preference
            }
            WITH root ORDER BY preference LIMIT 1""";

    /**
     * The whole-lineage statement of a direction. A quantified path's bound is a literal in Cypher: the server's
     * largest depth (configuration, never the request), the depth asked for being a parameter.
     */
    static String whole(Direction direction, int largestDepth, String projectionOfN) {
        return """
                // the root: the first candidate that exists
                %s
                // every node within the depth
                %s
                // each node as the API serves it, with the hops out of it (a node at the depth too: they tell
                // whether the depth cut); none when the lineage is too wide to be read at once
                CALL (reached) {
                  UNWIND CASE WHEN size(reached) < $cap THEN reached ELSE [] END AS n
                  CALL (n) {
                    CALL (n) {
                %s
                    }
                    RETURN collect(%s) AS hops
                  }
                  %s
                  RETURN collect([label, node, hops]) AS nodes
                }
                RETURN root.key AS root, labels(root)[0] AS rootLabel, size(reached) >= $cap AS wide, nodes
                """.formatted(
                        ROOT,
                        (direction == Direction.UP ? UP_REACHED : DOWN_REACHED).formatted(largestDepth),
                        direction == Direction.UP ? UP_HOPS : DOWN_HOPS_BUT_SUCCESSIONS,
                        HOP,
                        projectionOfN);
    }

    /**
     * Every relationship of the followed relations from the frontier's nodes, one way or the other; successions only
     * those in force on {@code $asOf}.
     */
    static String hops(Direction direction) {
        return """
                // the frontier, label by label: keys are unique within a label only
                CALL () {
                  UNWIND $documents AS k MATCH (n:Document {key: k}) RETURN n
                  UNION
                  UNWIND $items AS k MATCH (n:PlanItem {key: k}) RETURN n
                  UNION
                  UNWIND $agencies AS k MATCH (n:Agency {key: k}) RETURN n
                }
                CALL (n) {
                %s
                }
                WITH n, %s AS hop
                // a stable order: the walk keeps the first edge it meets and cuts at the node bound in this order
                RETURN n.key AS parent, labels(n)[0] AS parentLabel, hop ORDER BY parent, hop[0], hop[1]
                """.formatted(direction == Direction.UP ? UP_HOPS : DOWN_HOPS, HOP);
    }
}
