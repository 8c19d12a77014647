package org.planlineage.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.neo4j.driver.Value;
import org.planlineage.graph.GraphReads;
import org.planlineage.graph.Node;
import org.planlineage.graph.NodeLoader;
import org.planlineage.graph.NodeType;
import org.planlineage.graphql.ApiException;
import org.planlineage.graphql.Paging;
import org.planlineage.text.Folding;
import org.springframework.stereotype.Service;

/**
 * Searches the {@code search_text} full-text index. The query is folded like the indexed text and split into
 * words; every word is a term (so "an" in "an toàn" counts) and the whole query is also tried as a phrase, which
 * ranks a hit with the words in order above one that has them scattered. The index itself keeps only the best hits
 * (its {@code limit} option): a common phrase matches a third of the national graph's nodes, and scoring, sorting
 * and reading every one of them took over a second at scale 0.1 (docs/benchmarks.md, natq).
 */
@Service
class SearchService {

    private static final Pattern WORDS = Pattern.compile("[^a-z0-9]+");

    /** A search box, not a document: well under Lucene's limit of 1,024 clauses per query (each word is one). */
    static final int MAX_WORDS = 64;

    /**
     * The index cannot filter by label: for some kinds only, it is asked for this many times {@code first} hits and
     * the statement keeps the wanted kinds; when fewer than {@code first} remain, every hit is read (the last
     * resort, as costly as the words are common).
     */
    static final int KINDS_FACTOR = 10;

    private final GraphReads reads;
    private final NodeLoader nodes;
    private final Map<Set<NodeType>, String> statements = new ConcurrentHashMap<>();

    SearchService(GraphReads reads, NodeLoader nodes) {
        this.reads = reads;
        this.nodes = nodes;
    }

    /**
     * A hit as the statement reads it: the node (a {@link org.planlineage.graph.BareNode} unless its kind is loaded),
     * its score and the words of it a snippet quotes.
     */
    private record Found(Node node, double score, Value words) {}

    /** What the statement reads of each hit: the kinds read in full, and whether the words a snippet quotes. */
    private record Read(Set<NodeType> loaded, boolean words) {}

    /**
     * The hits, the nodes of the kinds {@code loaded} read in full and the others by their key alone (a request that
     * selects nothing of them but {@code id}: {@link HitSelection}); with their snippets when {@code snippets}, else
     * with none (null: a request that does not select them).
     */
    List<SearchHit> search(String text, List<SearchKind> kinds, Integer first, Set<NodeType> loaded, boolean snippets) {
        int limit = first == null ? Paging.DEFAULT_FIRST : first;
        if (limit < 1 || limit > Paging.MAX_FIRST) {
            throw ApiException.badRequest("'first' must be between 1 and " + Paging.MAX_FIRST + ", got " + limit);
        }
        List<String> terms = terms(text);
        if (terms.isEmpty() || String.join("", terms).length() < 2) {
            throw ApiException.badRequest("'text' must hold at least 2 letters or digits to search for");
        }
        if (terms.size() > MAX_WORDS) {
            throw ApiException.badRequest("'text' holds " + terms.size() + " different words; search for at most "
                    + MAX_WORDS + " (the words that matter most)");
        }
        // terms are folded letters and digits only, so nothing in them is Lucene syntax
        String query = "\"" + String.join(" ", terms) + "\"^4 " + String.join(" ", terms);
        boolean everyKind =
                kinds == null || kinds.isEmpty() || Set.copyOf(kinds).size() == SearchKind.values().length;
        List<String> labels = (everyKind ? List.of(SearchKind.values()) : kinds)
                .stream().map(k -> k.nodeType().label()).toList();
        var read = new Read(loaded, snippets);
        List<Found> found = found(query, labels, limit, everyKind ? limit : limit * KINDS_FACTOR, read);
        if (!everyKind && found.size() < limit) {
            found = found(query, labels, limit, null, read);
        }
        return hits(found, snippets ? Set.copyOf(terms) : null);
    }

    /**
     * The best {@code limit} hits of the wanted labels among the index's best {@code fetch} (every hit when null),
     * highest score first, then by key. Among hits of equal score (a row written alike in a thousand communes'
     * plans), which ones the index keeps follows its own order, not their keys.
     */
    private List<Found> found(String query, List<String> labels, int limit, Integer fetch, Read read) {
        String statement = statements.get(read.loaded());
        if (statement == null) {
            statement = statement(read.loaded());
            statements.putIfAbsent(Set.copyOf(read.loaded()), statement);
        }
        return reads.query(statement)
                .bind("query", query)
                .bind("options", fetch == null ? Map.of() : Map.of("limit", fetch))
                .bind("labels", labels)
                .bind("limit", limit)
                .bind("words", read.words())
                .list(r -> new Found(
                        nodes.read(r.get("label"), r.get("node")),
                        r.get("score").asDouble(),
                        r.get("words")));
    }

    /**
     * The statement for the kinds read in full, written once per set of kinds (at most 16). When none is, each hit is
     * its key with the label the filter already read (the raw statement's reads: no second {@code labels(n)} per hit).
     */
    private String statement(Set<NodeType> loaded) {
        String answer = loaded.isEmpty()
                ? "RETURN kind AS label, key AS node, score, words ORDER BY score DESC, key"
                : nodes.projectionOfN(loaded) + "\nRETURN label, node, score, words ORDER BY score DESC, key";
        return """
                CALL db.index.fulltext.queryNodes('search_text', $query, $options) YIELD node, score
                WITH node, score, labels(node)[0] AS kind
                WHERE kind IN $labels
                WITH node AS n, score, kind ORDER BY score DESC, n.key LIMIT $limit
                // the words a snippet quotes, of whichever kind the node is (absent ones are null); none
                // when the request selects no snippet
                WITH n, score, kind, n.key AS key,
                     CASE WHEN $words THEN n {.number, .title, .text, .name, .aliases, .successionNote}
                     END AS words
                // each hit as the API serves it, in the same statement: the kinds the request selects
                // fields of in full, the others by their key
                %s
                """.formatted(answer);
    }

    /** Each node found with the words of it a hit shows; with no snippet when {@code terms} is null. */
    private List<SearchHit> hits(List<Found> found, Set<String> terms) {
        var result = new ArrayList<SearchHit>();
        for (Found f : found) {
            Node node = f.node();
            if (terms == null) {
                result.add(new SearchHit(SearchKind.of(node.nodeType()), f.score(), node, null));
                continue;
            }
            Value w = f.words();
            String text = switch (node.nodeType()) {
                case DOCUMENT -> {
                    String number = w.get("number").asString(null);
                    String title = w.get("title").asString(null);
                    yield (number == null ? "" : number + " ") + (title == null ? "" : title);
                }
                case PLAN_ITEM -> w.get("text").asString();
                case INDICATOR -> w.get("name").asString();
                case AGENCY -> null; // its own: Snippets.ofAgency
            };
            String snippet = text == null
                    ? Snippets.ofAgency(
                            w.get("name").asString(),
                            w.get("aliases").asList(Value::asString, List.of()),
                            w.get("successionNote").asString(null),
                            terms)
                    : Snippets.of(text.strip(), terms);
            result.add(new SearchHit(SearchKind.of(node.nodeType()), f.score(), node, snippet));
        }
        return result;
    }

    static List<String> terms(String text) {
        return Arrays.stream(WORDS.split(Folding.fold(text == null ? "" : text)))
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new))
                .stream()
                .toList();
    }
}
