package org.planlineage.seed;

import java.util.Set;

/**
 * The values the seed's enumerated columns may take: the SDL's enums (Relation, DocumentType, AdminLevel,
 * AgencyKind, Pillar, TargetUnit), as strings until the Java enums of the schema replace them.
 */
final class Allowed {

    private Allowed() {}

    /** Relations a document-links row may state; the writer uses them as relationship types. */
    static final Set<String> LINK_RELATIONS = Set.of("LEGAL_BASIS", "IMPLEMENTS", "ISSUES", "PROPOSED_BY", "CITES");

    static final Set<String> DOCUMENT_TYPES = Set.of(
            "LAW",
            "PARTY_RESOLUTION",
            "GOVERNMENT_RESOLUTION",
            "DECREE",
            "DECISION",
            "PLAN",
            "PROGRAMME",
            "DIRECTIVE",
            "CIRCULAR",
            "DISPATCH",
            "REPORT",
            "SUBMISSION",
            "STRATEGY",
            "STANDARD",
            "OTHER");

    static final Set<String> LEVELS = Set.of("NATIONAL", "PROVINCE", "DISTRICT", "COMMUNE");

    static final Set<String> AGENCY_KINDS = Set.of(
            "PEOPLES_COMMITTEE",
            "PEOPLES_COUNCIL",
            "PARTY_COMMITTEE",
            "NATIONAL_ASSEMBLY",
            "GOVERNMENT",
            "PRIME_MINISTER",
            "MINISTRY",
            "DEPARTMENT",
            "DIVISION",
            "OFFICE",
            "CENTRE",
            "POLICE",
            "MASS_ORGANISATION",
            "ENTERPRISE",
            "SCHOOL",
            "STEERING_COMMITTEE",
            "GROUP",
            "OTHER");

    static final Set<String> PILLARS = Set.of("DIGITAL_GOVERNMENT", "DIGITAL_ECONOMY", "DIGITAL_SOCIETY", "OTHER");

    static final Set<String> UNITS = Set.of("PERCENT", "COUNT", "MILLION_VND", "TEXT");

    static final Set<String> TABLE_KINDS = Set.of("TARGETS", "BUDGET");
}
