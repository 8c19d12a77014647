package org.planlineage.lineage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    NodeController(
            DocumentQueries documents, PlanItemQueries items, IndicatorQueries indicators, AgencyQueries agencies) {
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
        return find(ids);
    }

    private Object find(String id) {
        return find(List.of(id)).get(0);
    }

    /** One query per type named among the ids, in the order given; null for an unknown or malformed id. */
    private List<Object> find(List<String> ids) {
        var keysByType = new HashMap<String, List<String>>();
        for (String id : ids) {
            GlobalId g = GlobalId.parse(id);
            if (g.type() != null) {
                keysByType.computeIfAbsent(g.type(), t -> new ArrayList<>()).add(g.key());
            }
        }
        var found = new HashMap<String, Object>();
        keysByType.forEach((type, keys) -> {
            Map<String, ?> byKey = switch (type) {
                case "Document" -> documents.byKeys(keys);
                case "PlanItem" -> items.byKeys(keys);
                case "Indicator" -> indicators.byKeys(keys);
                default -> agencies.byKeys(keys);
            };
            byKey.forEach((key, entity) -> found.put(GlobalId.of(type, key), entity));
        });
        var result = new ArrayList<Object>();
        ids.forEach(id -> result.add(found.get(id)));
        return result;
    }
}
