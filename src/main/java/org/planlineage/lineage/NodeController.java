package org.planlineage.lineage;

import java.util.ArrayList;
import java.util.List;
import org.planlineage.agency.AgencyQueries;
import org.planlineage.document.DocumentQueries;
import org.planlineage.graphql.ApiException;
import org.planlineage.graphql.GlobalId;
import org.planlineage.graphql.Paging;
import org.planlineage.indicator.IndicatorQueries;
import org.planlineage.indicator.PlanItemQueries;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Serves {@code Query.node} and {@code Query.nodes}: any entity by its global id. */
@Controller
class NodeController {

    private final DocumentQueries documents;
    private final PlanItemQueries items;
    private final IndicatorQueries indicators;
    private final AgencyQueries agencies;

    NodeController(DocumentQueries documents, PlanItemQueries items, IndicatorQueries indicators,
            AgencyQueries agencies) {
        this.documents = documents;
        this.items = items;
        this.indicators = indicators;
        this.agencies = agencies;
    }

    @QueryMapping
    Object node(@Argument String id) {
        Object found = find(id);
        if (found == null) {
            throw ApiException.notFound("No entity with id '" + id + "'; ids look like 'Document:742-qd-ubnd-2023'");
        }
        return found;
    }

    @QueryMapping
    List<Object> nodes(@Argument List<String> ids) {
        if (ids.size() > Paging.MAX_FIRST) {
            throw ApiException.badRequest("'ids' may hold at most " + Paging.MAX_FIRST + " ids, got " + ids.size());
        }
        var result = new ArrayList<Object>();
        ids.forEach(id -> result.add(find(id)));
        return result;
    }

    private Object find(String id) {
        GlobalId g = GlobalId.parse(id);
        if (g.type() == null) {
            return null;
        }
        List<String> key = List.of(g.key());
        return switch (g.type()) {
            case "Document" -> documents.byKeys(key).get(g.key());
            case "PlanItem" -> items.byKeys(key).get(g.key());
            case "Indicator" -> indicators.byKeys(key).get(g.key());
            case "Agency" -> agencies.byKeys(key).get(g.key());
            default -> null;
        };
    }
}
