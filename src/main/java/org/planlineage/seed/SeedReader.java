package org.planlineage.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.planlineage.indicator.TargetParser;
import org.planlineage.indicator.TargetUnit;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads and validates the seed folder. Every problem is collected with its file and line, and all of them are
 * reported together: a curator fixes a batch of mistakes per run, not one.
 */
final class SeedReader {

    /** Bump when the way rows become graph changes, so that a store loaded by an older loader is reloaded. */
    static final String MODEL_VERSION = "3";

    static final Set<String> RELATIONS = Set.of("LEGAL_BASIS", "IMPLEMENTS", "ISSUES", "PROPOSED_BY", "CITES");
    static final Set<String> DOCUMENT_TYPES = Set.of(
            "LAW",
            "PARTY_RESOLUTION",
            "GOVERNMENT_RESOLUTION",
            "DECREE",
            "DECISION",
            "PLAN",
            "PROGRAMME",
            "DIRECTIVE",
            "CIRCULAR",
            "DISPATCH",
            "REPORT",
            "SUBMISSION",
            "STRATEGY",
            "STANDARD",
            "OTHER");
    static final Set<String> LEVELS = Set.of("NATIONAL", "PROVINCE", "DISTRICT", "COMMUNE");
    static final Set<String> AGENCY_KINDS = Set.of(
            "PEOPLES_COMMITTEE",
            "PEOPLES_COUNCIL",
            "PARTY_COMMITTEE",
            "NATIONAL_ASSEMBLY",
            "GOVERNMENT",
            "PRIME_MINISTER",
            "MINISTRY",
            "DEPARTMENT",
            "DIVISION",
            "OFFICE",
            "CENTRE",
            "POLICE",
            "MASS_ORGANISATION",
            "ENTERPRISE",
            "SCHOOL",
            "STEERING_COMMITTEE",
            "GROUP",
            "OTHER");
    static final Set<String> PILLARS = Set.of("DIGITAL_GOVERNMENT", "DIGITAL_ECONOMY", "DIGITAL_SOCIETY", "OTHER");
    static final Set<String> UNITS = Set.of("PERCENT", "COUNT", "MILLION_VND", "TEXT");

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");
    private static final Pattern YEAR_COLUMN = Pattern.compile("(target|result)_(\\d{4})");
    private static final Pattern LINES = Pattern.compile("\\d+(?:-\\d+)?");

    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final String location;
    private final List<String> problems = new ArrayList<>();
    private final MessageDigest digest;

    SeedReader(String location) {
        this.location = location.endsWith("/") ? location : location + "/";
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update(MODEL_VERSION.getBytes());
    }

    /** Reads everything, or throws {@link SeedException} listing every problem found. */
    Seed read() {
        CsvFile sourcesFile = file("sources.csv", "file", "document", "primary");
        CsvFile documentsFile = file(
                "documents.csv",
                "key",
                "number",
                "type",
                "issued_on",
                "issuer",
                "level",
                "title",
                "source",
                "lines",
                "quote");
        CsvFile linksFile = file("document-links.csv", "from", "relation", "to", "source", "locator", "lines", "quote");
        List<CsvFile> agencyFiles = files("agencies/*.csv", "key", "name", "aliases", "kind", "level", "parent");
        CsvFile membersFile = file("agency-members.csv", "group", "member", "source", "lines", "quote");
        CsvFile successionsFile =
                file("successions.csv", "predecessor", "successor", "since", "source", "lines", "quote");
        CsvFile tablesFile = file("tables.csv", "file", "document", "source_file", "kind", "locator", "unit_raw");
        CsvFile indicatorsFile = file("indicators.csv", "key", "name", "pillar", "unit", "note");
        CsvFile indicatorItemsFile = file("indicator-items.csv", "indicator", "item", "rationale");
        failIfProblems();

        var sources = sources(sourcesFile);
        var agencies = agencies(agencyFiles);
        var documents = documents(documentsFile, sources, agencies.keySet());
        var primaryFile = new HashMap<String, String>();
        sources.stream().filter(Seed.Source::primary).forEach(s -> primaryFile.put(s.document(), s.file()));
        agencies.replaceAll((k, a) -> new Seed.Agency(
                a.key(),
                a.name(),
                a.aliases(),
                a.kind(),
                a.level(),
                a.parent(),
                a.doubt(),
                withFile(a.prov(), primaryFile)));
        for (var d : documents.values()) {
            if (d.isSource() && !primaryFile.containsKey(d.key())) {
                problems.add("sources.csv: document " + d.key() + " has no primary file");
            }
        }
        documents.replaceAll((k, d) -> new Seed.Document(
                d.key(),
                d.number(),
                d.type(),
                d.issuedOn(),
                d.issuedOnRaw(),
                d.issuer(),
                d.level(),
                d.title(),
                d.isSource(),
                d.doubt(),
                withFile(d.prov(), primaryFile)));
        var links = links(linksFile, documents.keySet(), primaryFile);
        var memberships = memberships(membersFile, agencies, documents.keySet(), primaryFile);
        var successions = successions(successionsFile, agencies.keySet(), documents.keySet(), primaryFile);
        var items = items(tablesFile, documents, agencies.keySet());
        var indicators = indicators(indicatorsFile, indicatorItemsFile, items);
        failIfProblems();
        return new Seed(
                sources,
                List.copyOf(agencies.values()),
                memberships,
                successions,
                List.copyOf(documents.values()),
                links,
                items,
                indicators,
                HexFormat.of().formatHex(digest.digest()));
    }

    // ---- files ---------------------------------------------------------------------------------------------

    private CsvFile file(String name, String... required) {
        Resource resource = resolver.getResource(location + name);
        if (!resource.exists()) {
            problems.add(name + ": missing (looked in " + location + ")");
            return new CsvFile(name, List.of(), List.of());
        }
        return parse(name, resource, required);
    }

    private List<CsvFile> files(String pattern, String... required) {
        try {
            Resource[] found = resolver.getResources(location + pattern);
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            var result = new ArrayList<CsvFile>();
            for (Resource r : found) {
                result.add(parse(pattern.substring(0, pattern.indexOf('/') + 1) + r.getFilename(), r, required));
            }
            if (result.isEmpty()) {
                problems.add(pattern + ": no files (looked in " + location + ")");
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + location + pattern, e);
        }
    }

    private CsvFile parse(String name, Resource resource, String... required) {
        try {
            byte[] bytes = resource.getContentAsByteArray();
            digest.update(name.getBytes());
            digest.update(bytes);
            CsvFile csv = CsvFile.read(name, resource);
            for (String column : csv.missing(Set.of(required))) {
                problems.add(name + ":1: missing column '" + column + "'");
            }
            return csv;
        } catch (IOException | RuntimeException e) {
            problems.add(name + ": cannot be read as CSV: " + e.getMessage());
            return new CsvFile(name, List.of(), List.of());
        }
    }

    private void failIfProblems() {
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
    }

    // ---- entities ------------------------------------------------------------------------------------------

    private List<Seed.Source> sources(CsvFile csv) {
        var result = new ArrayList<Seed.Source>();
        for (var row : csv.rows()) {
            result.add(new Seed.Source(
                    required(row, "file"),
                    required(row, "document"),
                    "true".equals(row.get("primary")),
                    row.get("part")));
        }
        return result;
    }

    private Map<String, Seed.Agency> agencies(List<CsvFile> files) {
        var result = new LinkedHashMap<String, Seed.Agency>();
        var rows = new ArrayList<CsvFile.Row>();
        files.forEach(f -> rows.addAll(f.rows()));
        for (var row : rows) {
            String key = key(row, "key");
            if (key != null && result.containsKey(key)) {
                problems.add(row.where() + ": agency key '" + key + "' is defined twice (agencies/*.csv)");
                continue;
            }
            String name = required(row, "name");
            var aliases = new ArrayList<String>();
            if (name != null) {
                aliases.add(name);
            }
            if (row.get("aliases") != null) {
                for (String alias : row.get("aliases").split("\\s*\\|\\s*")) {
                    if (!alias.isBlank() && !aliases.contains(alias.strip())) {
                        aliases.add(alias.strip());
                    }
                }
            }
            var agency = new Seed.Agency(
                    key,
                    name,
                    aliases,
                    oneOf(row, "kind", AGENCY_KINDS, true),
                    oneOf(row, "level", LEVELS, false),
                    row.get("parent"),
                    row.get("doubt"),
                    optionalProv(row, null));
            if (key != null) {
                result.put(key, agency);
            }
        }
        for (var row : rows) {
            String parent = row.get("parent");
            if (parent != null && !result.containsKey(parent)) {
                problems.add(row.where() + ": parent '" + parent + "' is not an agency key");
            }
        }
        return result;
    }

    private Map<String, Seed.Document> documents(CsvFile csv, List<Seed.Source> sources, Set<String> agencies) {
        var sourceDocuments = new HashSet<String>();
        sources.forEach(s -> sourceDocuments.add(s.document()));
        var result = new LinkedHashMap<String, Seed.Document>();
        for (var row : csv.rows()) {
            String key = key(row, "key");
            if (key != null && result.containsKey(key)) {
                problems.add(row.where() + ": document key '" + key + "' is defined twice");
                continue;
            }
            String issuer = row.get("issuer");
            if (issuer != null && !agencies.contains(issuer)) {
                problems.add(row.where() + ": issuer '" + issuer + "' is not an agency key (agencies/*.csv)");
            }
            var doc = new Seed.Document(
                    key,
                    row.get("number"),
                    oneOf(row, "type", DOCUMENT_TYPES, true),
                    date(row, "issued_on"),
                    row.get("issued_on_raw"),
                    issuer,
                    oneOf(row, "level", LEVELS, false),
                    row.get("title"),
                    sourceDocuments.contains(key),
                    row.get("doubt"),
                    prov(row, row.get("source"), "Văn bản " + java.util.Objects.toString(row.get("number"), key)));
            if (key != null) {
                result.put(key, doc);
            }
        }
        for (var row : csv.rows()) {
            String source = row.get("source");
            if (source != null && !result.containsKey(source)) {
                problems.add(row.where() + ": source '" + source + "' is not a document key");
            }
        }
        for (String doc : sourceDocuments) {
            if (!result.containsKey(doc)) {
                problems.add("sources.csv: document '" + doc + "' is not in documents.csv");
            }
        }
        return result;
    }

    private List<Seed.Link> links(CsvFile csv, Set<String> documents, Map<String, String> primaryFile) {
        var result = new ArrayList<Seed.Link>();
        for (var row : csv.rows()) {
            String from = reference(row, "from", documents, "document");
            String to = reference(row, "to", documents, "document");
            String relation = oneOf(row, "relation", RELATIONS, true);
            String source = reference(row, "source", documents, "document");
            String locator = required(row, "locator");
            if (from != null && from.equals(to)) {
                problems.add(row.where() + ": a document cannot be linked to itself");
            }
            // 'file' names the text file when the source document has several (206/QĐ-UBND: 002 and 003)
            result.add(new Seed.Link(
                    from,
                    relation,
                    to,
                    withFile(
                            new Seed.Prov(source, locator, row.get("quote"), lines(row), row.get("file")),
                            primaryFile)));
        }
        return result;
    }

    private List<Seed.Membership> memberships(
            CsvFile csv, Map<String, Seed.Agency> agencies, Set<String> documents, Map<String, String> primaryFile) {
        var result = new ArrayList<Seed.Membership>();
        var seen = new HashSet<String>();
        for (var row : csv.rows()) {
            String group = reference(row, "group", agencies.keySet(), "agency");
            String member = reference(row, "member", agencies.keySet(), "agency");
            if (group != null
                    && agencies.containsKey(group)
                    && !"GROUP".equals(agencies.get(group).kind())) {
                problems.add(row.where() + ": '" + group + "' has members but its kind is not GROUP");
            }
            if (!seen.add(group + ">" + member)) {
                problems.add(row.where() + ": membership " + group + " > " + member + " is listed twice");
            }
            optionalSource(row, documents);
            result.add(new Seed.Membership(group, member, withFile(optionalProv(row, "Thành viên nhóm"), primaryFile)));
        }
        return result;
    }

    private List<Seed.Succession> successions(
            CsvFile csv, Set<String> agencies, Set<String> documents, Map<String, String> primaryFile) {
        var result = new ArrayList<Seed.Succession>();
        for (var row : csv.rows()) {
            String source = reference(row, "source", documents, "document");
            result.add(new Seed.Succession(
                    reference(row, "predecessor", agencies, "agency"),
                    reference(row, "successor", agencies, "agency"),
                    date(row, "since"),
                    withFile(prov(row, source, "Kế thừa"), primaryFile)));
        }
        return result;
    }

    private List<Seed.Item> items(CsvFile tables, Map<String, Seed.Document> documents, Set<String> agencies) {
        var result = new ArrayList<Seed.Item>();
        var keys = new HashSet<String>();
        var listed = new HashSet<String>();
        for (var table : tables.rows()) {
            String fileName = required(table, "file");
            String document = reference(table, "document", documents.keySet(), "document");
            String sourceFile = required(table, "source_file");
            String kind = oneOf(table, "kind", Set.of("TARGETS", "BUDGET"), true);
            String locator = required(table, "locator");
            if (fileName == null || document == null || kind == null) {
                continue;
            }
            listed.add(fileName);
            CsvFile csv = file(
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
            TargetUnit countUnit = "BUDGET".equals(kind) ? TargetUnit.MILLION_VND : TargetUnit.COUNT;
            int position = 0;
            for (var row : csv.rows()) {
                position++;
                String ref = required(row, "ref");
                String key = document + ":" + ref;
                if (ref != null && !keys.add(key)) {
                    problems.add(row.where() + ": ref '" + ref + "' is used twice in document " + document);
                }
                var targets = values(row, csv.header(), "target", countUnit);
                var results = values(row, csv.header(), "result", countUnit);
                String itemKind = "BUDGET".equals(kind)
                        ? "BUDGET_LINE"
                        : targets.stream().anyMatch(v -> !v.parsed().parts().isEmpty()) ? "INDICATOR" : "TASK";
                String itemLocator = locator + ", " + ("BUDGET".equals(kind) ? "STT " : "TT ")
                        + (row.get("number") != null ? row.get("number").replaceAll("\\.$", "") : ref);
                var prov = new Seed.Prov(document, itemLocator, null, lines(row), sourceFile);
                var legalBasis = keyList(row, "legal_basis", documents.keySet(), "document");
                var legalBasisProv = row.get("legal_basis_raw") == null
                        ? null
                        : new Seed.Prov(
                                document,
                                itemLocator + ", cột Căn cứ pháp lý",
                                row.get("legal_basis_raw"),
                                lines(row),
                                sourceFile);
                result.add(new Seed.Item(
                        key,
                        document,
                        ref,
                        row.get("number"),
                        position,
                        required(row, "text"),
                        itemKind,
                        oneOf(row, "pillar", PILLARS, true),
                        row.get("section"),
                        row.get("subsection"),
                        targets,
                        results,
                        row.get("lead_raw"),
                        row.get("cooperating_raw"),
                        keyList(row, "lead", agencies, "agency"),
                        keyList(row, "cooperating", agencies, "agency"),
                        row.get("legal_basis_raw"),
                        legalBasis,
                        row.get("note_raw"),
                        row.get("doubt"),
                        prov,
                        legalBasisProv));
                if (row.get("lead_raw") != null && row.get("lead") == null) {
                    problems.add(row.where() + ": lead_raw is given but not resolved in 'lead'");
                }
                if (row.get("cooperating_raw") != null && row.get("cooperating") == null) {
                    problems.add(row.where() + ": cooperating_raw is given but not resolved in 'cooperating'");
                }
            }
        }
        try {
            for (Resource r : resolver.getResources(location + "plan-items/*.csv")) {
                if (!listed.contains(r.getFilename())) {
                    problems.add("plan-items/" + r.getFilename() + ": not listed in tables.csv");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    private List<Seed.Value> values(CsvFile.Row row, List<String> header, String prefix, TargetUnit countUnit) {
        var byYear = new TreeMap<Integer, Seed.Value>();
        for (String column : header) {
            Matcher m = YEAR_COLUMN.matcher(column);
            if (m.matches() && m.group(1).equals(prefix) && row.get(column) != null) {
                int year = Integer.parseInt(m.group(2));
                String raw = row.get(column);
                byYear.put(year, new Seed.Value(year, raw, TargetParser.parse(raw, countUnit, row.get("text"))));
            }
        }
        return List.copyOf(byYear.values());
    }

    private List<Seed.Indicator> indicators(CsvFile indicatorsFile, CsvFile itemsFile, List<Seed.Item> items) {
        var itemsByKey = new HashMap<String, Seed.Item>();
        items.forEach(i -> itemsByKey.put(i.key(), i));
        var curated = new LinkedHashMap<String, CsvFile.Row>();
        for (var row : indicatorsFile.rows()) {
            String key = key(row, "key");
            required(row, "name");
            oneOf(row, "pillar", PILLARS, true);
            oneOf(row, "unit", UNITS, true);
            if (key != null && curated.putIfAbsent(key, row) != null) {
                problems.add(row.where() + ": indicator key '" + key + "' is defined twice");
            }
        }
        var members = new LinkedHashMap<String, List<String>>();
        curated.keySet().forEach(k -> members.put(k, new ArrayList<>()));
        var assigned = new HashMap<String, String>();
        for (var row : itemsFile.rows()) {
            String indicator = reference(row, "indicator", curated.keySet(), "indicator");
            String item = reference(row, "item", itemsByKey.keySet(), "plan item");
            if (indicator == null || item == null) {
                continue;
            }
            String previous = assigned.putIfAbsent(item, indicator);
            if (previous != null) {
                problems.add(row.where() + ": item '" + item + "' already sets indicator '" + previous + "'");
                continue;
            }
            members.get(indicator).add(item);
        }
        var result = new ArrayList<Seed.Indicator>();
        curated.forEach((key, row) -> {
            if (members.get(key).size() < 2) {
                problems.add(row.where() + ": indicator '" + key + "' has fewer than two items; an item without a "
                        + "counterpart gets its own indicator without being listed");
            }
            result.add(new Seed.Indicator(
                    key, row.get("name"), row.get("pillar"), row.get("unit"), row.get("note"), true, members.get(key)));
        });
        // An item without a counterpart has an indicator of its own, derived from the item alone.
        for (var item : items) {
            if (!assigned.containsKey(item.key()) && !"BUDGET_LINE".equals(item.kind())) {
                result.add(new Seed.Indicator(
                        "item-" + item.key().replace(':', '-'),
                        item.text(),
                        item.pillar(),
                        unitOf(item),
                        null,
                        false,
                        List.of(item.key())));
            }
        }
        return result;
    }

    private static String unitOf(Seed.Item item) {
        var units = item.targets().stream()
                .map(v -> v.parsed().unit().name())
                .distinct()
                .toList();
        return units.size() == 1 ? units.get(0) : "TEXT";
    }

    // ---- cells ---------------------------------------------------------------------------------------------

    private String required(CsvFile.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            problems.add(row.where() + ": '" + column + "' is empty");
        }
        return value;
    }

    private String key(CsvFile.Row row, String column) {
        String value = required(row, column);
        if (value != null && !KEY.matcher(value).matches()) {
            problems.add(row.where() + ": '" + column + "' = '" + value
                    + "' is not a key (lower-case ASCII letters, digits and single dashes)");
            return null;
        }
        return value;
    }

    private String oneOf(CsvFile.Row row, String column, Set<String> allowed, boolean isRequired) {
        String value = isRequired ? required(row, column) : row.get(column);
        if (value != null && !allowed.contains(value)) {
            problems.add(row.where() + ": '" + column + "' = '" + value + "' is not one of "
                    + new java.util.TreeSet<>(allowed));
            return null;
        }
        return value;
    }

    private String reference(CsvFile.Row row, String column, Set<String> keys, String what) {
        String value = required(row, column);
        if (value != null && !keys.contains(value)) {
            problems.add(row.where() + ": '" + column + "' = '" + value + "' is not a " + what + " key");
            return null;
        }
        return value;
    }

    private List<String> keyList(CsvFile.Row row, String column, Set<String> keys, String what) {
        String value = row.get(column);
        if (value == null) {
            return List.of();
        }
        var result = new ArrayList<String>();
        for (String key : value.split(";")) {
            String k = key.strip();
            if (!keys.contains(k)) {
                problems.add(row.where() + ": '" + column + "' names '" + k + "', which is not a " + what + " key");
            } else if (!result.contains(k)) {
                result.add(k);
            }
        }
        return result;
    }

    private LocalDate date(CsvFile.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(row.where() + ": '" + column + "' = '" + value + "' is not an ISO date (yyyy-mm-dd)");
            return null;
        }
    }

    private String lines(CsvFile.Row row) {
        String value = row.get("lines");
        if (value != null && !LINES.matcher(value).matches()) {
            problems.add(row.where() + ": 'lines' = '" + value + "' is not a line or a range like 712-735");
        }
        return value;
    }

    /** Provenance that must be there: a source document and the lines or words where it is stated. */
    private Seed.Prov prov(CsvFile.Row row, String source, String defaultLocator) {
        if (source == null) {
            problems.add(row.where() + ": no provenance: 'source' is empty");
        } else if (row.get("lines") == null && row.get("quote") == null) {
            problems.add(row.where() + ": no provenance: give 'lines' or 'quote'");
        }
        String locator = row.get("locator") != null ? row.get("locator") : defaultLocator;
        // 'file' names the text file when the source document has several (206/QĐ-UBND: 002 and 003)
        return new Seed.Prov(source, locator, row.get("quote"), lines(row), row.get("file"));
    }

    private Seed.Prov optionalProv(CsvFile.Row row, String defaultLocator) {
        if (row.get("source") == null) {
            return row.get("quote") == null ? null : new Seed.Prov(null, defaultLocator, row.get("quote"), null, null);
        }
        return prov(row, row.get("source"), defaultLocator != null ? defaultLocator : "Đơn vị");
    }

    private void optionalSource(CsvFile.Row row, Set<String> documents) {
        String source = row.get("source");
        if (source != null && !documents.contains(source)) {
            problems.add(row.where() + ": source '" + source + "' is not a document key");
        }
    }

    private static Seed.Prov withFile(Seed.Prov prov, Map<String, String> primaryFile) {
        if (prov == null || prov.source() == null || prov.file() != null) {
            return prov;
        }
        return new Seed.Prov(prov.source(), prov.locator(), prov.quote(), prov.lines(), primaryFile.get(prov.source()));
    }
}
