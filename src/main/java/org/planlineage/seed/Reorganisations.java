package org.planlineage.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planlineage.document.Provenance;
import org.planlineage.ingest.ReorganisationReader;
import org.planlineage.ingest.ReorganisationReading;

/**
 * The successions a reorganisation resolution states (1687/NQ-UBTVQH15), read with the text reader
 * ({@link ReorganisationReader}) from the resolution's own text, never typed in: for every clause
 * {@link ReorganisationScope} records, each unit it names passes (wholly or in part) to the new unit, from the day
 * Article 2 says the new governments start. The curation adds only which agency of the graph a unit the text names
 * is ({@link ReorganisationMapping}); every other unit becomes an agency of its own: its People's Committee, since
 * targets are assigned to committees, named from the unit ("phường Long Châu" is "UBND phường Long Châu").
 */
final class Reorganisations {

    /** What the resolutions add: new agencies, the known agencies with the spelling and kind read, the successions. */
    record Result(List<Seed.Agency> created, List<Seed.Agency> seen, List<Seed.Succession> successions) {}

    private final SeedFiles files;
    private final ReorganisationMapping mapping;

    Reorganisations(SeedFiles files, ReorganisationMapping mapping) {
        this.files = files;
        this.mapping = mapping;
    }

    Result read(Map<String, Seed.Agency> agencies, Map<String, Seed.Document> documents, PrimaryFiles primaryFiles) {
        var created = new LinkedHashMap<String, Seed.Agency>();
        var seen = new LinkedHashMap<String, Seed.Agency>();
        var successions = new ArrayList<Seed.Succession>();
        for (String source : mapping.sources()) {
            if (!documents.containsKey(source) || !primaryFiles.has(source)) {
                files.problem("reorganisation-units.csv: source '" + source + "' is not a document with a text in"
                        + " sources.csv");
                continue;
            }
            String file = primaryFiles
                    .fill(new Provenance(source, null, null, null, null))
                    .file();
            String text = files.text("sources/" + file);
            if (text == null) {
                continue;
            }
            var reading = ReorganisationReader.read(text);
            if (!mapping.check(source, reading, agencies) || !readable(source, reading)) {
                continue;
            }
            var one = new ResolutionSuccessions(
                    files, mapping, source, file, documents.get(source), reading, agencies, created, seen);
            for (int clause : ReorganisationScope.recorded(
                    reading,
                    n -> mapping.agency(source, reading, n) != null,
                    l -> mapping.locality(source, l) != null)) {
                successions.addAll(one.clause(reading.clause(clause)));
            }
        }
        return new Result(List.copyOf(created.values()), List.copyOf(seen.values()), successions);
    }

    /** A resolution the seed can record: every clause read, and the day the new governments start found. */
    private boolean readable(String source, ReorganisationReading reading) {
        boolean ok = true;
        for (var w : reading.warnings()) {
            files.problem(source + ": the text reader could not read Article 1 or 2 (" + w.kind() + " at lines "
                    + w.lines() + "): " + w.message());
            ok = false;
        }
        if (reading.effectiveOn() == null || reading.effectiveOn().value() == null) {
            files.problem(source + ": Article 2 gives no day the new units' governments start");
            ok = false;
        }
        return ok;
    }
}
