package org.planlineage.indicator;

/** The pillar of digital transformation a plan item or indicator stands under; the SDL's {@code Pillar}. */
public enum Pillar {
    /** Chính quyền số. */
    DIGITAL_GOVERNMENT,
    /** Kinh tế số. */
    DIGITAL_ECONOMY,
    /** Xã hội số. */
    DIGITAL_SOCIETY,
    /** Rows under no pillar heading. */
    OTHER
}
