package org.planlineage.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlineage.document.Provenance;
import org.planlineage.indicator.Pillar;
import org.planlineage.indicator.PlanItemKind;
import org.planlineage.indicator.TargetParser;
import org.planlineage.indicator.TargetUnit;

/**
 * Reads the target tables: {@code tables.csv} names each table's file in {@code plan-items/}, its document and the
 * text file its rows' lines refer to; each row of a table becomes a plan item with its targets and results parsed
 * beside their raw cells.
 */
final class PlanItemReader {

    private static final Pattern YEAR_COLUMN = Pattern.compile("(target|result)_(\\d{4})");

    private final SeedFiles files;
    private final Cells cells;

    PlanItemReader(SeedFiles files, Cells cells) {
        this.files = files;
        this.cells = cells;
    }

    List<Seed.Item> items(CsvFile tables, Map<String, Seed.Document> documents, Set<String> agencies) {
        var result = new ArrayList<Seed.Item>();
        var keys = new HashSet<String>();
        var listed = new HashSet<String>();
        for (var table : tables.rows()) {
            String fileName = cells.required(table, "file");
            String document = cells.reference(table, "document", documents.keySet(), "document");
            String sourceFile = cells.requiredSourceFile(table, "source_file");
            TableKind kind = cells.oneOf(table, "kind", TableKind.class, true);
            String locator = cells.required(table, "locator");
            if (fileName == null || document == null || kind == null) {
                continue;
            }
            listed.add(fileName);
            CsvFile csv = files.csv(
                    "plan-items/" + fileName,
                    "ref",
                    "number",
                    "section",
                    "pillar",
                    "text",
                    "lead_raw",
                    "cooperating_raw",
                    "lead",
                    "cooperating",
                    "legal_basis_raw",
                    "legal_basis",
                    "lines");
            var spec = new Table(document, kind, locator, sourceFile, csv.header());
            int position = 0;
            for (var row : csv.rows()) {
                String ref = cells.required(row, "ref");
                if (ref != null && !keys.add(document + ":" + ref)) {
                    files.problem(row, "ref '" + ref + "' is used twice in document " + document);
                }
                result.add(item(row, ref, ++position, spec, documents.keySet(), agencies));
            }
        }
        for (String name : files.names("plan-items/*.csv")) {
            if (!listed.contains(name)) {
                files.problem("plan-items/" + name + ": not listed in tables.csv");
            }
        }
        return result;
    }

    /** What a table's rows share. */
    private record Table(String document, TableKind kind, String locator, String sourceFile, List<String> header) {
        boolean budget() {
            return kind == TableKind.BUDGET;
        }
    }

    private Seed.Item item(
            CsvFile.Row row, String ref, int position, Table table, Set<String> documents, Set<String> agencies) {
        TargetUnit countUnit = table.budget() ? TargetUnit.MILLION_VND : TargetUnit.COUNT;
        var targets = values(row, table.header(), "target", countUnit);
        var results = values(row, table.header(), "result", countUnit);
        PlanItemKind itemKind = table.budget()
                ? PlanItemKind.BUDGET_LINE
                : targets.stream().anyMatch(v -> !v.parsed().parts().isEmpty())
                        ? PlanItemKind.INDICATOR
                        : PlanItemKind.TASK;
        String itemLocator = table.locator() + ", " + (table.budget() ? "STT " : "TT ")
                + (row.get("number") != null ? row.get("number").replaceAll("\\.$", "") : ref);
        String lines = cells.lines(row);
        var prov = new Provenance(table.document(), itemLocator, null, lines, table.sourceFile());
        var legalBasis = cells.keyList(row, "legal_basis", documents, "document");
        var legalBasisProv = row.get("legal_basis_raw") == null
                ? null
                : new Provenance(
                        table.document(),
                        itemLocator + ", cột Căn cứ pháp lý",
                        row.get("legal_basis_raw"),
                        lines,
                        table.sourceFile());
        var item = new Seed.Item(
                table.document() + ":" + ref,
                table.document(),
                ref,
                row.get("number"),
                position,
                cells.required(row, "text"),
                itemKind,
                cells.oneOf(row, "pillar", Pillar.class, true),
                row.get("section"),
                row.get("subsection"),
                targets,
                results,
                row.get("lead_raw"),
                row.get("cooperating_raw"),
                cells.keyList(row, "lead", agencies, "agency"),
                cells.keyList(row, "cooperating", agencies, "agency"),
                row.get("legal_basis_raw"),
                legalBasis,
                row.get("note_raw"),
                row.get("doubt"),
                prov,
                legalBasisProv);
        if (row.get("lead_raw") != null && row.get("lead") == null) {
            files.problem(row, "lead_raw is given but not resolved in 'lead'");
        }
        if (row.get("cooperating_raw") != null && row.get("cooperating") == null) {
            files.problem(row, "cooperating_raw is given but not resolved in 'cooperating'");
        }
        return item;
    }

    /** The {@code target_YYYY} or {@code result_YYYY} cells of a row that are not empty, by year. */
    private static List<Seed.Value> values(CsvFile.Row row, List<String> header, String prefix, TargetUnit countUnit) {
        var byYear = new TreeMap<Integer, Seed.Value>();
        for (String column : header) {
            Matcher m = YEAR_COLUMN.matcher(column);
            if (m.matches() && m.group(1).equals(prefix) && row.get(column) != null) {
                int year = Integer.parseInt(m.group(2));
                String raw = row.get(column);
                // the row's text can explain a second value as a breakdown of the first (TargetParser)
                byYear.put(year, new Seed.Value(year, raw, TargetParser.parse(raw, countUnit, row.get("text"))));
            }
        }
        return List.copyOf(byYear.values());
    }
}
