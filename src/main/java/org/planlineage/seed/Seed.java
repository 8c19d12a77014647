package org.planlineage.seed;

import java.time.LocalDate;
import java.util.List;
import org.planlineage.indicator.TargetParser;

/** The validated content of {@code graph-seed/}, ready to be written. */
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

    /** Where a fact was read. {@code source} is a document key, {@code file} the plain-text file in graph-seed/sources. */
    record Prov(String source, String locator, String quote, String lines, String file) {}

    record Source(String file, String document, boolean primary, String part) {}

    record Agency(
            String key,
            String name,
            List<String> aliases,
            String kind,
            String level,
            String parent,
            String doubt,
            Prov prov) {}

    record Membership(String group, String member, Prov prov) {}

    record Succession(String predecessor, String successor, LocalDate since, Prov prov) {}

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
            Prov prov) {}

    /** One stated relation; the writer merges rows of the same (from, relation, to) into one edge. */
    record Link(String from, String relation, String to, Prov prov) {}

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
            Prov prov,
            Prov legalBasisProv) {}

    record Indicator(
            String key, String name, String pillar, String unit, String note, boolean curated, List<String> items) {}
}
