package org.planlineage.graph;

import org.neo4j.driver.Value;

/** Reads a stored property that holds an enum constant's name back into the constant; null stays null. */
public final class Decoding {

    private Decoding() {}

    public static <E extends Enum<E>> E enumValue(Class<E> type, Value value) {
        return value == null || value.isNull() ? null : Enum.valueOf(type, value.asString());
    }
}
