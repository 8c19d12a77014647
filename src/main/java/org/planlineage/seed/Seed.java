package org.planlineage.seed;

import java.time.LocalDate;
import java.util.List;
import org.planlineage.agency.AdminLevel;
import org.planlineage.agency.AgencyKind;
import org.planlineage.agency.SuccessionShare;
import org.planlineage.document.DocumentType;
import org.planlineage.document.Provenance;
import org.planlineage.graph.Relation;
import org.planlineage.indicator.Pillar;
import org.planlineage.indicator.PlanItemKind;
import org.planlineage.indicator.TargetParser;
import org.planlineage.indicator.TargetUnit;
import org.planlineage.ingest.UnitKind;

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
            AgencyKind kind,
            AdminLevel level,
            String parent,
            String doubt,
            Provenance prov,
            UnitKind unitKind) {

        /** The same agency with another spelling among its aliases and the kind of unit a source names it with. */
        Agency seenAs(String spelling, UnitKind kind) {
            var all = new java.util.ArrayList<>(aliases);
            if (!all.contains(spelling)) {
                all.add(spelling);
            }
            return new Agency(key, name, List.copyOf(all), this.kind, level, parent, doubt, prov, kind);
        }
    }

    record Membership(String group, String member, Provenance prov) {}

    /**
     * A stated succession: {@code since} is the day the successor starts answering for the predecessor's duties,
     * {@code decidedOn} the day the act that states it took effect; either may be unknown (null), as the share may.
     */
    record Succession(
            String predecessor,
            String successor,
            LocalDate since,
            LocalDate decidedOn,
            SuccessionShare share,
            String doubt,
            List<Provenance> prov) {}

    record Document(
            String key,
            String number,
            DocumentType type,
            LocalDate issuedOn,
            String issuedOnRaw,
            String issuer,
            AdminLevel level,
            String title,
            boolean isSource,
            String doubt,
            Provenance prov) {}

    /** One stated relation; the writer merges rows of the same (from, relation, to) into one edge. */
    record Link(String from, Relation relation, String to, Provenance prov) {}

    record Value(int year, String raw, TargetParser.Parsed parsed) {}

    record Item(
            String key,
            String document,
            String ref,
            String number,
            int position,
            String text,
            PlanItemKind kind,
            Pillar pillar,
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
            String key,
            String name,
            Pillar pillar,
            TargetUnit unit,
            String note,
            boolean curated,
            List<String> items) {}
}
