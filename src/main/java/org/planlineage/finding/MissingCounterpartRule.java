package org.planlineage.finding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.neo4j.driver.Value;
import org.planlineage.graph.GraphReads;
import org.springframework.stereotype.Component;

/**
 * MISSING_COUNTERPART: a measurable row of a higher-level document that names, as lead or cooperating unit, the
 * issuer of a lower-level plan or a unit under it (directly, or through a group it belongs to: "UBND cấp huyện"
 * includes UBND thành phố Vĩnh Long, "UBND cấp xã" its wards), for a year the lower plan's table sets targets for,
 * while no row of the lower plan sets the same indicator. One finding per row, lower plan and year.
 */
@Component
class MissingCounterpartRule implements FindingRule {

    /** The lower plans: every document with a target table. */
    private static final String EVERY_LOWER = "MATCH (l:Document)<-[:SET_IN]-(:PlanItem)-[:HAS_TARGET]->(lt:Target)";

    /** The lower plan asked for, found by its key (unique index). */
    private static final String ONE_LOWER =
            "MATCH (l:Document {key: $document})<-[:SET_IN]-(:PlanItem)-[:HAS_TARGET]->(lt:Target)";

    /**
     * From the lower plans: the years each sets targets for, the units of its territory (its issuer and every unit
     * under it), the units a row may name for them (each of those units and every group one belongs to, once, with
     * the territory's units it stands for), and the measurable rows of a higher level that name one.
     */
    private static final String FROM_LOWER = """
            WHERE l.level IN $levels
            WITH l, collect(DISTINCT lt.year) AS years
            // the levels above the lower plan's: a slice of $levels, computed once per plan
            WITH l, years, $levels[0..head([x IN range(0, size($levels) - 1) WHERE $levels[x] = l.level])] AS above
            MATCH (l)-[:ISSUED_BY]->(issuer:Agency)
            MATCH (u:Agency)-[:PART_OF*0..5]->(issuer)
            CALL (u) {
              RETURN u AS named
              UNION
              MATCH (u)-[:MEMBER_OF]->(named:Agency) RETURN named
            }
            WITH l, years, above, issuer, named, collect(DISTINCT u {.key, .name}) AS under
            MATCH (up:PlanItem)-[r:LEAD|COOPERATING]->(named)
            WHERE up.kind = 'INDICATOR'
            MATCH (up)-[:SET_IN]->(ud:Document)
            WHERE ud.level IN above AND ($upper IS NULL OR ud.key = $upper)
            """;

    /**
     * The lower plans the rows of the upper document asked for may concern: plans issued by a unit the rows name, by a
     * member of a group they name, or by a unit above one of those. FROM_LOWER then keeps only that document's rows.
     */
    private static final String PLANS_OF_UPPER = """
            MATCH (:Document {key: $document})<-[:SET_IN]-(:PlanItem {kind: 'INDICATOR'})-[:LEAD|COOPERATING]->(n:Agency)
            WITH DISTINCT n
            CALL (n) {
              RETURN n AS u
              UNION
              MATCH (n)<-[:MEMBER_OF]-(u:Agency) RETURN u
            }
            MATCH (u)-[:PART_OF*0..5]->(:Agency)<-[:ISSUED_BY]-(l:Document)
            WITH DISTINCT l
            MATCH (l)<-[:SET_IN]-(:PlanItem)-[:HAS_TARGET]->(lt:Target)""";

    private static final String MISSING =
            """
            // the years the lower plan's table sets targets for
            MATCH (up)-[:HAS_TARGET]->(ut:Target)
            WHERE ut.year IN years AND ($year IS NULL OR ut.year = $year)
            // and no row of the lower plan sets the indicator
            MATCH (up)-[:SETS]->(i:Indicator)
            WHERE NOT exists { (i)<-[:SETS]-(:PlanItem)-[:SET_IN]->(l) }
            RETURN %s AS lower, issuer {.key, .name} AS issuer, %s AS upperDocument, %s AS item,
                   ut.year AS year, ut.raw AS raw, i.key AS indicator, i.name AS name,
                   collect({role: type(r), named: named {.key, .name}, units: under}) AS assigned
            ORDER BY lower.key, item.key, year
            """.formatted(Refs.of(Refs.DOCUMENT, "l"), Refs.of(Refs.DOCUMENT, "ud"), Refs.of(Refs.ITEM, "up"));

    private final GraphReads reads;

    MissingCounterpartRule(GraphReads reads) {
        this.reads = reads;
    }

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.MISSING_COUNTERPART);
    }

    @Override
    public List<Finding> find(Scope scope) {
        var found = new LinkedHashMap<String, Finding>();
        run(scope.document() == null ? EVERY_LOWER : ONE_LOWER, null, scope).forEach(f -> found.put(f.id(), f));
        if (scope.document() != null) {
            run(PLANS_OF_UPPER, scope.document(), scope).forEach(f -> found.putIfAbsent(f.id(), f));
        }
        return List.copyOf(found.values());
    }

    /** The rule, from a first clause that binds the lower plans {@code l} and their targets {@code lt}. */
    private List<Finding> run(String plans, String upper, Scope scope) {
        return reads.query(plans + "\n" + FROM_LOWER + MISSING)
                .bind("document", scope.document())
                .bind("upper", upper)
                .bind("year", scope.year())
                .bind("levels", LEVELS)
                .list(r -> finding(r));
    }

    private static Finding finding(GraphReads.Row r) {
        var lower = Refs.Doc.from(r.get("lower"));
        var issuer = Refs.Unit.from(r.get("issuer"));
        var upperDoc = Refs.Doc.from(r.get("upperDocument"));
        var item = Refs.Item.from(r.get("item"));
        int year = r.get("year").asInt();
        var agencies = new LinkedHashSet<String>();
        var named = new ArrayList<String>();
        // as lead first, then as cooperating unit; by the name of the unit the row names
        var assigned = r.get("assigned").asList(Assigned::from).stream()
                .sorted(java.util.Comparator.comparing(Assigned::role)
                        .reversed()
                        .thenComparing(a -> a.named().name()))
                .toList();
        for (Assigned a : assigned) {
            agencies.add(a.named().key());
            String role = "LEAD".equals(a.role()) ? "as lead" : "as a cooperating unit";
            named.add(a.named().name() + " " + role + includes(a.named(), a.under()));
        }
        agencies.add(issuer.key());
        String sentence = Refs.capitalised(item.label(upperDoc)) + " (" + level(upperDoc) + ") sets \""
                + r.get("raw").asString()
                + "\" for " + year + " on \"" + r.get("name").asString() + "\" and names " + String.join("; ", named)
                + ", but " + lower.label() + " (" + level(lower) + "), the plan " + issuer.name()
                + " issued with targets for " + year + ", has no row that sets it" + order(lower, upperDoc) + ".";
        return new Finding(
                FindingKind.MISSING_COUNTERPART.name() + "/" + year + "/" + lower.key() + "/" + item.key(),
                FindingKind.MISSING_COUNTERPART,
                Severity.MEDIUM,
                sentence,
                year,
                lower.key(),
                lower.level(),
                List.of(lower.key(), upperDoc.key()),
                List.of(item.key()),
                List.copyOf(agencies),
                r.get("indicator").asString(),
                false,
                List.of(),
                item.position());
    }

    /** A unit the row names in a role, and the units of the lower plan's territory it is or includes. */
    private record Assigned(String role, Refs.Unit named, List<Refs.Unit> under) {
        static Assigned from(Value a) {
            return new Assigned(
                    a.get("role").asString(),
                    Refs.Unit.from(a.get("named")),
                    a.get("units").asList((Value v) -> Refs.Unit.from(v)).stream()
                            .sorted(java.util.Comparator.comparing(Refs.Unit::name)
                                    .thenComparing(Refs.Unit::key))
                            .toList());
        }
    }

    /** ", which includes UBND thành phố Vĩnh Long" for a group; nothing when the row names the unit itself. */
    private static String includes(Refs.Unit named, List<Refs.Unit> under) {
        var others = under.stream().filter(u -> !u.key().equals(named.key())).toList();
        if (others.isEmpty()) {
            return "";
        }
        var names = others.stream().limit(3).map(Refs.Unit::name).toList();
        return " (which includes " + String.join(", ", names)
                + (others.size() > 3 ? " and " + (others.size() - 3) + " more of the plan's units" : "") + ")";
    }

    /** When the lower plan is older than the upper document, say so: it could not carry what came later. */
    private static String order(Refs.Doc lower, Refs.Doc upper) {
        if (lower.issuedOn() != null
                && upper.issuedOn() != null
                && lower.issuedOn().isBefore(upper.issuedOn())) {
            return " (" + lower.label() + " was issued on " + lower.issuedOn() + ", before " + upper.label() + " of "
                    + upper.issuedOn() + ")";
        }
        return "";
    }

    private static String level(Refs.Doc d) {
        return d.level() == null ? "level unknown" : d.level().name().toLowerCase() + " level";
    }
}
