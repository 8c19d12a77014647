package org.planlineage.agency;

import java.time.LocalDate;
import java.util.List;

/**
 * Who answers for a unit's duties on a date ({@code Agency.answering}, {@code Responsibility.answering}): the units
 * reached through the successions in force, each with its chain, and what the sources allow to say
 * ({@link AnsweringStatus}). Worked out by {@link WhoAnswers}.
 */
public record Answering(
        LocalDate asOf, AnsweringStatus status, List<Unit> units, boolean truncated, String explanation) {

    /** A unit that answers, and the successions from the unit as assigned to it (empty for the unit itself). */
    public record Unit(String agencyKey, List<Succession> chain) {}
}
