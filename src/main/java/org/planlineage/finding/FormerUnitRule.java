package org.planlineage.finding;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.neo4j.driver.Value;
import org.planlineage.document.Provenance;
import org.planlineage.graph.GraphReads;
import org.springframework.stereotype.Component;

/**
 * ASSIGNED_TO_FORMER_UNIT: a row that names, as lead or cooperating unit, a unit with a successor, or a group one of
 * whose members has successors none of which belongs to the group (a group whose successor members stand beside the
 * former one, as "Các sở, ban, ngành tỉnh" holds both Sở TT&TT and Sở KH&CN, still answers as written). The finding
 * names who answers today: the ends of the unit's succession chains (bounded, cycle-safe). Its severity reads the
 * dates: a document issued on or after the succession named a unit already gone (HIGH); one issued before it was
 * overtaken by it (LOW); without a date for either, MEDIUM.
 */
@Component
class FormerUnitRule implements FindingRule {

    private static final String ASSIGNMENTS = """
            // the units with a successor: a scan of the SUCCEEDED_BY relationships, of which there are few
            MATCH (a:Agency)-[:SUCCEEDED_BY]->(:Agency)
            WITH DISTINCT a
            // the rows that name the unit, or a group it belongs to that none of its successors belongs to
            CALL (a) {
              MATCH (p:PlanItem)-[r:LEAD|COOPERATING]->(a) RETURN p, r, a AS named
              UNION
              MATCH (p:PlanItem)-[r:LEAD|COOPERATING]->(named:Agency)<-[:MEMBER_OF]-(a)
              WHERE NOT exists { (a)-[:SUCCEEDED_BY]->(:Agency)-[:MEMBER_OF]->(named) }
              RETURN p, r, named
            }
            MATCH (p)-[:SET_IN]->(d:Document)
            WHERE $document IS NULL OR d.key = $document
            // its direct successions, and who answers today: the ends of its succession chains
            WITH a, p, r, named, d,
                 [(a)-[s:SUCCEEDED_BY]->(next:Agency) | {unit: next {.key, .name}, since: s.since, share: s.share,
                                                          props: properties(s)}] AS successions,
                 COLLECT { MATCH (a)-[:SUCCEEDED_BY*1..10]->(now:Agency) WHERE NOT (now)-[:SUCCEEDED_BY]->(:Agency)
                           RETURN DISTINCT now {.key, .name} } AS today
            RETURN %s AS item, %s AS document, type(r) AS role, named {.key, .name} AS named,
                   a {.key, .name} AS former, successions, today
            ORDER BY item.key, role, named.key, former.key
            """.formatted(Refs.ITEM, Refs.DOCUMENT);

    private final GraphReads reads;

    FormerUnitRule(GraphReads reads) {
        this.reads = reads;
    }

    @Override
    public Set<FindingKind> kinds() {
        return Set.of(FindingKind.ASSIGNED_TO_FORMER_UNIT);
    }

    /** One former unit reached from a row's cell, with its successions and who answers today. */
    private record Former(
            Refs.Item item,
            Refs.Doc document,
            String role,
            Refs.Unit named,
            Refs.Unit unit,
            List<Succession> successions,
            List<Refs.Unit> today) {}

    private record Succession(Refs.Unit unit, LocalDate since, String share, List<Provenance> provenance) {}

    @Override
    public List<Finding> find(Scope scope) {
        var byCell = new LinkedHashMap<String, List<Former>>();
        reads.query(ASSIGNMENTS)
                .bind("document", scope.document())
                .list(r -> new Former(
                        Refs.Item.from(r.get("item")),
                        Refs.Doc.from(r.get("document")),
                        r.get("role").asString(),
                        Refs.Unit.from(r.get("named")),
                        Refs.Unit.from(r.get("former")),
                        r.get("successions").asList(FormerUnitRule::succession),
                        r.get("today").asList((Value v) -> Refs.Unit.from(v))))
                .forEach(f -> byCell.computeIfAbsent(
                                f.item().key() + "/" + f.role() + "/"
                                        + f.named().key(),
                                k -> new ArrayList<>())
                        .add(f));
        return byCell.values().stream().map(FormerUnitRule::finding).toList();
    }

    private static Succession succession(Value s) {
        return new Succession(
                Refs.Unit.from(s.get("unit")),
                s.get("since").asLocalDate(null),
                s.get("share").asString(null),
                Provenance.from(s.get("props")));
    }

    private static Finding finding(List<Former> formers) {
        Former first = formers.get(0);
        boolean group = !first.named().key().equals(first.unit().key());
        var agencies = new LinkedHashSet<String>();
        agencies.add(first.named().key());
        var provenance = new ArrayList<Provenance>();
        var passed = new ArrayList<String>();
        var today = new LinkedHashSet<String>();
        Severity severity = Severity.LOW;
        for (Former f : formers) {
            agencies.add(f.unit().key());
            var to = new ArrayList<String>();
            for (Succession s : f.successions()) {
                agencies.add(s.unit().key());
                provenance.addAll(s.provenance());
                to.add(("PARTIAL".equals(s.share()) ? "part to " : "")
                        + s.unit().name() + " (" + (s.since() == null ? "no date stated" : "since " + s.since()) + ")");
                severity = worse(severity, severity(f.document(), s.since()));
            }
            // a cycle of successions has no end: then the direct successors are the last units known
            (f.today().isEmpty()
                            ? f.successions().stream().map(Succession::unit).toList()
                            : f.today())
                    .forEach(u -> {
                        agencies.add(u.key());
                        today.add(u.name());
                    });
            passed.add((group ? f.unit().name() + " to " : "") + String.join(" and ", to));
        }
        String role = "LEAD".equals(first.role()) ? "as lead" : "as a cooperating unit";
        String sentence = Refs.capitalised(first.item().label(first.document())) + " names "
                + first.named().name()
                + " " + role + "; "
                + (group
                        ? formers.size()
                                + (formers.size() == 1
                                        ? " of its members has passed its duties on: "
                                        : " of its members have passed their duties on: ")
                                + String.join("; ", passed)
                        : "its duties passed to " + passed.get(0))
                + ", and today " + String.join(", ", today) + (today.size() == 1 ? " answers" : " answer")
                + " for it.";
        return new Finding(
                FindingKind.ASSIGNED_TO_FORMER_UNIT.name() + "/" + first.item().key() + "/" + first.role() + "/"
                        + first.named().key(),
                FindingKind.ASSIGNED_TO_FORMER_UNIT,
                severity,
                sentence,
                null,
                first.document().key(),
                first.document().level(),
                List.of(first.document().key()),
                List.of(first.item().key()),
                List.copyOf(agencies),
                null,
                false,
                List.copyOf(provenance),
                first.item().position());
    }

    /** HIGH when the document was issued on or after the succession, LOW when before, MEDIUM when a date is missing. */
    static Severity severity(Refs.Doc document, LocalDate since) {
        if (since == null || document.issuedOn() == null) {
            return Severity.MEDIUM;
        }
        return document.issuedOn().isBefore(since) ? Severity.LOW : Severity.HIGH;
    }

    private static Severity worse(Severity a, Severity b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
