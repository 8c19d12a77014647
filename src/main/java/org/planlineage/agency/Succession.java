package org.planlineage.agency;

import java.time.LocalDate;
import java.util.List;
import org.planlineage.document.Provenance;

/**
 * A succession seen from one side: {@code agencyKey} is the other unit (the successor, or the predecessor when listed
 * among a unit's predecessors). {@code since} is the day the successor starts answering, {@code decidedOn} the day
 * the act stating it took effect; either, and the share, are null when the source does not say.
 */
public record Succession(
        String agencyKey,
        LocalDate since,
        LocalDate decidedOn,
        SuccessionShare share,
        String doubt,
        List<Provenance> provenance) {

    /** Whether the successor answers on {@code date}: the succession has a date, and it is not later. */
    boolean inForceOn(LocalDate date) {
        return since != null && !since.isAfter(date);
    }
}
