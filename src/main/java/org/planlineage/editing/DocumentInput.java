package org.planlineage.editing;

import java.time.LocalDate;
import java.util.List;

/**
 * The {@code DocumentInput} of {@code importDocument} and its nested inputs, bound by Spring for GraphQL. Enum-typed
 * fields arrive as their SDL names; the planner checks and converts them.
 */
public record DocumentInput(
        String key,
        String number,
        String type,
        String title,
        LocalDate issuedOn,
        String issuedOnRaw,
        String issuer,
        String level,
        String doubt,
        List<LinkInput> links,
        List<ItemInput> items) {

    public DocumentInput {
        links = links == null ? List.of() : links;
        items = items == null ? List.of() : items;
    }

    /** One statement of the document about another. */
    public record LinkInput(String relation, Reference document, String locator, String quote, String lines) {}

    /** A document named by another: by key, or by number with issuer and date. */
    public record Reference(String key, String number, String issuer, LocalDate issuedOn, String type, String title) {}

    /** One table row. */
    public record ItemInput(
            String ref,
            String number,
            String text,
            String section,
            String subsection,
            String pillar,
            List<YearValue> targets,
            List<YearValue> results,
            String leadRaw,
            List<String> lead,
            String cooperatingRaw,
            List<String> cooperating,
            String legalBasisRaw,
            List<Reference> legalBasis,
            String note,
            String doubt,
            IndicatorInput indicator,
            String locator,
            String lines) {

        public ItemInput {
            targets = targets == null ? List.of() : targets;
            results = results == null ? List.of() : results;
            lead = lead == null ? List.of() : lead;
            cooperating = cooperating == null ? List.of() : cooperating;
            legalBasis = legalBasis == null ? List.of() : legalBasis;
        }
    }

    /** One year's cell. */
    public record YearValue(int year, String raw) {}

    /** The indicator a row sets: an existing key, or a new key with a name. */
    public record IndicatorInput(String key, String name, String unit) {}
}
