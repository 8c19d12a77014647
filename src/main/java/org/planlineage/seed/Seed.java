package org.planlineage.seed;

import java.time.LocalDate;
import java.util.List;
import org.planlineage.document.Provenance;
import org.planlineage.indicator.TargetParser;

/**
 * The validated content of {@code graph-seed/}, ready to be written. Provenance is the API's own {@link Provenance}
 * record: its {@code documentKey} is the source document, its {@code file} the text file in {@code sources/}.
 */
record Seed(
        List<Source> sources,
        List<Agency> agencies,
        List<Membership> memberships,
        List<Succession> successions,
        List<Document> documents,
        List<Link> links,
        List<Item> items,
        List<Indicator> indicators,
        String fingerprint) {

    record Source(String file, String document, boolean primary, String part) {}

    record Agency(
            String key,
            String name,
            List<String> aliases,
            String kind,
            String level,
            String parent,
            String doubt,
            Provenance prov) {}

    record Membership(String group, String member, Provenance prov) {}

    record Succession(String predecessor, String successor, LocalDate since, Provenance prov) {}

    record Document(
            String key,
            String number,
            String type,
            LocalDate issuedOn,
            String issuedOnRaw,
            String issuer,
            String level,
            String title,
            boolean isSource,
            String doubt,
            Provenance prov) {}

    /** One stated relation; the writer merges rows of the same (from, relation, to) into one edge. */
    record Link(String from, String relation, String to, Provenance prov) {}

    record Value(int year, String raw, TargetParser.Parsed parsed) {}

    record Item(
            String key,
            String document,
            String ref,
            String number,
            int position,
            String text,
            String kind,
            String pillar,
            String section,
            String subsection,
            List<Value> targets,
            List<Value> results,
            String leadRaw,
            String cooperatingRaw,
            List<String> lead,
            List<String> cooperating,
            String legalBasisRaw,
            List<String> legalBasis,
            String note,
            String doubt,
            Provenance prov,
            Provenance legalBasisProv) {}

    record Indicator(
            String key, String name, String pillar, String unit, String note, boolean curated, List<String> items) {}
}
