package org.planlineage.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.planlineage.agency.AdminLevel;
import org.planlineage.agency.AgencyKind;
import org.planlineage.agency.SuccessionShare;
import org.planlineage.document.Provenance;
import org.planlineage.ingest.Clause;
import org.planlineage.ingest.Predecessor;
import org.planlineage.ingest.ReorganisationReader;
import org.planlineage.ingest.ReorganisationReading;
import org.planlineage.ingest.Unit;
import org.planlineage.seed.ReorganisationScope.Naming;
import org.planlineage.text.Folding;

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
            var one = new One(source, file, documents.get(source), reading, agencies, created, seen);
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

    /** The agencies and successions of one resolution. */
    private final class One {
        private final String source;
        private final String file;
        private final String tag;
        private final ReorganisationReading reading;
        private final Map<String, Seed.Agency> agencies;
        private final Map<String, Seed.Agency> created;
        private final Map<String, Seed.Agency> seen;

        One(
                String source,
                String file,
                Seed.Document document,
                ReorganisationReading reading,
                Map<String, Seed.Agency> agencies,
                Map<String, Seed.Agency> created,
                Map<String, Seed.Agency> seen) {
            this.source = source;
            this.file = file;
            // "1687/NQ-UBTVQH15" gives the keys of the units it names "...-1687-k102"
            this.tag = document.number() == null ? source : document.number().split("/")[0];
            this.reading = reading;
            this.agencies = agencies;
            this.created = created;
            this.seen = seen;
        }

        List<Seed.Succession> clause(Clause c) {
            String successor = newUnit(c);
            var result = new ArrayList<Seed.Succession>();
            for (int i = 0; i < c.predecessors().size(); i++) {
                Predecessor p = c.predecessors().get(i);
                Naming origin = ReorganisationScope.origin(reading, new Naming(c.number(), i));
                if (origin == null) {
                    files.problem(source + ": clause " + c.number() + " takes the rest of "
                            + p.unit().fullName() + ", but clause " + p.remainderOfClause() + " takes no part of it");
                    continue;
                }
                result.add(new Seed.Succession(
                        predecessor(origin),
                        successor,
                        reading.effectiveOn().value(),
                        reading.inForceOn() == null ? null : reading.inForceOn().value(),
                        p.share() == Predecessor.Share.WHOLE ? SuccessionShare.WHOLE : SuccessionShare.PARTIAL,
                        mapping.doubt(source, reading, origin),
                        provenance(c)));
            }
            return result;
        }

        private String newUnit(Clause c) {
            Unit u = c.newUnit();
            String key = "ubnd-" + slug(u.fullName()) + "-"
                    + reading.effectiveOn().value().getYear();
            String doubt = "Name composed: the resolution forms the " + u.kind().words() + " (clause " + c.number()
                    + "), not its committee; the People's Committee answers for the unit from the day its government"
                    + " starts (Article 2.2).";
            return create(key, u, mapping.province(source), doubt, c);
        }

        private String predecessor(Naming origin) {
            String known = mapping.agency(source, reading, origin);
            Unit u = ReorganisationScope.predecessor(reading, origin).unit();
            if (known != null) {
                return seen(known, u);
            }
            String key = "ubnd-" + slug(u.fullName()) + "-" + tag + "-k" + origin.clause();
            String parent = u.locality() == null ? null : mapping.locality(source, u.locality());
            String doubt = "Name composed: the resolution names the " + u.kind().words() + ", not its committee;"
                    + " known to the graph only from clause " + origin.clause() + ". "
                    + (u.locality() == null
                            ? "The text does not say which district it was in."
                            : "The text places it in " + u.locality() + ".");
            return create(key, u, parent, doubt, reading.clause(origin.clause()));
        }

        private String seen(String key, Unit u) {
            Seed.Agency before = seen.getOrDefault(key, agencies.get(key));
            if (before.unitKind() != null && before.unitKind() != u.kind()) {
                files.problem(source + ": " + key + " is named both as " + before.unitKind() + " and " + u.kind());
            }
            seen.put(key, before.seenAs(u.fullName(), u.kind()));
            return key;
        }

        private String create(String key, Unit u, String parent, String doubt, Clause c) {
            if (created.containsKey(key)) {
                return key; // the same unit named again: a rest, under the key of the clause that first names it
            }
            if (agencies.containsKey(key)) {
                files.problem(source + ": clause " + c.number() + " would create agency '" + key
                        + "', which agencies/*.csv already defines: map the unit to it in reorganisation-units.csv");
                return key;
            }
            var prov = new Provenance(
                    source, "Điều 1, khoản " + c.number(), u.words(), u.lines().toString(), file);
            created.put(
                    key,
                    new Seed.Agency(
                            key,
                            "UBND " + u.fullName(),
                            List.of("UBND " + u.fullName(), u.fullName()),
                            AgencyKind.PEOPLES_COMMITTEE,
                            AdminLevel.COMMUNE,
                            parent,
                            doubt,
                            prov,
                            u.kind()));
            return key;
        }

        /** The clause's words, then the dates of Article 2 the succession takes from it. */
        private List<Provenance> provenance(Clause c) {
            var prov = new ArrayList<Provenance>();
            prov.add(new Provenance(
                    source, "Điều 1, khoản " + c.number(), c.words(), c.lines().toString(), file));
            if (reading.inForceOn() != null) {
                prov.add(new Provenance(
                        source,
                        "Điều 2, khoản 1",
                        reading.inForceOn().words(),
                        reading.inForceOn().lines().toString(),
                        file));
            }
            prov.add(new Provenance(
                    source,
                    "Điều 2, khoản 2",
                    reading.effectiveOn().words(),
                    reading.effectiveOn().lines().toString(),
                    file));
            return prov;
        }
    }

    /** "phường Long Châu" as a key part: "phuong-long-chau". */
    static String slug(String words) {
        return Folding.fold(words).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
