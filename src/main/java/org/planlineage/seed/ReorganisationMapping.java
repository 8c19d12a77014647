package org.planlineage.seed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planlineage.agency.AdminLevel;
import org.planlineage.agency.AgencyKind;
import org.planlineage.ingest.Clause;
import org.planlineage.ingest.ReorganisationReading;
import org.planlineage.ingest.Unit;
import org.planlineage.seed.ReorganisationScope.Naming;
import org.planlineage.text.Folding;

/**
 * The only curated part of a reorganisation: which agency of the graph a unit the resolution rearranges is
 * ({@code reorganisation-units.csv}: source, clause, the unit as the clause names it, agency; the units a clause
 * forms are new, never mapped) and which agency governs a
 * place it names ({@code reorganisation-places.csv}: a LOCALITY in parentheses, "thành phố Vĩnh Long", is a
 * district-level committee; the PROVINCE whose commune-level units it arranges is the new units' parent). Each row
 * is checked against the reading: the clause and the unit, or the locality, must be in the text, and the agency of
 * the right level and kind.
 */
final class ReorganisationMapping {

    /** What a place row names. */
    enum PlaceRole {
        /** A district or city the text writes in parentheses after a unit. */
        LOCALITY,
        /** The province whose commune-level units the resolution arranges: the parent of the units it forms. */
        PROVINCE
    }

    private record UnitRow(CsvFile.Row row, String source, Integer clause, String unit, String agency, String doubt) {}

    private record PlaceRow(CsvFile.Row row, String source, String words, String agency, PlaceRole role) {}

    private final SeedFiles files;
    private final List<UnitRow> units = new ArrayList<>();
    private final List<PlaceRow> places = new ArrayList<>();

    ReorganisationMapping(SeedFiles files, Cells cells, CsvFile unitsFile, CsvFile placesFile, Set<String> agencies) {
        this.files = files;
        var seen = new java.util.HashSet<String>();
        for (var row : unitsFile.rows()) {
            var u = new UnitRow(
                    row,
                    cells.required(row, "source"),
                    number(cells.required(row, "clause"), row),
                    cells.required(row, "unit"),
                    cells.reference(row, "agency", agencies, "agency"),
                    row.get("doubt"));
            if (!seen.add(u.source() + "|" + u.clause() + "|" + u.unit())) {
                files.problem(row, "clause " + u.clause() + "'s unit '" + u.unit() + "' is mapped twice");
            }
            units.add(u);
        }
        for (var row : placesFile.rows()) {
            places.add(new PlaceRow(
                    row,
                    cells.required(row, "source"),
                    cells.required(row, "words"),
                    cells.reference(row, "agency", agencies, "agency"),
                    cells.oneOf(row, "role", PlaceRole.class, true)));
        }
    }

    /** The resolutions the rows name, in the order first named. */
    Set<String> sources() {
        var sources = new LinkedHashSet<String>();
        units.forEach(u -> sources.add(u.source()));
        places.forEach(p -> sources.add(p.source()));
        sources.remove(null);
        return sources;
    }

    /** Checks every row of {@code source} against its reading; false when any is wrong (each is a problem). */
    boolean check(String source, ReorganisationReading reading, Map<String, Seed.Agency> agencies) {
        int before = files.problemCount();
        for (var u : units) {
            if (!source.equals(u.source()) || u.clause() == null || u.agency() == null) {
                continue;
            }
            Clause c = reading.clause(u.clause());
            if (c == null || c.kind() != Clause.Kind.REORGANISATION) {
                files.problem(u.row(), "clause " + u.clause() + " of " + source + " forms no unit");
            } else if (naming(c, u.unit()) == null) {
                files.problem(u.row(), "clause " + u.clause() + " names no unit '" + u.unit() + "'");
            }
            expect(u.row(), agencies.get(u.agency()), AdminLevel.COMMUNE);
        }
        for (var p : places) {
            if (!source.equals(p.source()) || p.agency() == null || p.role() == null) {
                continue;
            }
            if (p.role() == PlaceRole.LOCALITY) {
                if (!localities(reading).contains(Folding.nfc(p.words()))) {
                    files.problem(p.row(), "no unit of " + source + " is placed in '" + p.words() + "'");
                }
                expect(p.row(), agencies.get(p.agency()), AdminLevel.DISTRICT);
            } else {
                if (!Folding.nfc(reading.document().header().title().value())
                        .contains(p.words().toUpperCase(java.util.Locale.ROOT))) {
                    files.problem(p.row(), "the title of " + source + " does not name '" + p.words() + "'");
                }
                expect(p.row(), agencies.get(p.agency()), AdminLevel.PROVINCE);
            }
        }
        return files.problemCount() == before;
    }

    /** The agency a curated row maps a predecessor's naming to, or null (the units a clause forms are never mapped). */
    String agency(String source, ReorganisationReading reading, Naming n) {
        UnitRow row = row(source, reading, n);
        return row == null ? null : row.agency();
    }

    /** What the curator noted identifying the unit of a naming, or null. */
    String doubt(String source, ReorganisationReading reading, Naming n) {
        UnitRow row = row(source, reading, n);
        return row == null ? null : row.doubt();
    }

    private UnitRow row(String source, ReorganisationReading reading, Naming n) {
        Unit named = ReorganisationScope.predecessor(reading, n).unit();
        return units.stream()
                .filter(u ->
                        source.equals(u.source()) && Integer.valueOf(n.clause()).equals(u.clause()))
                .filter(u -> named.fullName().equals(Folding.nfc(u.unit())))
                .findFirst()
                .orElse(null);
    }

    /** The district-level agency of a locality the text writes, or null. */
    String locality(String source, String words) {
        return place(source, PlaceRole.LOCALITY, words);
    }

    /** The province's agency, the parent of the units the resolution forms; null when no row names it. */
    String province(String source) {
        return place(source, PlaceRole.PROVINCE, null);
    }

    private String place(String source, PlaceRole role, String words) {
        return places.stream()
                .filter(p -> source.equals(p.source()) && p.role() == role)
                .filter(p -> words == null || Folding.nfc(words).equals(Folding.nfc(p.words())))
                .map(PlaceRow::agency)
                .findFirst()
                .orElse(null);
    }

    private static Unit naming(Clause c, String unit) {
        String wanted = Folding.nfc(unit);
        return c.predecessors().stream()
                .map(p -> p.unit())
                .filter(u -> u.fullName().equals(wanted))
                .findFirst()
                .orElse(null);
    }

    private static Set<String> localities(ReorganisationReading reading) {
        var localities = new LinkedHashSet<String>();
        reading.reorganisations()
                .forEach(c -> c.predecessors().stream()
                        .map(p -> p.unit().locality())
                        .filter(l -> l != null)
                        .forEach(localities::add));
        return localities;
    }

    private void expect(CsvFile.Row row, Seed.Agency agency, AdminLevel level) {
        if (agency != null && (agency.kind() != AgencyKind.PEOPLES_COMMITTEE || agency.level() != level)) {
            files.problem(row, "agency '" + agency.key() + "' is not a People's Committee at level " + level);
        }
    }

    private Integer number(String value, CsvFile.Row row) {
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException e) {
            files.problem(row, "'clause' = '" + value + "' is not a clause number");
            return null;
        }
    }
}
