package org.planlineage.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * What {@link ReorganisationReader} read in a resolution that rearranges commune-level units (1687/NQ-UBTVQH15).
 *
 * @param document    the resolution read as any document: header and "Căn cứ" / "Xét đề nghị" citations
 * @param clauses     every numbered clause of Article 1, in order
 * @param totals      the totals clause, or null when there is none
 * @param passedOn    the day the resolution was passed ("thông qua ngày 16 tháng 6 năm 2025")
 * @param inForceOn   the day it takes effect (Article 2.1); "từ ngày được thông qua" reads as {@code passedOn}'s date
 *                    with Article 2.1's words and lines
 * @param effectiveOn the day the new units' governments start work (Article 2.2: "chính thức hoạt động từ ngày 01
 *                    tháng 7 năm 2025"): from then on the new units answer for what the old ones did
 * @param warnings    what could not be read (the document's own warnings are in {@code document})
 */
public record ReorganisationReading(
        ReadDocument document,
        List<Clause> clauses,
        Totals totals,
        Read<LocalDate> passedOn,
        Read<LocalDate> inForceOn,
        Read<LocalDate> effectiveOn,
        List<Warning> warnings) {

    /** The clause numbered {@code number}, or null. */
    public Clause clause(int number) {
        return clauses.stream().filter(c -> c.number() == number).findFirst().orElse(null);
    }

    /** The clauses that form a new unit. */
    public List<Clause> reorganisations() {
        return clauses.stream()
                .filter(c -> c.kind() == Clause.Kind.REORGANISATION)
                .toList();
    }
}
