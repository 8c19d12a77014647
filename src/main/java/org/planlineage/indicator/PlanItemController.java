package org.planlineage.indicator;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.planlineage.agency.Agency;
import org.planlineage.agency.AgencyQueries;
import org.planlineage.agency.Responsibility;
import org.planlineage.agency.ResponsibilityRole;
import org.planlineage.document.Document;
import org.planlineage.document.DocumentQueries;
import org.planlineage.document.Provenance;
import org.planlineage.document.ProvenanceQueries;
import org.planlineage.graph.NodeType;
import org.planlineage.graphql.ApiException;
import org.planlineage.graphql.Batches;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Serves {@code Query.planItem} and the fields of {@code PlanItem}. Every field that reaches into the graph is
 * loaded for the whole batch of items in the response at once (a page of 100 items costs one query per field).
 */
@Controller
class PlanItemController {

    /** The DataLoader for fields with arguments: a key is an item and the argument it was asked with. */
    record ResponsibleKey(String itemKey, boolean expandGroups, LocalDate asOf) {}

    private final PlanItemQueries items;
    private final TargetQueries targets;
    private final DocumentQueries documents;
    private final AgencyQueries agencies;
    private final IndicatorQueries indicators;
    private final ProvenanceQueries provenance;

    PlanItemController(
            PlanItemQueries items,
            TargetQueries targets,
            DocumentQueries documents,
            AgencyQueries agencies,
            IndicatorQueries indicators,
            ProvenanceQueries provenance,
            BatchLoaderRegistry registry) {
        this.items = items;
        this.targets = targets;
        this.documents = documents;
        this.agencies = agencies;
        this.indicators = indicators;
        this.provenance = provenance;
        registry.forTypePair(String.class, List.class)
                .withName("planItemTargets")
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> raw(targets.targets(keys))));
        registry.forTypePair(ResponsibleKey.class, List.class)
                .withName("planItemResponsibilities")
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> raw(responsibilities(keys))));
    }

    @QueryMapping
    PlanItem planItem(@Argument String key) {
        PlanItem item = items.byKeys(List.of(key)).get(key);
        if (item == null) {
            throw ApiException.notFound("No plan item with key '" + key
                    + "'; keys are '<document key>:<ref>', e.g. '3100-qd-ubnd-2023:12'");
        }
        return item;
    }

    /** Read only when selected: the largest properties of a row. */
    @BatchMapping
    Map<PlanItem, List<Provenance>> provenance(List<PlanItem> batch) {
        var byKey = provenance.ofNodes(NodeType.PLAN_ITEM, keys(batch));
        return Batches.map(batch, p -> byKey.getOrDefault(p.key(), List.of()));
    }

    @BatchMapping
    Map<PlanItem, Document> document(List<PlanItem> batch) {
        return Batches.byKey(batch, PlanItem::documentKey, documents::byKeys);
    }

    @SchemaMapping
    CompletableFuture<List<Target>> targets(PlanItem item, DataLoader<String, List<Target>> planItemTargets) {
        return planItemTargets.load(item.key());
    }

    @SchemaMapping
    CompletableFuture<Target> target(
            PlanItem item, @Argument int year, DataLoader<String, List<Target>> planItemTargets) {
        return planItemTargets
                .load(item.key())
                .thenApply(all ->
                        all.stream().filter(t -> t.year() == year).findFirst().orElse(null));
    }

    @BatchMapping
    Map<PlanItem, List<Target>> results(List<PlanItem> batch) {
        var byItem = targets.results(keys(batch));
        return Batches.map(batch, p -> byItem.get(p.key()));
    }

    @BatchMapping
    Map<PlanItem, List<Agency>> lead(List<PlanItem> batch) {
        return units(batch, ResponsibilityRole.LEAD);
    }

    @BatchMapping
    Map<PlanItem, List<Agency>> cooperating(List<PlanItem> batch) {
        return units(batch, ResponsibilityRole.COOPERATING);
    }

    @BatchMapping
    Map<PlanItem, List<Document>> legalBasis(List<PlanItem> batch) {
        var basis = items.legalBasis(keys(batch));
        return Batches.map(batch, p -> basis.get(p.key()));
    }

    @BatchMapping
    Map<PlanItem, Indicator> indicator(List<PlanItem> batch) {
        var byItem = items.indicators(keys(batch));
        var result = new LinkedHashMap<PlanItem, Indicator>();
        batch.forEach(p -> {
            if (byItem.containsKey(p.key())) {
                result.put(p, byItem.get(p.key()));
            }
        });
        return result;
    }

    @SchemaMapping
    CompletableFuture<List<Responsibility>> responsibleUnits(
            PlanItem item,
            @Argument Boolean expandGroups,
            @Argument LocalDate asOf,
            DataLoader<ResponsibleKey, List<Responsibility>> planItemResponsibilities) {
        return planItemResponsibilities.load(
                new ResponsibleKey(item.key(), expandGroups == null || expandGroups, asOf));
    }

    private Map<ResponsibleKey, List<Responsibility>> responsibilities(java.util.Set<ResponsibleKey> keys) {
        var result = new LinkedHashMap<ResponsibleKey, List<Responsibility>>();
        for (boolean expand : new boolean[] {true, false}) {
            var ofThisKind = keys.stream()
                    .filter(k -> k.expandGroups() == expand)
                    .map(ResponsibleKey::itemKey)
                    .distinct()
                    .toList();
            if (!ofThisKind.isEmpty()) {
                var loaded = agencies.responsibilities(ofThisKind, expand);
                // the date changes nothing of who was assigned: it is handed on to Responsibility.answering
                keys.stream()
                        .filter(k -> k.expandGroups() == expand)
                        .forEach(k -> result.put(
                                k,
                                loaded.get(k.itemKey()).stream()
                                        .map(r -> r.on(k.asOf()))
                                        .toList()));
            }
        }
        return result;
    }

    private Map<PlanItem, List<Agency>> units(List<PlanItem> batch, ResponsibilityRole role) {
        var byItem = items.units(keys(batch), role);
        return Batches.map(batch, p -> byItem.get(p.key()));
    }

    /** The registry is typed by class, so list values travel as raw {@code List}s. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <K> Map<K, List> raw(Map<K, ? extends List<?>> map) {
        return (Map<K, List>) (Map) map;
    }

    private static List<String> keys(List<PlanItem> batch) {
        return batch.stream().map(PlanItem::key).distinct().toList();
    }
}
