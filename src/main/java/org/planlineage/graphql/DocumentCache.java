package org.planlineage.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The parsed and validated documents of the queries asked recently, by their text, so that a query asked again (a
 * front end asks the same few documents with different variables) is neither parsed nor validated again: both depend
 * on the text and the schema alone, never on the variables, which are coerced and checked for every request.
 *
 * <p>Only a document that parsed and validated cleanly is kept: a refused one is refused afresh each time (its
 * messages may depend on the request's locale), and a flood of distinct bad documents cannot evict the good ones.
 * Bounded by the documents' total length in characters ({@code app.graphql.document-cache-characters}), the least
 * used evicted first; a full cache still answers, by parsing. The guardrails that depend on the variables (depth,
 * complexity and cost, through {@code first:} and {@code @include(if:)}) run on every execution, cached or not.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private final Cache<String, PreparsedDocumentEntry> documents;
    private final long capacity;

    /** At most {@code maxCharacters} characters of query text (the parsed documents take several times that). */
    DocumentCache(long maxCharacters) {
        this.capacity = Math.max(0, maxCharacters);
        this.documents = Caffeine.newBuilder()
                .maximumWeight(capacity)
                .weigher((String query, PreparsedDocumentEntry entry) -> query.length())
                .executor(Runnable::run) // evictions on the caller's thread, at once: no pool task per request
                .build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry cached = documents.getIfPresent(query);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            documents.put(query, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** The most characters of query text it holds; 0: off (graphql-java parses every request). */
    long capacity() {
        return capacity;
    }

    /** Forgets every document, for tests. */
    void clear() {
        documents.invalidateAll();
    }

    /** Whether it holds the document of this query text, for tests. */
    boolean contains(String query) {
        return documents.getIfPresent(query) != null;
    }

    /** How many documents it holds now (after pending evictions), for tests. */
    long size() {
        documents.cleanUp();
        return documents.estimatedSize();
    }
}
