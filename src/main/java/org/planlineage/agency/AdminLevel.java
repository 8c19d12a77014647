package org.planlineage.agency;

import java.util.Comparator;

/**
 * The administrative level of an agency or of a document's issuer, as Vietnamese law names them; the SDL's
 * {@code AdminLevel}. Declared from the highest level down, so the declaration order is the order of authority.
 */
public enum AdminLevel {
    /** Central state and Party bodies. */
    NATIONAL,
    /** The province (cấp tỉnh). */
    PROVINCE,
    /** The district level (cấp huyện), which includes a provincial city. */
    DISTRICT,
    /** The commune level (cấp xã), which includes wards. */
    COMMUNE;

    /** Highest level first; an unknown (null) level after every known one. */
    public static final Comparator<AdminLevel> HIGHEST_FIRST = Comparator.nullsLast(Comparator.naturalOrder());

    /** True when {@code level} stands below {@code other}; an unknown (null) level stands below every known one. */
    public static boolean isBelow(AdminLevel level, AdminLevel other) {
        return HIGHEST_FIRST.compare(level, other) > 0;
    }
}
