package org.planlineage.national;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.planlineage.agency.AdminLevel;
import org.planlineage.document.DocumentType;
import org.planlineage.editing.DocumentInput;
import org.planlineage.editing.DocumentInput.ItemInput;
import org.planlineage.editing.DocumentInput.LinkInput;
import org.planlineage.editing.DocumentInput.Reference;
import org.planlineage.editing.DocumentInput.YearValue;
import org.planlineage.graph.Relation;
import org.planlineage.indicator.Pillar;
import org.planlineage.indicator.TargetUnit;
import org.planlineage.national.AdminMap.Place;

/**
 * The yearly digital-transformation plans of the national graph, as the {@code DocumentInput}s the import takes: one
 * plan per place and year (2023–2026), each implementing the plan of the level above for the same year (a province's
 * the national programme or resolution), citing national documents, with 50–150 rows drawn from {@link Concepts}:
 * targets in the sources' style ("≥80%", ">70%", "100%", "12 lớp", "Thường xuyên"), the office that leads, the groups
 * that cooperate ("UBND các xã, thị trấn"), a legal basis on some rows, and an indicator shared by every level so that
 * {@code compare} finds a province, its districts and its communes on one indicator. Deterministic: a plan depends only
 * on the seed number, the map, the place and the year.
 */
final class NationalPlans {

    static final List<Integer> YEARS = List.of(2023, 2024, 2025, 2026);

    /** The concepts every plan carries, so that every level has them to compare; the rest are sampled. */
    static final int CORE = 12;

    private final long seed;
    private final AdminMap map;
    private final NationalUnits units;

    NationalPlans(long seed, AdminMap map, NationalUnits units) {
        this.seed = seed;
        this.map = map;
        this.units = units;
    }

    /** "kh-cds-2024-t01", "kh-cds-2024-h012", "kh-cds-2024-x00345". */
    static String key(Place place, int year) {
        return "kh-cds-" + year + "-" + place.code();
    }

    /** "cds-tthc-toan-trinh-dat-dai": the indicator every level's row of the concept sets. */
    static String indicator(Concept concept) {
        return "cds-" + concept.slug();
    }

    /** Every plan in an order the import can follow (a plan after the one it implements): year, then level. */
    List<Place> placesInOrder() {
        var all = new ArrayList<Place>();
        all.addAll(map.provinces);
        all.addAll(map.districts);
        all.addAll(map.communes);
        return all;
    }

    DocumentInput plan(Place place, int year) {
        var rng = Rng.of(seed, "plan", place.code(), year);
        var issued = issuedOn(place.level(), year, rng);
        String issuer = NationalUnits.committee(place);
        var concepts = concepts(rng);
        var items = new ArrayList<ItemInput>();
        for (int i = 0; i < concepts.size(); i++) {
            items.add(item(place, year, i + 1, concepts.get(i), rng));
        }
        return new DocumentInput(
                key(place, year),
                rng.between(5, 380) + "/KH-UBND",
                DocumentType.PLAN,
                "Kế hoạch chuyển đổi số năm " + year + " trên địa bàn " + place.fullName(),
                issued,
                "ngày %02d tháng %02d năm %d".formatted(issued.getDayOfMonth(), issued.getMonthValue(), year),
                issuer,
                place.level(),
                null,
                links(place, year),
                items);
    }

    /** A province's plan in the second half of January, a district's in February, a commune's in March. */
    private static LocalDate issuedOn(AdminLevel level, int year, Rng rng) {
        return switch (level) {
            case PROVINCE -> LocalDate.of(year, 1, rng.between(15, 31));
            case DISTRICT -> LocalDate.of(year, 2, rng.between(1, 28));
            default -> LocalDate.of(year, 3, rng.between(1, 31));
        };
    }

    /** The core concepts, then a sample of the rest, grouped by pillar in the order of the sections. */
    private static List<Concept> concepts(Rng rng) {
        var all = Concepts.ALL;
        int rows = Math.min(rng.between(50, 150), all.size());
        var chosen = new ArrayList<>(all.subList(0, CORE));
        chosen.addAll(rng.sample(all.subList(CORE, all.size()), rows - CORE));
        var ordered = new ArrayList<Concept>();
        for (Pillar pillar : List.of(Pillar.DIGITAL_GOVERNMENT, Pillar.DIGITAL_ECONOMY, Pillar.DIGITAL_SOCIETY)) {
            chosen.stream().filter(c -> c.pillar() == pillar).forEach(ordered::add);
        }
        chosen.stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        return ordered;
    }

    private List<LinkInput> links(Place place, int year) {
        var links = new ArrayList<LinkInput>();
        links.add(link(Relation.LEGAL_BASIS, NationalDocuments.LOCAL_GOVERNMENT_LAW.key, "Căn cứ"));
        switch (place.level()) {
            case PROVINCE -> {
                links.add(link(Relation.LEGAL_BASIS, NationalDocuments.LOCAL_GOVERNMENT_LAW_2019.key, "Căn cứ"));
                links.add(link(
                        Relation.IMPLEMENTS,
                        (year < 2025 ? NationalDocuments.PROGRAMME_749 : NationalDocuments.RESOLUTION_57).key,
                        "Căn cứ"));
                links.add(link(Relation.CITES, NationalDocuments.STRATEGY_942.key, "Căn cứ"));
                links.add(link(Relation.CITES, NationalDocuments.STRATEGY_411.key, "Căn cứ"));
                if (year >= 2025) {
                    links.add(link(Relation.CITES, NationalDocuments.RESOLUTION_03.key, "Căn cứ"));
                }
                if (year >= 2026) {
                    links.add(link(Relation.CITES, NationalDocuments.RESOLUTION_71.key, "Căn cứ"));
                }
            }
            case DISTRICT -> {
                links.add(link(Relation.IMPLEMENTS, key(place.parent(), year), "Căn cứ"));
                links.add(link(Relation.CITES, NationalDocuments.PROGRAMME_749.key, "Căn cứ"));
            }
            default -> links.add(link(Relation.IMPLEMENTS, key(place.parent(), year), "Căn cứ"));
        }
        return links;
    }

    private static LinkInput link(Relation relation, String key, String locator) {
        return new LinkInput(
                relation, new Reference(key, null, null, null, null, null), "Phần mở đầu, " + locator, null, null);
    }

    private ItemInput item(Place place, int year, int row, Concept concept, Rng rng) {
        var targets = new ArrayList<YearValue>();
        targets.add(new YearValue(year, cell(concept, place, year, rng)));
        if (year < 2026 && rng.chance(0.3)) {
            targets.add(new YearValue(year + 1, cell(concept, place, year + 1, rng)));
        }
        var results = new ArrayList<YearValue>();
        if (year > 2023 && concept.measure() instanceof Concept.Percent && rng.chance(0.25)) {
            results.add(new YearValue(
                    year - 1,
                    percent((Concept.Percent) concept.measure(), place, year - 1, rng)
                            .replace("≥", "")
                            .replace(">", "")));
        }
        String lead = lead(place, concept.lead());
        var cooperating = cooperating(place, lead, rng);
        Reference basis = null;
        String basisRaw = null;
        if (concept.basis() != null && rng.chance(0.5)) {
            basis = new Reference(concept.basis(), null, null, null, null, null);
            basisRaw = NationalDocuments.byKey(concept.basis()).citation;
        }
        TargetUnit unit = concept.measure() instanceof Concept.Percent
                ? TargetUnit.PERCENT
                : concept.measure() instanceof Concept.Count ? TargetUnit.COUNT : null;
        return new ItemInput(
                String.valueOf(row),
                row + ".",
                concept.wordedFor(place),
                section(concept.pillar()),
                null,
                concept.pillar(),
                targets,
                results,
                units.unit(lead).shortName(),
                List.of(lead),
                cooperatingCell(cooperating, rng),
                cooperating,
                basisRaw,
                basis == null ? List.of() : List.of(basis),
                null,
                null,
                unit == null ? null : new DocumentInput.IndicatorInput(indicator(concept), concept.neutral(), unit),
                "Phụ lục, TT " + row,
                null);
    }

    /** The words of cooperating cells that name no unit (an UNRESOLVED_ASSIGNMENT finding), on about 1 in 10. */
    static final String UNNAMED = "các đơn vị có liên quan theo chức năng, nhiệm vụ được giao";

    /** "Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố", sometimes ending in words that name no unit. */
    private String cooperatingCell(List<String> cooperating, Rng rng) {
        if (cooperating.isEmpty()) {
            return null;
        }
        String cell = String.join(
                "; ", cooperating.stream().map(k -> units.unit(k).shortName()).toList());
        return rng.chance(0.1) ? cell + "; " + UNNAMED : cell;
    }

    private static String section(Pillar pillar) {
        return switch (pillar) {
            case DIGITAL_GOVERNMENT -> "I. CHÍNH QUYỀN SỐ";
            case DIGITAL_ECONOMY -> "II. KINH TẾ SỐ";
            case DIGITAL_SOCIETY -> "III. XÃ HỘI SỐ";
            default -> "IV. NHIỆM VỤ KHÁC";
        };
    }

    /** The office that answers for the concept at this place. */
    private static String lead(Place place, Office office) {
        return NationalUnits.office(place, office);
    }

    /** The groups (and, in a commune, the front and police) that cooperate; none is the lead. */
    private static List<String> cooperating(Place place, String lead, Rng rng) {
        List<String> candidates = switch (place.level()) {
            case PROVINCE ->
                List.of(
                        NationalUnits.departments(place),
                        NationalUnits.districtCommittees(place),
                        NationalUnits.communeCommittees(place));
            case DISTRICT -> List.of(NationalUnits.divisions(place), NationalUnits.communesOf(place));
            default -> List.of(NationalUnits.front(place), NationalUnits.office(place, Office.CONG_AN));
        };
        var chosen = new ArrayList<String>();
        for (String c : candidates) {
            if (!c.equals(lead) && rng.chance(0.6)) {
                chosen.add(c);
            }
        }
        return chosen;
    }

    private static String cell(Concept concept, Place place, int year, Rng rng) {
        if (concept.measure() instanceof Concept.Percent p) {
            return percent(p, place, year, rng);
        }
        if (concept.measure() instanceof Concept.Count c) {
            return count(c, place, year, rng);
        }
        var task = (Concept.Task) concept.measure();
        return rng.pick(List.of(task.cells())).replace("{y}", String.valueOf(year));
    }

    /** "≥80%", ">70%", "65%", "100%": the province's base and yearly step, a little lower further down. */
    private static String percent(Concept.Percent p, Place place, int year, Rng rng) {
        int lower = switch (place.level()) {
            case PROVINCE -> 0;
            case DISTRICT -> rng.between(0, 5);
            default -> rng.between(0, 10);
        };
        int value = Math.max(5, Math.min(100, p.base() + p.step() * (year - 2023) - lower));
        if (value == 100) {
            return "100%";
        }
        double shape = rng.unit();
        return (shape < 0.6 ? "≥" : shape < 0.8 ? ">" : "") + value + "%";
    }

    /** "12", "≥12", "12 lớp": about the base in a commune, more in a district and a province. */
    private static String count(Concept.Count c, Place place, int year, Rng rng) {
        int factor = switch (place.level()) {
            case PROVINCE -> rng.between(40, 120);
            case DISTRICT -> rng.between(5, 15);
            default -> 1;
        };
        int value = c.base() * factor + (year - 2023) * Math.max(1, factor / 4) + rng.between(0, c.base());
        double shape = rng.unit();
        return shape < 0.6 ? String.valueOf(value) : shape < 0.8 ? "≥" + value : value + " " + c.word();
    }
}
