package org.planlineage.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and validates the whole seed folder into a {@link Seed}, in order: files first (every missing file or
 * column at once), then each kind of row by its reader. Any problem anywhere throws {@link SeedException} with all
 * of them, and nothing is returned to write.
 */
final class SeedReader {

    /** Bump when the way rows become graph changes, so that a store loaded by an older loader is reloaded. */
    static final String MODEL_VERSION = "4";

    private final SeedFiles files;

    SeedReader(String location) {
        this.files = new SeedFiles(location, MODEL_VERSION);
    }

    /** Reads everything, or throws {@link SeedException} listing every problem found. */
    Seed read() {
        CsvFile sourcesFile = files.csv("sources.csv", "file", "document", "primary");
        CsvFile documentsFile = files.csv(
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
        CsvFile linksFile =
                files.csv("document-links.csv", "from", "relation", "to", "source", "locator", "lines", "quote");
        List<CsvFile> agencyFiles = files.csvs("agencies/*.csv", "key", "name", "aliases", "kind", "level", "parent");
        CsvFile membersFile = files.csv("agency-members.csv", "group", "member", "source", "lines", "quote");
        CsvFile successionsFile =
                files.csv("successions.csv", "predecessor", "successor", "since", "source", "lines", "quote");
        CsvFile reorganisationUnits =
                files.optionalCsv("reorganisation-units.csv", "source", "clause", "unit", "agency");
        CsvFile reorganisationPlaces =
                files.optionalCsv("reorganisation-places.csv", "source", "role", "words", "agency");
        CsvFile tablesFile = files.csv("tables.csv", "file", "document", "source_file", "kind", "locator", "unit_raw");
        CsvFile indicatorsFile = files.csv("indicators.csv", "key", "name", "pillar", "unit", "note");
        CsvFile indicatorItemsFile = files.csv("indicator-items.csv", "indicator", "item", "rationale");
        files.failIfProblems();

        var sources = DocumentReader.sources(sourcesFile, new Cells(files, Set.of()));
        var cells = new Cells(files, sources.stream().map(Seed.Source::file).collect(Collectors.toSet()));
        var documentReader = new DocumentReader(files, cells);
        var agencyReader = new AgencyReader(files, cells);
        var primaryFiles = DocumentReader.primaryFiles(sources);
        Map<String, Seed.Agency> agencies = agencyReader.agencies(agencyFiles);
        var documents = documentReader.documents(documentsFile, sources, primaryFiles, agencies.keySet());
        AgencyReader.withFiles(agencies, primaryFiles);
        var links = new LinkReader(files, cells).links(linksFile, documents.keySet(), primaryFiles);
        var memberships = agencyReader.memberships(membersFile, agencies, documents.keySet(), primaryFiles);
        var successions = new ArrayList<>(
                agencyReader.successions(successionsFile, agencies.keySet(), documents.keySet(), primaryFiles));
        // the successions a reorganisation resolution states, read from its text; new units become agencies
        var mapping =
                new ReorganisationMapping(files, cells, reorganisationUnits, reorganisationPlaces, agencies.keySet());
        var reorganised = new Reorganisations(files, mapping).read(agencies, documents, primaryFiles);
        reorganised.seen().forEach(a -> agencies.put(a.key(), a));
        reorganised.created().forEach(a -> agencies.put(a.key(), a));
        successions.addAll(reorganised.successions());
        AgencyReader.checkSuccessions(files, successions);
        var items = new PlanItemReader(files, cells).items(tablesFile, documents, agencies.keySet());
        var indicators = new IndicatorReader(files, cells).indicators(indicatorsFile, indicatorItemsFile, items);
        files.failIfProblems();
        return new Seed(
                sources,
                List.copyOf(agencies.values()),
                memberships,
                List.copyOf(successions),
                List.copyOf(documents.values()),
                links,
                items,
                indicators,
                files.fingerprint());
    }
}
