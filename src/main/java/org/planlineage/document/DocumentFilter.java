package org.planlineage.document;

import java.time.LocalDate;
import java.util.List;

/** The {@code DocumentFilter} input. */
public record DocumentFilter(
        List<String> types, String level, String issuer, LocalDate issuedFrom, LocalDate issuedTo, String text) {}
