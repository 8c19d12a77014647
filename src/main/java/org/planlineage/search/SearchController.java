package org.planlineage.search;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import org.planlineage.graph.SelectionWalk;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Serves {@code Query.search}. */
@Controller
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @QueryMapping
    List<SearchHit> search(
            @Argument String text,
            @Argument List<SearchKind> kinds,
            @Argument Integer first,
            DataFetchingEnvironment env) {
        // a node's properties are read only for the kinds the query selects more than the id of, its words only for
        // a snippet the query selects
        var walk = SelectionWalk.of(env);
        return search.search(text, kinds, first, HitSelection.loadedKinds(walk), HitSelection.snippets(walk));
    }
}
