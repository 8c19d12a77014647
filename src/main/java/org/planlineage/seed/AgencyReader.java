package org.planlineage.seed;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planlineage.agency.AdminLevel;
import org.planlineage.agency.AgencyKind;
import org.planlineage.agency.SuccessionShare;

/**
 * Reads the units: {@code agencies/*.csv} (every unit with every spelling seen), {@code agency-members.csv} (the
 * members of a GROUP) and {@code successions.csv} (which unit took over from which).
 */
final class AgencyReader {

    private final SeedFiles files;
    private final Cells cells;

    AgencyReader(SeedFiles files, Cells cells) {
        this.files = files;
        this.cells = cells;
    }

    /** The agencies by key; their provenance still lacks the primary file (see {@link #withFiles}). */
    Map<String, Seed.Agency> agencies(List<CsvFile> csvs) {
        var result = new LinkedHashMap<String, Seed.Agency>();
        var rows = new ArrayList<CsvFile.Row>();
        csvs.forEach(f -> rows.addAll(f.rows()));
        for (var row : rows) {
            String key = cells.key(row, "key");
            if (key != null && result.containsKey(key)) {
                files.problem(row, "agency key '" + key + "' is defined twice (agencies/*.csv)");
                continue;
            }
            String name = cells.required(row, "name");
            var agency = new Seed.Agency(
                    key,
                    name,
                    aliases(name, row.get("aliases")),
                    cells.oneOf(row, "kind", AgencyKind.class, true),
                    cells.oneOf(row, "level", AdminLevel.class, false),
                    row.get("parent"),
                    row.get("doubt"),
                    cells.optionalProv(row, null),
                    null);
            if (key != null) {
                result.put(key, agency);
            }
        }
        for (var row : rows) {
            String parent = row.get("parent");
            if (parent != null && !result.containsKey(parent)) {
                files.problem(row, "parent '" + parent + "' is not an agency key");
            }
        }
        return result;
    }

    /** The name first, then every other spelling of the {@code |}-separated aliases cell, each once. */
    private static List<String> aliases(String name, String cell) {
        var aliases = new ArrayList<String>();
        if (name != null) {
            aliases.add(name);
        }
        if (cell != null) {
            for (String alias : cell.split("\\s*\\|\\s*")) {
                if (!alias.isBlank() && !aliases.contains(alias.strip())) {
                    aliases.add(alias.strip());
                }
            }
        }
        return aliases;
    }

    /** The agencies with the text file of their provenance, once the documents' primary files are known. */
    static void withFiles(Map<String, Seed.Agency> agencies, PrimaryFiles primaryFiles) {
        agencies.replaceAll((k, a) -> new Seed.Agency(
                a.key(),
                a.name(),
                a.aliases(),
                a.kind(),
                a.level(),
                a.parent(),
                a.doubt(),
                primaryFiles.fill(a.prov()),
                a.unitKind()));
    }

    List<Seed.Membership> memberships(
            CsvFile csv, Map<String, Seed.Agency> agencies, Set<String> documents, PrimaryFiles primaryFiles) {
        var result = new ArrayList<Seed.Membership>();
        var seen = new HashSet<String>();
        for (var row : csv.rows()) {
            String group = cells.reference(row, "group", agencies.keySet(), "agency");
            String member = cells.reference(row, "member", agencies.keySet(), "agency");
            if (group != null
                    && agencies.containsKey(group)
                    && agencies.get(group).kind() != AgencyKind.GROUP) {
                files.problem(row, "'" + group + "' has members but its kind is not GROUP");
            }
            if (!seen.add(group + ">" + member)) {
                files.problem(row, "membership " + group + " > " + member + " is listed twice");
            }
            cells.optionalSource(row, documents);
            result.add(
                    new Seed.Membership(group, member, primaryFiles.fill(cells.optionalProv(row, "Thành viên nhóm"))));
        }
        return result;
    }

    /** A unit succeeds another at most once, and never itself. */
    static void checkSuccessions(SeedFiles files, List<Seed.Succession> successions) {
        var seen = new HashSet<String>();
        for (var s : successions) {
            if (s.predecessor() != null && s.predecessor().equals(s.successor())) {
                files.problem("successions: " + s.predecessor() + " cannot succeed itself");
            }
            if (!seen.add(s.predecessor() + ">" + s.successor())) {
                files.problem("successions: " + s.predecessor() + " > " + s.successor() + " is stated twice");
            }
        }
    }

    List<Seed.Succession> successions(
            CsvFile csv, Set<String> agencies, Set<String> documents, PrimaryFiles primaryFiles) {
        var result = new ArrayList<Seed.Succession>();
        for (var row : csv.rows()) {
            String source = cells.reference(row, "source", documents, "document");
            result.add(new Seed.Succession(
                    cells.reference(row, "predecessor", agencies, "agency"),
                    cells.reference(row, "successor", agencies, "agency"),
                    cells.date(row, "since"),
                    cells.date(row, "decided_on"),
                    cells.oneOf(row, "share", SuccessionShare.class, false),
                    row.get("doubt"),
                    List.of(primaryFiles.fill(cells.prov(row, source, "Kế thừa")))));
        }
        return result;
    }
}
