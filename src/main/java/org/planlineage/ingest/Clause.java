package org.planlineage.ingest;

import java.util.List;

/**
 * One numbered clause of Article 1 of a reorganisation resolution.
 *
 * @param number       the clause number as printed
 * @param kind         what the clause does
 * @param words        the clause's words as written, its number included, lines joined
 * @param lines        where it is
 * @param predecessors the units it rearranges (empty for TOTALS and UNREAD)
 * @param newUnit      the unit it forms ("thành xã mới có tên gọi là xã Cái Nhum"), or the unit it keeps
 *                     (UNCHANGED); null for TOTALS and UNREAD
 */
public record Clause(
        int number, Kind kind, String words, LineRange lines, List<Predecessor> predecessors, Unit newUnit) {

    public enum Kind {
        /** "Sắp xếp ... thành xã/phường mới có tên gọi là ...". */
        REORGANISATION,
        /** "Giữ nguyên ...": a unit kept as it is. */
        UNCHANGED,
        /** "Sau khi sắp xếp, tỉnh ... có N đơn vị hành chính cấp xã ...": see {@link Totals}. */
        TOTALS,
        /** A form the reader does not know: kept with its words, and a warning. */
        UNREAD
    }
}
