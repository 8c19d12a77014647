package org.planlineage.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.neo4j.driver.Value;
import org.planlineage.graph.GraphReads;
import org.springframework.stereotype.Component;

/**
 * UNRESOLVED_ASSIGNMENT: a lead or cooperating cell with words that name none of the units it was resolved to. The
 * seed loader records those words on the row ({@code leadUnresolved}, {@code cooperatingUnresolved}, found by {@link
 * org.planlineage.agency.AssignmentWords}) and flags the row ({@code unresolvedAssignment}, indexed), so this rule
 * reads an index, not every row. One finding per cell. A cell whose words name no unit at all is HIGH for a lead
 * (nobody leads) and MEDIUM for cooperation; words left beside resolved units are LOW.
 */
@Component
class UnresolvedAssignmentRule implements FindingRule {

    private static final String CELLS =
            """
            // the flagged rows only (index plan_item_unresolved_assignment)
            MATCH (p:PlanItem) WHERE p.unresolvedAssignment = true
            MATCH (p)-[:SET_IN]->(d:Document)
            WHERE $document IS NULL OR d.key = $document
            RETURN %s AS item, %s AS document,
                   p.leadRaw AS leadRaw, coalesce(p.leadUnresolved, []) AS leadWords,
                   %s AS leads,
                   p.cooperatingRaw AS cooperatingRaw, coalesce(p.cooperatingUnresolved, []) AS cooperatingWords,
                   %s AS cooperating
            ORDER BY p.key
            """.formatted(Refs.ITEM, Refs.DOCUMENT, Refs.units("LEAD"), Refs.units("COOPERATING"));

    private final GraphReads reads;

    UnresolvedAssignmentRule(GraphReads reads) {
        this.reads = reads;
    }

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.UNRESOLVED_ASSIGNMENT);
    }

    /** One cell of a flagged row: its words as written, the words left unresolved, the units resolved. */
    private record Cell(
            Refs.Item item, Refs.Doc document, String role, String raw, List<String> words, List<Refs.Unit> units) {}

    private record Cells(Cell lead, Cell cooperating) {}

    @Override
    public List<Finding> find(Scope scope) {
        var findings = new ArrayList<Finding>();
        reads.query(CELLS)
                .bind("document", scope.document())
                .list(r -> {
                    var item = Refs.Item.from(r.get("item"));
                    var document = Refs.Doc.from(r.get("document"));
                    return new Cells(
                            new Cell(
                                    item,
                                    document,
                                    "lead",
                                    r.get("leadRaw").asString(null),
                                    r.get("leadWords").asList(Value::asString),
                                    r.get("leads").asList((Value v) -> Refs.Unit.from(v))),
                            new Cell(
                                    item,
                                    document,
                                    "cooperating",
                                    r.get("cooperatingRaw").asString(null),
                                    r.get("cooperatingWords").asList(Value::asString),
                                    r.get("cooperating").asList((Value v) -> Refs.Unit.from(v))));
                })
                .forEach(cells -> {
                    for (Cell c : List.of(cells.lead(), cells.cooperating())) {
                        if (!c.words().isEmpty()) {
                            findings.add(finding(c.item(), c.document(), c.role(), c.raw(), c.words(), c.units()));
                        }
                    }
                });
        return findings;
    }

    private static Finding finding(
            Refs.Item item, Refs.Doc document, String role, String raw, List<String> words, List<Refs.Unit> units) {
        boolean lead = "lead".equals(role);
        Severity severity = !units.isEmpty() ? Severity.LOW : lead ? Severity.HIGH : Severity.MEDIUM;
        String quoted = String.join("\", \"", words);
        String sentence = "The " + role + " cell of " + item.label(document) + ", \"" + raw
                + "\", has words that name no "
                + "unit: \"" + quoted + "\""
                + (units.isEmpty()
                        ? "; no unit is resolved from it"
                        : " (resolved: "
                                + String.join(
                                        ", ",
                                        units.stream().map(Refs.Unit::name).toList()) + ")")
                + ".";
        String roleName = lead ? "LEAD" : "COOPERATING";
        return new Finding(
                FindingKind.UNRESOLVED_ASSIGNMENT.name() + "/" + item.key() + "/" + roleName,
                FindingKind.UNRESOLVED_ASSIGNMENT,
                severity,
                sentence,
                null,
                document.key(),
                document.level(),
                List.of(document.key()),
                List.of(item.key()),
                units.stream().map(Refs.Unit::key).toList(),
                null,
                false,
                List.of(),
                item.position());
    }
}
