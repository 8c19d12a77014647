package org.planlineage.editing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.neo4j.driver.TransactionContext;
import org.planlineage.agency.AssignmentWords;

/**
 * Plans the rows of an import: each row's cells kept as written, its yearly targets and results ({@link YearCells},
 * parsed beside the raw text as the seed's {@code TargetParser} does), its lead and cooperating units resolved to
 * known agencies, its legal basis resolved to documents, and the indicator it sets (an existing one, a new shared
 * one, or one of its own as the seed gives).
 */
final class ItemPlanner {

    private static final Pattern LINES = Pattern.compile("\\d+(?:-\\d+)?");

    /** The planned rows, their targets and results, the indicators to write and those only referred to. */
    record Planned(
            List<Entity> items, List<Entity> values, List<Entity> indicators, Set<String> referencedIndicators) {}

    private final TransactionContext tx;
    private final String document;
    private final UnitMatcher units;
    private final References refs;
    private final Problems problems;
    private final Warnings warnings;
    private final ImportPlan.Source source;
    private final IndicatorPlanner indicators;
    private final YearCells yearCells;

    ItemPlanner(
            TransactionContext tx,
            String document,
            UnitMatcher units,
            References refs,
            Problems problems,
            Warnings warnings,
            ImportPlan.Source source) {
        this.tx = tx;
        this.document = document;
        this.units = units;
        this.refs = refs;
        this.problems = problems;
        this.warnings = warnings;
        this.source = source;
        this.indicators = new IndicatorPlanner(tx, problems, warnings);
        this.yearCells = new YearCells(problems, warnings);
    }

    Planned plan(List<DocumentInput.ItemInput> inputs) {
        var items = new ArrayList<Entity>();
        var values = new ArrayList<Entity>();
        var refsSeen = new HashSet<String>();
        indicators.prefetch(inputs);
        for (int i = 0; i < inputs.size(); i++) {
            var in = inputs.get(i);
            String path = "input.items[" + i + "]";
            if (!DocumentKeys.isKey(in.ref())) {
                problems.add(
                        path + ".ref",
                        "'" + in.ref() + "' is not a ref: lower-case letters, digits, single "
                                + "dashes or dots (\"12\", \"111a\", \"after-56\")");
                continue;
            }
            if (!refsSeen.add(in.ref())) {
                problems.add(path + ".ref", "ref '" + in.ref() + "' is used by an earlier row; refs are unique");
                continue;
            }
            if (in.pillar() == null) {
                problems.add(path + ".pillar", "a row needs its pillar (DIGITAL_GOVERNMENT, ..., OTHER)");
                continue;
            }
            items.add(item(path, i, in, values));
        }
        return new Planned(items, values, indicators.planned(), indicators.referenced());
    }

    private Entity item(String path, int index, DocumentInput.ItemInput in, List<Entity> values) {
        String key = document + ":" + in.ref();
        var text = new LinkedHashMap<String, String>();
        for (var cell : new String[][] {
            {"number", in.number()},
            {"text", in.text()},
            {"section", in.section()},
            {"subsection", in.subsection()},
            {"leadRaw", in.leadRaw()},
            {"cooperatingRaw", in.cooperatingRaw()},
            {"legalBasisRaw", in.legalBasisRaw()},
            {"note", in.note()},
            {"doubt", in.doubt()}
        }) {
            text.put(cell[0], warnings.text(path + "." + cell[0], cell[1]));
        }
        if (text.get("text") == null) {
            problems.add(path + ".text", "a row needs its text (chỉ tiêu / nhiệm vụ) as written");
        }
        String locator = in.locator() != null
                ? warnings.text(path + ".locator", in.locator())
                : source.locatorPrefix() + ", items[" + index + "]";
        var prov = new ImportProps.Prov(
                document, locator, null, lines(path + ".lines", in.lines(), problems), source.file());
        var rels = new ArrayList<Entity.Rel>();
        rels.add(new Entity.Rel("SET_IN", "Document", document, Map.of()));
        var lead = units(path + ".lead", "LEAD", in.lead(), text.get("leadRaw"), rels);
        var cooperating =
                units(path + ".cooperating", "COOPERATING", in.cooperating(), text.get("cooperatingRaw"), rels);
        var basisProv = new ImportProps.Prov(
                document, locator + ", cột Căn cứ pháp lý", text.get("legalBasisRaw"), prov.lines(), source.file());
        for (int j = 0; j < in.legalBasis().size(); j++) {
            String to = refs.resolve(
                    path + ".legalBasis[" + j + "]", in.legalBasis().get(j), basisProv);
            if (to != null
                    && rels.stream()
                            .noneMatch(r ->
                                    r.type().equals("LEGAL_BASIS") && r.toKey().equals(to))) {
                rels.add(new Entity.Rel("LEGAL_BASIS", "Document", to, ImportProps.prov(basisProv)));
            }
        }
        String rowText = text.get("text");
        var targetRaws =
                yearCells.plan(path + ".targets", key, ChangeSubject.TARGET, in.targets(), rowText, values, rels);
        yearCells.plan(
                path + ".results",
                key,
                ChangeSubject.RESULT,
                in.results(),
                rowText,
                values,
                rels); // never set the kind
        boolean numeric = targetRaws.stream().anyMatch(raw -> ImportProps.isNumeric(raw, rowText));
        String indicator = indicators.plan(path + ".indicator", key, in, text.get("text"), targetRaws);
        if (indicator != null) {
            // the keys the index sets_indicator_document finds an area's rows by (schema/neo4j/schema.cypher)
            rels.add(new Entity.Rel(
                    "SETS", "Indicator", indicator, Map.of("indicator", indicator, "document", document)));
        }
        var properties = ImportProps.item(key, in, index + 1, numeric ? "INDICATOR" : "TASK", text, prov);
        // the words of each cell that name none of its units, as the seed loader records them (UNRESOLVED_ASSIGNMENT)
        properties.putAll(AssignmentWords.properties(
                text.get("leadRaw"), spellings(lead), text.get("cooperatingRaw"), spellings(cooperating)));
        return new Entity(ChangeSubject.PLAN_ITEM, "PlanItem", key, properties, rels);
    }

    private List<String> spellings(List<String> keys) {
        return keys.stream().flatMap(k -> units.spellingsOf(k).stream()).toList();
    }

    /** Resolves a cell's units into relationships; the keys resolved, in the cell's order. */
    private List<String> units(String path, String role, List<String> written, String raw, List<Entity.Rel> rels) {
        if (raw != null && written.isEmpty()) {
            problems.add(
                    path,
                    "the " + (role.equals("LEAD") ? "lead" : "cooperating")
                            + " cell is given but not resolved: list its units (keys, names or aliases)");
        }
        var keys = new ArrayList<String>();
        for (int j = 0; j < written.size(); j++) {
            var match = units.match(written.get(j));
            if (match.resolved()) {
                if (!keys.contains(match.key())) {
                    keys.add(match.key());
                }
            } else if (!match.candidates().isEmpty()) {
                problems.add(
                        path + "[" + j + "]",
                        "'" + written.get(j) + "' names several units; send one of their keys",
                        match.candidates());
            } else {
                problems.add(
                        path + "[" + j + "]",
                        "no unit is called '" + written.get(j) + "'; send a key or a known name or alias (closest: "
                                + String.join(", ", match.suggestions()) + ")",
                        match.suggestions());
            }
        }
        for (int j = 0; j < keys.size(); j++) {
            rels.add(new Entity.Rel(role, "Agency", keys.get(j), Map.of("position", j)));
        }
        return keys;
    }

    /** A line range as the seed writes them ("12", "40-44"); null when absent, a problem when malformed. */
    static String lines(String path, String lines, Problems problems) {
        if (lines == null || lines.isBlank()) {
            return null;
        }
        if (!LINES.matcher(lines.strip()).matches()) {
            problems.add(path, "'" + lines + "' is not a line or a range like 40-44");
            return null;
        }
        return lines.strip();
    }
}
