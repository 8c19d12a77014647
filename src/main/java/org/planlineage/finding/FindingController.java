package org.planlineage.finding;

import graphql.schema.DataFetchingEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.planlineage.agency.AdminLevel;
import org.planlineage.agency.Agency;
import org.planlineage.document.Document;
import org.planlineage.document.DocumentQueries;
import org.planlineage.document.Provenance;
import org.planlineage.graph.SelectionWalk;
import org.planlineage.graphql.Batches;
import org.planlineage.indicator.Indicator;
import org.planlineage.indicator.IndicatorQueries;
import org.planlineage.indicator.PlanItem;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Serves {@code Query.findings} and the fields of {@code Finding} that name entities, each loaded once for the whole
 * page ({@link FindingDetails}).
 */
@Controller
class FindingController {

    private final FindingService findings;
    private final FindingDetails details;
    private final DocumentQueries documents;
    private final IndicatorQueries indicators;

    FindingController(
            FindingService findings, FindingDetails details, DocumentQueries documents, IndicatorQueries indicators) {
        this.findings = findings;
        this.details = details;
        this.documents = documents;
        this.indicators = indicators;
    }

    @QueryMapping
    FindingConnection findings(
            @Argument List<FindingKind> kinds,
            @Argument String document,
            @Argument AdminLevel level,
            @Argument Integer year,
            @Argument Integer first,
            @Argument String after,
            DataFetchingEnvironment env) {
        var filter = FindingFilter.of(kinds, document, level, year, documents);
        // the counts per kind cost every rule: run them all only when the query selects the counts
        if (!selectsCounts(SelectionWalk.of(env))) {
            return new FindingConnection(FindingPage.page(findings.find(filter), first, after), null);
        }
        List<Finding> every = findings.find(filter.everyKind());
        var counts = Arrays.stream(FindingKind.values())
                .map(k -> new FindingConnection.Count(
                        k, (int) every.stream().filter(f -> f.kind() == k).count()))
                .toList();
        var page = FindingPage.page(every.stream().filter(filter::accepts).toList(), first, after);
        return new FindingConnection(page, counts);
    }

    private static boolean selectsCounts(SelectionWalk walk) {
        boolean[] counts = {false};
        walk.fields(field -> counts[0] |= field.getName().equals("counts"));
        return counts[0];
    }

    @BatchMapping(typeName = "Finding", field = "document")
    Map<Finding, Document> document(List<Finding> batch) {
        return Batches.byKey(batch, Finding::documentKey, documents::byKeys);
    }

    @BatchMapping(typeName = "Finding", field = "documents")
    Map<Finding, List<Document>> documents(List<Finding> batch) {
        var loaded = details.documents(batch);
        return Batches.map(
                batch, f -> f.documentKeys().stream().map(loaded::get).toList());
    }

    @BatchMapping(typeName = "Finding", field = "items")
    Map<Finding, List<PlanItem>> items(List<Finding> batch) {
        var loaded = details.items(batch);
        return Batches.map(batch, f -> f.itemKeys().stream().map(loaded::get).toList());
    }

    @BatchMapping(typeName = "Finding", field = "agencies")
    Map<Finding, List<Agency>> agencies(List<Finding> batch) {
        var loaded = details.agencies(batch);
        return Batches.map(batch, f -> f.agencyKeys().stream().map(loaded::get).toList());
    }

    @BatchMapping(typeName = "Finding", field = "indicator")
    Map<Finding, Indicator> indicator(List<Finding> batch) {
        return Batches.byKey(batch, Finding::indicatorKey, indicators::byKeys);
    }

    @BatchMapping(typeName = "Finding", field = "provenance")
    Map<Finding, List<Provenance>> provenance(List<Finding> batch) {
        return details.provenance(batch);
    }
}
