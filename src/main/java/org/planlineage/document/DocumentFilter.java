package org.planlineage.document;

import java.time.LocalDate;
import java.util.List;
import org.planlineage.agency.AdminLevel;

/** The {@code DocumentFilter} input: every given field must match. */
public record DocumentFilter(
        List<DocumentType> types,
        AdminLevel level,
        String issuer,
        LocalDate issuedFrom,
        LocalDate issuedTo,
        String text) {}
