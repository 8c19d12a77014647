package org.planlineage.editing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.planlineage.graph.Relation;

/**
 * Turns a {@link DocumentInput} into an {@link ImportPlan}, inside the import's transaction: checks every field,
 * resolves the issuer, the cited documents and (through {@link ItemPlanner}) the rows, and refuses a link that would
 * make the document its own ancestor. Collects every problem and throws them together; nothing has been written
 * when it throws.
 */
final class ImportPlanner {

    /** The relations that link documents, by name, as the graph's relationship types. */
    static final List<String> DOCUMENT_RELATIONS =
            Relation.betweenDocuments().stream().map(Enum::name).toList();

    /** The relations that make a document derive from another; CITES is a mere mention. */
    static final List<String> DERIVATIONS = Relation.betweenDocuments().stream()
            .filter(Relation::isDerivation)
            .map(Enum::name)
            .toList();

    private final TransactionContext tx;
    private final UnitMatcher units;
    /** The input path of the first link to each cited document, for the problems about it. */
    private final Map<String, String> linkPaths = new LinkedHashMap<>();

    /** True when the import's first statement created the document: nothing can derive from it yet. */
    private final boolean created;

    ImportPlanner(TransactionContext tx, UnitMatcher units, boolean created) {
        this.tx = tx;
        this.units = units;
        this.created = created;
    }

    ImportPlan plan(String key, DocumentInput in, ImportPlan.Source source) {
        var problems = new Problems();
        var warnings = new Warnings();
        if (in.type() == null) {
            problems.add("input.type", "a document needs its type (DECISION, PLAN, ...)");
        }
        var refs = new References(tx, key, in.issuedOn(), units, problems, warnings);
        refs.prefetch(namedKeys(in));
        String issuer = in.issuer() == null ? null : refs.issuerKey("input.issuer", in.issuer());
        String level = in.level() != null ? in.level().name() : issuer == null ? null : units.levelOf(issuer);
        String number = warnings.text("input.number", in.number());
        var document = new Entity(
                ChangeSubject.DOCUMENT,
                "Document",
                key,
                ImportProps.document(
                        key,
                        number,
                        in.type() == null ? null : in.type().name(),
                        in.issuedOn(),
                        warnings.text("input.issuedOnRaw", in.issuedOnRaw()),
                        level,
                        warnings.text("input.title", in.title()),
                        warnings.text("input.doubt", in.doubt()),
                        false,
                        new ImportProps.Prov(key, source.locatorPrefix(), null, source.documentLines(), source.file())),
                issuer == null ? List.of() : List.of(new Entity.Rel("ISSUED_BY", "Agency", issuer, Map.of())));

        var links = links(in, key, source, refs, problems, warnings);
        var items = new ItemPlanner(tx, key, units, refs, problems, warnings, source).plan(in.items());
        problems.throwIfAny("The import");
        refuseCycles(key, links, problems);
        problems.throwIfAny("The import");

        var referenced = new HashSet<String>();
        links.forEach(l -> referenced.add(l.rels().get(0).toKey()));
        items.items()
                .forEach(i -> i.rels().stream()
                        .filter(r -> r.type().equals("LEGAL_BASIS"))
                        .forEach(r -> referenced.add(r.toKey())));
        return new ImportPlan(
                key,
                document,
                links,
                refs.stubs().values(),
                items.items(),
                items.values(),
                items.indicators(),
                items.referencedIndicators(),
                referenced,
                warnings.list());
    }

    /** The keys of the documents the input names in its links and its rows' legal basis. */
    private static List<String> namedKeys(DocumentInput in) {
        var keys = new ArrayList<String>();
        in.links().stream()
                .filter(l -> l.document() != null)
                .forEach(l -> keys.add(l.document().key()));
        in.items()
                .forEach(i -> i.legalBasis().stream()
                        .filter(java.util.Objects::nonNull)
                        .forEach(r -> keys.add(r.key())));
        return keys;
    }

    /** One LINK per (relation, document), with every statement of it as a provenance, as the seed merges them. */
    private List<Entity> links(
            DocumentInput in,
            String key,
            ImportPlan.Source source,
            References refs,
            Problems problems,
            Warnings warnings) {
        var statements = new LinkedHashMap<String, List<ImportProps.Prov>>();
        for (int i = 0; i < in.links().size(); i++) {
            var link = in.links().get(i);
            String path = "input.links[" + i + "]";
            if (link.relation() == null || !link.relation().isBetweenDocuments()) {
                problems.add(
                        path + ".relation",
                        "'" + link.relation() + "' does not link documents; send one of " + DOCUMENT_RELATIONS);
                continue;
            }
            var prov = new ImportProps.Prov(
                    key,
                    link.locator() != null
                            ? warnings.text(path + ".locator", link.locator())
                            : source.locatorPrefix() + ", links[" + i + "]",
                    warnings.text(path + ".quote", link.quote()),
                    ItemPlanner.lines(path + ".lines", link.lines(), problems),
                    source.file());
            String to = refs.resolve(path + ".document", link.document(), prov);
            if (to != null) {
                linkPaths.putIfAbsent(to, path);
                statements
                        .computeIfAbsent(link.relation().name() + ">" + to, k -> new ArrayList<>())
                        .add(prov);
            }
        }
        var result = new ArrayList<Entity>();
        statements.forEach((linkKey, provs) -> {
            String relation = linkKey.substring(0, linkKey.indexOf('>'));
            String to = linkKey.substring(linkKey.indexOf('>') + 1);
            result.add(new Entity(
                    ChangeSubject.LINK,
                    relation,
                    linkKey,
                    Map.of(),
                    List.of(new Entity.Rel(relation, "Document", to, ImportProps.provs(provs)))));
        });
        return result;
    }

    /**
     * A derivation link to a document that already derives from this one would make it its own ancestor. A document
     * created by this import has no relationships yet, so no chain reaches it and nothing is read.
     */
    private void refuseCycles(String key, List<Entity> links, Problems problems) {
        if (created) {
            return;
        }
        var targets = links.stream()
                .map(l -> l.rels().get(0))
                .filter(r -> DERIVATIONS.contains(r.type()))
                .map(Entity.Rel::toKey)
                .distinct()
                .toList();
        if (targets.isEmpty()) {
            return;
        }
        tx.run("""
                        // for each document this one is to derive from: the shortest chain by which it already
                        // derives from this one (bounded: a derivation chain is a few hops in practice)
                        UNWIND $targets AS target
                        MATCH (t:Document {key: target}), (self:Document {key: $self})
                        MATCH p = shortestPath((t)-[:LEGAL_BASIS|IMPLEMENTS|ISSUES|PROPOSED_BY*..30]->(self))
                        RETURN target, [n IN nodes(p) | n.key] AS chain
                        """, Map.of("targets", targets, "self", key)).list().forEach(r -> {
            String chain = String.join(" → ", r.get("chain").asList(v -> v.asString()));
            problems.add(
                    linkPaths.getOrDefault(r.get("target").asString(), "input.links"),
                    "a link to " + r.get("target").asString() + " would make " + key + " its own ancestor: " + chain
                            + " already; drop the link or send it as CITES");
        });
    }
}
