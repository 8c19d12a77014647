package org.planlineage.agency;

import java.time.LocalDate;

/**
 * A unit answering for a plan item: its role, the group it was assigned through (null when named itself), and the
 * date {@code responsibleUnits} was asked for (null when none), on which {@code answering} says who answers for it.
 */
public record Responsibility(String agencyKey, ResponsibilityRole role, String viaKey, LocalDate asOf) {

    public Responsibility(String agencyKey, ResponsibilityRole role, String viaKey) {
        this(agencyKey, role, viaKey, null);
    }

    /** The same responsibility, asked for on a date. */
    public Responsibility on(LocalDate date) {
        return new Responsibility(agencyKey, role, viaKey, date);
    }
}
