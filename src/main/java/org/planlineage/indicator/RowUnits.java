package org.planlineage.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planlineage.agency.Agency;
import org.planlineage.agency.Responsibility;
import org.planlineage.agency.ResponsibilityRole;

/**
 * The units of a page of rows, each read once for the whole page ({@link RowPageQueries}), and what each row assigns:
 * turns a row's assignments into its lead units, its cooperating units and its responsibilities with groups expanded
 * one level to their members, in the order {@code AgencyQueries.responsibilities} gives them (LEAD before
 * COOPERATING, each in the cell's order, a group's members by name then key where the group stood).
 *
 * @param units   every unit the page's rows assign and every member of those groups, by key
 * @param members a group's members by the group's key, by name then key; a unit with none is absent (a unit, or a
 *     group with no members, answers for itself)
 */
record RowUnits(Map<String, Agency> units, Map<String, List<String>> members) {

    /** One unit a row names in its lead or cooperating cell, in the cell's order. */
    record Assignment(ResponsibilityRole role, String unitKey) {}

    /** The units assigned in {@code role}, in the cell's order. */
    List<Agency> inRole(List<Assignment> assignments, ResponsibilityRole role) {
        var result = new ArrayList<Agency>();
        for (Assignment a : assignments) {
            if (a.role() == role) {
                result.add(unit(a.unitKey()));
            }
        }
        return result;
    }

    /**
     * Who answers for the row: each assigned unit, a group replaced by its members (each with the group it came
     * through) when {@code expandGroups}; {@code assignments} are LEAD first, then COOPERATING, each in the cell's
     * order.
     */
    List<Responsibility> responsibilities(List<Assignment> assignments, boolean expandGroups) {
        var result = new ArrayList<Responsibility>(assignments.size());
        for (Assignment a : assignments) {
            Agency assigned = unit(a.unitKey());
            List<String> ofGroup = expandGroups ? members.getOrDefault(a.unitKey(), List.of()) : List.of();
            if (ofGroup.isEmpty()) {
                result.add(new Responsibility(assigned, a.role(), null));
            } else {
                ofGroup.forEach(m -> result.add(new Responsibility(unit(m), a.role(), assigned)));
            }
        }
        return result;
    }

    private Agency unit(String key) {
        Agency unit = units.get(key);
        if (unit == null) {
            throw new IllegalStateException("The page's units do not hold " + key);
        }
        return unit;
    }
}
