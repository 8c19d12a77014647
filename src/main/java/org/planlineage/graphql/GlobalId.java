package org.planlineage.graphql;

/**
 * A global id: the GraphQL type and the entity's natural key, {@code Document:742-qd-ubnd-2023}. Readable on
 * purpose: an auditor can tell from an id what it names, and ids survive a reload of the seed.
 */
public record GlobalId(String type, String key) {

    public static String of(String type, String key) {
        return type + ":" + key;
    }

    /** Splits an id; a string without a known type prefix is returned with a null type (it may be a bare key). */
    public static GlobalId parse(String id) {
        int colon = id.indexOf(':');
        if (colon > 0) {
            String type = id.substring(0, colon);
            if (type.equals("Document")
                    || type.equals("PlanItem")
                    || type.equals("Indicator")
                    || type.equals("Agency")) {
                return new GlobalId(type, id.substring(colon + 1));
            }
        }
        return new GlobalId(null, id);
    }
}
