package org.planlineage.editing;

import org.planlineage.graphql.Connection;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Serves {@code Query.changes}: the audit trail, open to every reader like every query. */
@Controller
class ChangeController {

    private final ChangeLog log;

    ChangeController(ChangeLog log) {
        this.log = log;
    }

    @QueryMapping
    Connection<Change> changes(@Argument Integer first, @Argument String after) {
        return log.page(first, after);
    }
}
