package org.planlineage.agency;

/**
 * How much of a unit's duties a succession passes; the SDL's {@code SuccessionShare}. A reorganisation passes a
 * unit's whole area and population ("toàn bộ diện tích tự nhiên, quy mô dân số của ...") or a part of it ("một phần
 * ...", "phần còn lại ..."); a unit passed in parts has several successors, each answering for part of its duties.
 */
public enum SuccessionShare {
    /** The whole unit passes to this one successor. */
    WHOLE,
    /** Part of the unit passes to this successor, the rest to another (a partial succession). */
    PARTIAL
}
