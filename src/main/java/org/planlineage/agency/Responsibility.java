package org.planlineage.agency;

import java.time.LocalDate;

/**
 * A unit answering for a plan item: the unit, its role, the group it was assigned through (null when the row names
 * the unit itself), and the date {@code responsibleUnits} was asked for (null when none), on which {@code answering}
 * says who answers for it. The units are read with the responsibilities, in the same statement.
 */
public record Responsibility(Agency agency, ResponsibilityRole role, Agency via, LocalDate asOf) {

    public Responsibility(Agency agency, ResponsibilityRole role, Agency via) {
        this(agency, role, via, null);
    }

    /** The key of the unit answering. */
    public String agencyKey() {
        return agency.key();
    }

    /** The same responsibility, asked for on a date. */
    public Responsibility on(LocalDate date) {
        return new Responsibility(agency, role, via, date);
    }
}
