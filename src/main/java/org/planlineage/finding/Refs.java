package org.planlineage.finding;

import java.time.LocalDate;
import org.neo4j.driver.Value;
import org.planlineage.agency.AdminLevel;
import org.planlineage.document.DocumentType;
import org.planlineage.document.Labels;
import org.planlineage.graph.Decoding;

/**
 * The few properties of a document, a row and a unit that a finding's sentence names, read from the map projections
 * the rules' Cypher returns ({@link #DOCUMENT}, {@link #ITEM}, {@link #UNIT}).
 */
final class Refs {

    /** Cypher map projection of a document {@code d}. */
    static final String DOCUMENT = "d {.key, .number, .type, .title, .issuedOn, .issuedOnRaw, .level}";
    /** Cypher map projection of a plan item {@code p}. */
    static final String ITEM = "p {.key, .number, .ref, .position, .text}";
    /** Cypher map projection of an agency {@code a}. */
    static final String UNIT = "a {.key, .name}";

    /** Cypher for the units a row {@code p} assigns in a role (LEAD or COOPERATING), in the order its cell names them. */
    static String units(String role) {
        // the subquery's own variable names: a rule's statement may have bound r and a already
        return "COLLECT { MATCH (p)-[assigned:%s]->(unit:Agency) RETURN unit {.key, .name} ORDER BY assigned.position }"
                .formatted(role);
    }

    private Refs() {}

    /** A projection of another variable: {@code of(DOCUMENT, "ud")} projects {@code ud}. */
    static String of(String projection, String variable) {
        return variable + projection.substring(1);
    }

    /** The sentence's first letter in upper case ("Row 12 of ..."). */
    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    record Doc(
            String key,
            String number,
            DocumentType type,
            String title,
            LocalDate issuedOn,
            String issuedOnRaw,
            AdminLevel level) {

        static Doc from(Value d) {
            return new Doc(
                    d.get("key").asString(),
                    d.get("number").asString(null),
                    Decoding.enumValue(DocumentType.class, d.get("type")),
                    d.get("title").asString(null),
                    d.get("issuedOn").asLocalDate(null),
                    d.get("issuedOnRaw").asString(null),
                    Decoding.enumValue(AdminLevel.class, d.get("level")));
        }

        String label() {
            return Labels.document(number, type, title, key);
        }

        /** "3100/QĐ-UBND (district level)". */
        String withLevel() {
            return level == null ? label() : label() + " (" + level.name().toLowerCase() + " level)";
        }
    }

    record Item(String key, String number, String ref, int position, String text) {

        static Item from(Value p) {
            return new Item(
                    p.get("key").asString(),
                    p.get("number").asString(null),
                    p.get("ref").asString(),
                    p.get("position").asInt(),
                    p.get("text").asString(null));
        }

        /** "row 12 of 3100/QĐ-UBND". */
        String label(Doc document) {
            return Labels.row(number, ref) + " of " + document.label();
        }
    }

    record Unit(String key, String name) {

        static Unit from(Value a) {
            return new Unit(a.get("key").asString(), a.get("name").asString());
        }
    }
}
