package org.planlineage.document;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.planlineage.agency.Agency;
import org.planlineage.agency.AgencyQueries;
import org.planlineage.graph.NodeType;
import org.planlineage.graph.SelectionWalk;
import org.planlineage.graphql.ApiException;
import org.planlineage.graphql.Batches;
import org.planlineage.graphql.Connection;
import org.planlineage.graphql.Paging;
import org.planlineage.indicator.Pillar;
import org.planlineage.indicator.PlanItem;
import org.planlineage.indicator.PlanItemQueries;
import org.planlineage.indicator.RowPageQueries;
import org.planlineage.indicator.RowPages;
import org.planlineage.indicator.RowSelection;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/** Serves {@code Query.document}, {@code Query.documents}, {@code Document}, {@code DocumentLink} and {@code Provenance}. */
@Controller
class DocumentController {

    private final DocumentQueries documents;
    private final AgencyQueries agencies;
    private final PlanItemQueries items;
    private final RowPageQueries rowPages;
    private final ProvenanceQueries provenance;

    /** A document's rows as asked for: the DataLoader key of {@code Document.items}. */
    record ItemsKey(String document, Args args) {}

    /** The arguments of {@code items}, and what the request selected of the rows (read with them). */
    record Args(Pillar pillar, Paging paging, RowSelection with) {}

    DocumentController(
            DocumentQueries documents,
            AgencyQueries agencies,
            PlanItemQueries items,
            RowPageQueries rowPages,
            ProvenanceQueries provenance,
            BatchLoaderRegistry registry) {
        this.documents = documents;
        this.agencies = agencies;
        this.items = items;
        this.rowPages = rowPages;
        this.provenance = provenance;
        registry.forTypePair(ItemsKey.class, RowPageQueries.Page.class)
                .withName("documentItems")
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> Batches.grouped(
                        keys,
                        ItemsKey::args,
                        ItemsKey::document,
                        (docs, args) -> rowPages.ofDocuments(docs, args.pillar(), args.paging(), args.with()))));
    }

    @QueryMapping
    Document document(@Argument String key, @Argument String number) {
        if ((key == null) == (number == null)) {
            throw ApiException.badRequest(
                    "Give exactly one of 'key' (e.g. \"742-qd-ubnd-2023\") or 'number' " + "(e.g. \"742/QĐ-UBND\")");
        }
        if (key != null) {
            Document found = documents.byKeys(List.of(key)).get(key);
            if (found == null) {
                throw ApiException.notFound("No document with key '" + key + "'");
            }
            return found;
        }
        List<Document> found = documents.byNumber(number);
        if (found.isEmpty()) {
            throw ApiException.notFound("No document with number '" + number + "'");
        }
        if (found.size() > 1) {
            throw new ApiException(
                    ApiException.Classification.AMBIGUOUS,
                    "Number '" + number + "' was used by " + found.size() + " documents; ask again by key",
                    Map.of("candidates", found.stream().map(Document::key).toList()));
        }
        return found.get(0);
    }

    @QueryMapping
    Connection<Document> documents(@Argument DocumentFilter filter, @Argument Integer first, @Argument String after) {
        Paging paging = Paging.of(first, after);
        var page = documents.page(filter, paging);
        return paging.page(page.documents(), page.totalCount());
    }

    @BatchMapping
    Map<Document, Agency> issuer(List<Document> docs) {
        return Batches.byKey(docs, Document::issuerKey, agencies::byKeys);
    }

    /** Read only when selected: the largest properties of a document. */
    @BatchMapping
    Map<Document, List<Provenance>> provenance(List<Document> docs) {
        var byKey = provenance.ofNodes(
                NodeType.DOCUMENT, docs.stream().map(Document::key).toList());
        return Batches.map(docs, d -> byKey.getOrDefault(d.key(), List.of()));
    }

    @BatchMapping
    Map<Document, List<DocumentLink>> basedOn(List<Document> docs) {
        var links = documents.basedOn(docs.stream().map(Document::key).toList());
        return byDocument(docs, links);
    }

    @BatchMapping
    Map<Document, List<DocumentLink>> derivedDocuments(List<Document> docs) {
        var links = documents.derived(docs.stream().map(Document::key).toList());
        return byDocument(docs, links);
    }

    /**
     * The page is read with what the request selected of its rows, which is kept for the request, where the rows'
     * fields answer from it ({@code RowPartFetchers}): a page with its targets, units, legal basis and indicator is
     * one statement, and those fields call no loader.
     */
    @SchemaMapping
    CompletableFuture<Connection<PlanItem>> items(
            Document doc,
            @Argument Integer first,
            @Argument String after,
            @Argument Pillar pillar,
            DataFetchingEnvironment env,
            DataLoader<ItemsKey, RowPageQueries.Page> documentItems) {
        var args = new Args(pillar, Paging.of(first, after), RowSelection.of(SelectionWalk.of(env)));
        return documentItems.load(new ItemsKey(doc.key(), args)).thenApply(page -> {
            RowPages.hold(env, page);
            return args.paging().page(page.items(), page.totalCount());
        });
    }

    @SchemaMapping
    PlanItem item(Document doc, @Argument String number) {
        var found = items.ofDocumentByNumber(doc.key(), number);
        if (found.isEmpty()) {
            throw ApiException.notFound("Document " + doc.key() + " has no row numbered '" + number + "'");
        }
        return found.get(0);
    }

    @BatchMapping(typeName = "DocumentLink", field = "document")
    Map<DocumentLink, Document> linkDocument(List<DocumentLink> links) {
        return Batches.byKey(links, DocumentLink::documentKey, documents::byKeys);
    }

    @BatchMapping(typeName = "Provenance", field = "document")
    Map<Provenance, Document> provenanceDocument(List<Provenance> provenance) {
        return Batches.byKey(provenance, Provenance::documentKey, documents::byKeys);
    }

    private static Map<Document, List<DocumentLink>> byDocument(
            List<Document> docs, Map<String, List<DocumentLink>> links) {
        return Batches.map(docs, d -> links.getOrDefault(d.key(), List.of()));
    }
}
