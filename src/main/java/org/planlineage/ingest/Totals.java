package org.planlineage.ingest;

import java.util.List;

/**
 * The totals clause of a reorganisation ("Sau khi sắp xếp, tỉnh Vĩnh Long có 124 đơn vị hành chính cấp xã, gồm 105
 * xã và 19 phường; trong đó có 101 xã, 19 phường hình thành sau sắp xếp ... và 04 xã không thực hiện sắp xếp là các
 * xã ..."). A number the reader could not find is null, with a warning.
 *
 * @param clause         the clause number
 * @param units          all commune-level units after the reorganisation (124)
 * @param communes       of which communes (105)
 * @param wards          of which wards (19)
 * @param formedCommunes communes formed by the clauses (101)
 * @param formedWards    wards formed by the clauses (19)
 * @param unchangedCount units not rearranged, as the number says (4)
 * @param unchanged      those units as named
 */
public record Totals(
        int clause,
        Integer units,
        Integer communes,
        Integer wards,
        Integer formedCommunes,
        Integer formedWards,
        Integer unchangedCount,
        List<Unit> unchanged,
        String words,
        LineRange lines) {}
