package org.planlineage.agency;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.planlineage.document.Provenance;
import org.planlineage.document.ProvenanceQueries;
import org.planlineage.graph.NodeType;
import org.planlineage.graphql.ApiException;
import org.planlineage.graphql.Batches;
import org.planlineage.graphql.Connection;
import org.planlineage.graphql.Paging;
import org.planlineage.indicator.PlanItem;
import org.planlineage.indicator.PlanItemQueries;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

/**
 * Serves {@code Query.agency}, {@code Query.agencies} and {@code Agency} (successions and who answers:
 * {@link SuccessionController}; a {@code Responsibility} holds its units, read with it).
 */
@Controller
class AgencyController {

    private final AgencyQueries agencies;
    private final PlanItemQueries items;
    private final ProvenanceQueries provenance;

    /** An agency's rows in one role, as asked for: the DataLoader key of {@code Agency.leads / cooperatesOn}. */
    record RowsKey(String agency, Args args) {}

    record Args(ResponsibilityRole role, Paging paging) {}

    AgencyController(
            AgencyQueries agencies, PlanItemQueries items, ProvenanceQueries provenance, BatchLoaderRegistry registry) {
        this.agencies = agencies;
        this.items = items;
        this.provenance = provenance;
        registry.forTypePair(RowsKey.class, Connection.class)
                .withName("agencyRows")
                .registerMappedBatchLoader((keys, env) ->
                        Mono.fromSupplier(() -> Batches.grouped(keys, RowsKey::args, RowsKey::agency, this::pages)));
    }

    @SuppressWarnings("rawtypes")
    private Map<String, Connection> pages(List<String> agencyKeys, Args args) {
        var result = new java.util.HashMap<String, Connection>();
        items.ofAgencies(agencyKeys, args.role(), args.paging())
                .forEach((key, page) -> result.put(key, args.paging().page(page.items(), page.totalCount())));
        return result;
    }

    @QueryMapping
    Agency agency(@Argument String key) {
        Agency found = agencies.byKeys(List.of(key)).get(key);
        if (found == null) {
            throw ApiException.notFound("No agency with key '" + key + "'; find keys with agencies(search: ...)");
        }
        return found;
    }

    @QueryMapping
    Connection<Agency> agencies(
            @Argument String search,
            @Argument AdminLevel level,
            @Argument AgencyKind kind,
            @Argument Integer first,
            @Argument String after) {
        Paging paging = Paging.of(first, after);
        var page = agencies.page(search, level, kind, paging);
        return paging.page(page.agencies(), page.totalCount());
    }

    /** Read only when selected: the largest properties of a unit. */
    @BatchMapping
    Map<Agency, List<Provenance>> provenance(List<Agency> batch) {
        var byKey = provenance.ofNodes(NodeType.AGENCY, keys(batch));
        return Batches.map(batch, a -> byKey.getOrDefault(a.key(), List.of()));
    }

    @BatchMapping
    Map<Agency, Agency> parent(List<Agency> batch) {
        return Batches.byKey(batch, Agency::parentKey, agencies::byKeys);
    }

    @BatchMapping
    Map<Agency, List<Agency>> members(List<Agency> batch) {
        return related(batch, agencies::members);
    }

    @BatchMapping
    Map<Agency, List<Agency>> memberOf(List<Agency> batch) {
        return related(batch, agencies::memberOf);
    }

    @SchemaMapping
    CompletableFuture<Connection<PlanItem>> leads(
            Agency agency,
            @Argument Integer first,
            @Argument String after,
            DataLoader<RowsKey, Connection<PlanItem>> agencyRows) {
        return agencyRows.load(new RowsKey(agency.key(), new Args(ResponsibilityRole.LEAD, Paging.of(first, after))));
    }

    @SchemaMapping
    CompletableFuture<Connection<PlanItem>> cooperatesOn(
            Agency agency,
            @Argument Integer first,
            @Argument String after,
            DataLoader<RowsKey, Connection<PlanItem>> agencyRows) {
        return agencyRows.load(
                new RowsKey(agency.key(), new Args(ResponsibilityRole.COOPERATING, Paging.of(first, after))));
    }

    private Map<Agency, List<Agency>> related(
            List<Agency> batch, Function<List<String>, Map<String, List<String>>> query) {
        var keysByAgency = query.apply(keys(batch));
        var byKey = agencies.byKeys(
                keysByAgency.values().stream().flatMap(List::stream).distinct().toList());
        return Batches.map(
                batch, a -> keysByAgency.get(a.key()).stream().map(byKey::get).toList());
    }

    private static List<String> keys(List<Agency> batch) {
        return batch.stream().map(Agency::key).distinct().toList();
    }
}
