package org.planlineage.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.planlineage.agency.AdminLevel;
import org.planlineage.agency.AgencyKind;
import org.planlineage.agency.SuccessionShare;
import org.planlineage.document.Provenance;
import org.planlineage.ingest.Clause;
import org.planlineage.ingest.Predecessor;
import org.planlineage.ingest.ReorganisationReading;
import org.planlineage.ingest.Unit;
import org.planlineage.seed.ReorganisationScope.Naming;
import org.planlineage.text.Folding;

/**
 * The agencies and successions of one reorganisation resolution, clause by clause ({@link Reorganisations} reads the
 * resolutions and hands each here): the unit a clause forms, the units it takes (wholly or in part) with the day the
 * new governments start, and the provenance of each succession in the resolution's own words.
 */
final class ResolutionSuccessions {

    private final SeedFiles files;
    private final ReorganisationMapping mapping;
    private final String source;
    private final String file;
    private final String tag;
    private final ReorganisationReading reading;
    private final Map<String, Seed.Agency> agencies;
    private final Map<String, Seed.Agency> created;
    private final Map<String, Seed.Agency> seen;

    ResolutionSuccessions(
            SeedFiles files,
            ReorganisationMapping mapping,
            String source,
            String file,
            Seed.Document document,
            ReorganisationReading reading,
            Map<String, Seed.Agency> agencies,
            Map<String, Seed.Agency> created,
            Map<String, Seed.Agency> seen) {
        this.files = files;
        this.mapping = mapping;
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

    /** "phường Long Châu" as a key part: "phuong-long-chau". */
    static String slug(String words) {
        return Folding.fold(words).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
