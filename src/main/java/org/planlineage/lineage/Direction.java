package org.planlineage.lineage;

/** Which way a lineage runs; the SDL's {@code Direction}. */
public enum Direction {
    /** To what the start derives from, up to the roots. */
    UP,
    /** To what derives from the start: documents, their plan items and the units responsible. */
    DOWN
}
