package org.planlineage.agency;

import org.planlineage.graph.Relation;

/** How a unit answers for a plan item; the SDL's {@code ResponsibilityRole}, each the relation that assigns it. */
public enum ResponsibilityRole {
    /** Cơ quan chủ trì. */
    LEAD(Relation.LEAD),
    /** Cơ quan phối hợp. */
    COOPERATING(Relation.COOPERATING);

    private final Relation relation;

    ResponsibilityRole(Relation relation) {
        this.relation = relation;
    }

    /** The relationship from the plan item to the unit that assigns this role. */
    public Relation relation() {
        return relation;
    }
}
