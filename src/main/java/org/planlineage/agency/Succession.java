package org.planlineage.agency;

import java.time.LocalDate;
import java.util.List;
import org.planlineage.document.Provenance;

/** A succession seen from one side: {@code agencyKey} is the other unit. */
public record Succession(String agencyKey, LocalDate since, List<Provenance> provenance) {}
