package org.planlineage.document;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.planlineage.graph.GraphReads;
import org.planlineage.graph.NodeSource;
import org.planlineage.graph.NodeType;
import org.planlineage.graph.Relation;
import org.planlineage.graphql.Paging;
import org.planlineage.text.Folding;
import org.springframework.stereotype.Repository;

/** Cypher for documents and their links. Every query takes its values as parameters. */
@Repository
public class DocumentQueries implements NodeSource<Document> {

    private static final String PROJECTION = Document.PROJECTION;

    private final GraphReads reads;

    DocumentQueries(GraphReads reads) {
        this.reads = reads;
    }

    @Override
    public NodeType nodeType() {
        return NodeType.DOCUMENT;
    }

    /** The documents with these keys, keyed by key; unknown keys are absent. */
    @Override
    public String projection() {
        return "WITH n AS d RETURN " + Document.PROJECTION + " AS node";
    }

    @Override
    public Document read(Value node) {
        return Document.from(node);
    }

    @Override
    public Map<String, Document> byKeys(Collection<String> keys) {
        var result = new LinkedHashMap<String, Document>();
        if (keys.isEmpty()) {
            return result;
        }
        reads.query("MATCH (d:Document) WHERE d.key IN $keys RETURN " + PROJECTION + " AS d ORDER BY d.key")
                .bind("keys", List.copyOf(keys))
                .list(r -> Document.from(r.get("d")))
                .forEach(d -> result.put(d.key(), d));
        return result;
    }

    /** Documents whose number is exactly this, or, if none is, equal to it once case, marks and noise are folded. */
    public List<Document> byNumber(String number) {
        return reads
                .query("""
                        // exact matches win; the folded form ("742qdubnd") catches loosely typed numbers
                        OPTIONAL MATCH (exact:Document {number: $number})
                        WITH collect(exact) AS exact
                        OPTIONAL MATCH (loose:Document {numberFolded: $folded})
                        WITH exact, collect(loose) AS loose
                        WITH CASE WHEN size(exact) > 0 THEN exact ELSE loose END AS found
                        UNWIND found AS d
                        RETURN %s AS d ORDER BY d.key
                        """.formatted(PROJECTION))
                .bind("number", number)
                .bind("folded", Folding.foldNumber(number))
                .list(r -> Document.from(r.get("d")))
                .stream()
                .toList();
    }

    /** One page of documents matching the filter, newest first, and how many match in all. */
    public PageResult page(DocumentFilter filter, Paging paging) {
        var f = filter == null ? new DocumentFilter(null, null, null, null, null, null) : filter;
        String where = """
                MATCH (d:Document)
                WHERE ($types IS NULL OR d.type IN $types)
                  AND ($level IS NULL OR d.level = $level)
                  AND ($issuer IS NULL OR exists { (d)-[:ISSUED_BY]->(:Agency {key: $issuer}) })
                  AND ($from IS NULL OR d.issuedOn >= $from)
                  AND ($to IS NULL OR d.issuedOn <= $to)
                  AND ($text IS NULL OR d.searchText CONTAINS $text OR d.numberFolded CONTAINS $textNumber)
                """;
        long total = filtered(where + " RETURN count(d) AS n", f)
                .one(r -> r.get("n").asLong())
                .orElse(0L);
        var docs = filtered(where + """
                        WITH d ORDER BY d.issuedOn IS NULL, d.issuedOn DESC, d.key
                        SKIP $skip LIMIT $limit
                        RETURN %s AS d
                        """.formatted(PROJECTION), f)
                .bind("skip", paging.offset())
                .bind("limit", paging.limit())
                .list(r -> Document.from(r.get("d")))
                .stream()
                .toList();
        return new PageResult(docs, (int) total);
    }

    public record PageResult(List<Document> documents, int totalCount) {}

    /** The statement with the filter's parameters bound; an absent field binds null, which matches everything. */
    private GraphReads.Statement filtered(String cypher, DocumentFilter f) {
        return reads.query(cypher)
                .bind("types", f.types() == null ? null : names(f.types()))
                .bind("level", f.level() == null ? null : f.level().name())
                .bind("issuer", f.issuer())
                .bind("from", f.issuedFrom())
                .bind("to", f.issuedTo())
                .bind("text", f.text() == null ? null : Folding.fold(f.text()))
                .bind("textNumber", f.text() == null ? null : Folding.foldNumber(f.text()));
    }

    /** For each key, the documents it cites (one hop up), ordered by relation then key. */
    public Map<String, List<DocumentLink>> basedOn(Collection<String> keys) {
        return links("MATCH (owner:Document)-[r]->(other:Document)", keys);
    }

    /** For each key, the documents that cite it (one hop down), ordered by relation then key. */
    public Map<String, List<DocumentLink>> derived(Collection<String> keys) {
        return links("MATCH (owner:Document)<-[r]-(other:Document)", keys);
    }

    private Map<String, List<DocumentLink>> links(String match, Collection<String> keys) {
        var result = new LinkedHashMap<String, List<DocumentLink>>();
        keys.forEach(k -> result.put(k, new java.util.ArrayList<>()));
        reads.query(match + """
                         WHERE owner.key IN $keys AND type(r) IN $relations
                        RETURN owner.key AS owner, type(r) AS relation, other.key AS other, properties(r) AS props
                        ORDER BY owner, relation, other
                        """)
                .bind("keys", List.copyOf(keys))
                .bind("relations", names(Relation.betweenDocuments()))
                .list(r -> new DocumentLink(
                        r.get("owner").asString(),
                        Relation.valueOf(r.get("relation").asString()),
                        r.get("other").asString(),
                        Provenance.from(r.get("props"))))
                .forEach(l -> result.get(l.ownerKey()).add(l));
        return result;
    }

    private static List<String> names(List<? extends Enum<?>> constants) {
        return constants.stream().map(Enum::name).toList();
    }
}
