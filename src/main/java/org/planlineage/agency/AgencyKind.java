package org.planlineage.agency;

/** What sort of body an agency is; the SDL's {@code AgencyKind} (the SDL describes each value). */
public enum AgencyKind {
    PEOPLES_COMMITTEE,
    PEOPLES_COUNCIL,
    PARTY_COMMITTEE,
    NATIONAL_ASSEMBLY,
    GOVERNMENT,
    PRIME_MINISTER,
    MINISTRY,
    DEPARTMENT,
    DIVISION,
    OFFICE,
    CENTRE,
    POLICE,
    MASS_ORGANISATION,
    ENTERPRISE,
    SCHOOL,
    STEERING_COMMITTEE,
    /** A collective assignment that stands for several units ("UBND 11 phường"). */
    GROUP,
    OTHER
}
