package org.planlineage.relation;

import java.util.List;
import org.planlineage.graph.Relation;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Serves {@code Query.relation}. */
@Controller
class RelationController {

    private final RelationService relations;

    RelationController(RelationService relations) {
        this.relations = relations;
    }

    @QueryMapping
    RelationAnswer relation(
            @Argument String between,
            @Argument("and") String and,
            @Argument Integer maxDepth,
            @Argument("relations") List<Relation> followed) {
        return relations.relation(between, and, maxDepth, followed);
    }
}
