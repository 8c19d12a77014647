package org.planlineage.ingest;

/**
 * A unit a clause rearranges into a new one, and how much of it passes.
 *
 * @param unit              the unit
 * @param share             WHOLE ("toàn bộ diện tích tự nhiên, quy mô dân số của ..."), PART ("một phần diện tích tự
 *                          nhiên, quy mô dân số của ...") or REMAINDER ("phần còn lại của ... sau khi sắp xếp theo quy
 *                          định tại khoản N Điều này": what another clause left)
 * @param remainderOfClause for REMAINDER, the clause whose arrangement it is the rest of; else null
 */
public record Predecessor(Unit unit, Share share, Integer remainderOfClause) {

    /** How much of a unit's area and population passes to the new unit. */
    public enum Share {
        WHOLE,
        PART,
        REMAINDER;

        /** Whether the unit's duties pass to more than one successor (a partial succession). */
        public boolean partial() {
            return this != WHOLE;
        }
    }
}
