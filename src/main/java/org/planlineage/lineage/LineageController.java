package org.planlineage.lineage;

import graphql.schema.DataFetchingEnvironment;
import java.time.LocalDate;
import java.util.List;
import org.planlineage.graph.Relation;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Serves {@code Query.lineage}. */
@Controller
class LineageController {

    private final LineageService lineages;

    LineageController(LineageService lineages) {
        this.lineages = lineages;
    }

    @QueryMapping
    Lineage lineage(
            @Argument String from,
            @Argument Direction direction,
            @Argument Integer maxDepth,
            @Argument List<Relation> relations,
            @Argument LocalDate asOf,
            DataFetchingEnvironment env) {
        // paths are the costly part of a large lineage, provenance the largest properties of its edges, a node's
        // properties most of what the statement returns: read each only when the query selects it
        return lineages.lineage(from, direction, maxDepth, relations, asOf, LineageSelection.of(env));
    }
}
