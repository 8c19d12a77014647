package org.planlineage.editing;

import java.time.LocalDate;
import java.util.List;
import org.planlineage.agency.AdminLevel;
import org.planlineage.document.DocumentType;
import org.planlineage.graph.Relation;
import org.planlineage.indicator.Pillar;
import org.planlineage.indicator.TargetUnit;

/**
 * The {@code DocumentInput} of {@code importDocument} and its nested inputs, bound by Spring for GraphQL; the SDL's
 * enums arrive as the vocabulary's Java enums.
 */
public record DocumentInput(
        String key,
        String number,
        DocumentType type,
        String title,
        LocalDate issuedOn,
        String issuedOnRaw,
        String issuer,
        AdminLevel level,
        String doubt,
        List<LinkInput> links,
        List<ItemInput> items) {

    public DocumentInput {
        links = links == null ? List.of() : links;
        items = items == null ? List.of() : items;
    }

    /** One statement of the document about another. */
    public record LinkInput(Relation relation, Reference document, String locator, String quote, String lines) {}

    /** A document named by another: by key, or by number with issuer and date. */
    public record Reference(
            String key, String number, String issuer, LocalDate issuedOn, DocumentType type, String title) {}

    /** One table row. */
    public record ItemInput(
            String ref,
            String number,
            String text,
            String section,
            String subsection,
            Pillar pillar,
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
    public record IndicatorInput(String key, String name, TargetUnit unit) {}
}
