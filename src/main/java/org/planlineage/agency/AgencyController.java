package org.planlineage.agency;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoader;
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
 * Serves {@code Query.agency}, {@code Query.agencies}, {@code Agency} and {@code Responsibility} (successions and who
 * answers: {@link SuccessionController}).
 */
@Controller
class AgencyController {

    private final AgencyQueries agencies;
    private final PlanItemQueries items;

    /** An agency's rows in one role, as asked for: the DataLoader key of {@code Agency.leads / cooperatesOn}. */
    record RowsKey(String agency, Args args) {}

    record Args(ResponsibilityRole role, Paging paging) {}

    AgencyController(AgencyQueries agencies, PlanItemQueries items, BatchLoaderRegistry registry) {
        this.agencies = agencies;
        this.items = items;
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

    @BatchMapping(typeName = "Responsibility", field = "agency")
    Map<Responsibility, Agency> responsibilityAgency(List<Responsibility> batch) {
        return Batches.byKey(batch, Responsibility::agencyKey, agencies::byKeys);
    }

    @BatchMapping(typeName = "Responsibility", field = "via")
    Map<Responsibility, Agency> responsibilityVia(List<Responsibility> batch) {
        return Batches.byKey(batch, Responsibility::viaKey, agencies::byKeys);
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
