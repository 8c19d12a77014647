package org.planlineage.national;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planlineage.agency.AdminLevel;
import org.planlineage.agency.AgencyKind;
import org.planlineage.national.AdminMap.Place;

/**
 * The units of the national graph and their keys: each place's People's Committee; a province's departments, office,
 * inspectorate and police; a district's divisions; a commune's police and Fatherland Front committee; and the groups
 * plans assign work to ("Các sở, ban, ngành tỉnh", "UBND các xã, thị trấn huyện ...") with their members.
 *
 * <p>Keys follow the seed's rule (a slug of the short name plus its scope); a district's and a commune's end with
 * the place's code, since names repeat across the country. A key the curated seed already holds is the seed's unit
 * and is not written again: only the province of Vĩnh Long has such units (its committee, inspectorate and police).
 */
final class NationalUnits {

    /** One unit as a row of the seed's {@code agencies/*.csv}. */
    record Unit(
            String key,
            String name,
            String shortName,
            List<String> aliases,
            AgencyKind kind,
            AdminLevel level,
            String parent) {}

    /** One member of a group, as a row of {@code agency-members.csv}. */
    record Member(String group, String member) {}

    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final List<Member> members = new ArrayList<>();
    private final Set<String> curated;

    private NationalUnits(Set<String> curated) {
        this.curated = curated;
    }

    static NationalUnits of(AdminMap map, Set<String> curatedKeys) {
        var result = new NationalUnits(curatedKeys);
        map.provinces.forEach(p -> result.province(map, p));
        return result;
    }

    /** Every unit, the curated ones it reuses included. */
    List<Unit> all() {
        return List.copyOf(units.values());
    }

    /** The units to write: those the curated seed does not hold. */
    List<Unit> toWrite() {
        return units.values().stream().filter(u -> !curated.contains(u.key())).toList();
    }

    List<Member> members() {
        return List.copyOf(members);
    }

    Unit unit(String key) {
        return units.get(key);
    }

    static String committee(Place place) {
        if (place.level() == AdminLevel.PROVINCE) {
            return "ubnd-" + (place.word().equals("thành phố") ? "tp" : "tinh") + "-" + place.slug();
        }
        return "ubnd-" + scoped(place);
    }

    static String office(Place place, Office office) {
        return switch (place.level()) {
            case PROVINCE -> Place.slug(provinceBase(place, office)) + "-" + place.slug();
            case DISTRICT ->
                Place.slug(office.inDistrict(place.word()).districtName(place.word())) + "-" + place.code();
            case COMMUNE -> office == Office.CONG_AN ? "cong-an-" + scoped(place) : committee(place);
            case NATIONAL -> throw new IllegalArgumentException("no national offices are generated");
        };
    }

    static String departments(Place province) {
        return "cac-so-ban-nganh-" + province.slug();
    }

    static String districtCommittees(Place province) {
        return "ubnd-cap-huyen-" + province.slug();
    }

    static String communeCommittees(Place province) {
        return "ubnd-cap-xa-" + province.slug();
    }

    static String divisions(Place district) {
        return "cac-phong-ban-" + district.code();
    }

    static String communesOf(Place district) {
        return "ubnd-cac-xa-" + district.code();
    }

    static String front(Place commune) {
        return "ubmttq-" + scoped(commune);
    }

    /** "xa-an-phu-x00012", "phuong-3-x00045", "tt-long-my-x00050": the place's kind, name and code. */
    private static String scoped(Place place) {
        String word = switch (place.word()) {
            case "thành phố" -> "tp";
            case "thị xã" -> "tx";
            case "thị trấn" -> "tt";
            default -> Place.slug(place.word());
        };
        return (place.numbered() ? place.slug() : word + "-" + place.slug()) + "-" + place.code();
    }

    private static String provinceBase(Place province, Office office) {
        return office.provinceName + (office.namedWithLevel() ? " " + province.word() : "");
    }

    private void province(AdminMap map, Place p) {
        String committee = committee(p);
        add(committee, "Ủy ban nhân dân " + p.fullName(), "UBND " + p.word(), AgencyKind.PEOPLES_COMMITTEE, p, null);
        var offices = new ArrayList<String>();
        for (Office o : Office.values()) {
            String base = provinceBase(p, o);
            String name = o.namedWithLevel() ? base + " " + p.name() : base + " " + p.fullName();
            String shortName = o.provinceShort + (o.namedWithLevel() ? " " + p.word() : "");
            add(office(p, o), name, shortName, o.kind, p, o == Office.CONG_AN ? null : committee);
            if (o != Office.CONG_AN) {
                offices.add(office(p, o));
            }
        }
        String scope = p.word() + " " + p.name();
        group(
                departments(p),
                "Các sở, ban, ngành " + scope,
                "Các sở, ban, ngành " + p.word(),
                AdminLevel.PROVINCE,
                committee,
                offices);
        var districts = map.children(p);
        group(
                districtCommittees(p),
                "UBND các " + words(districts) + " thuộc " + scope,
                "UBND các " + words(districts),
                AdminLevel.DISTRICT,
                committee,
                districts.stream().map(NationalUnits::committee).toList());
        var communes = districts.stream().flatMap(d -> map.children(d).stream()).toList();
        group(
                communeCommittees(p),
                "UBND các " + words(communes) + " thuộc " + scope,
                "UBND cấp xã",
                AdminLevel.COMMUNE,
                committee,
                communes.stream().map(NationalUnits::committee).toList());
        districts.forEach(d -> district(map, d));
    }

    private void district(AdminMap map, Place d) {
        String committee = committee(d);
        add(
                committee,
                "Ủy ban nhân dân " + d.fullName(),
                "UBND " + d.word(),
                AgencyKind.PEOPLES_COMMITTEE,
                d,
                committee(d.parent()));
        var divisions = new ArrayList<String>();
        var present = EnumSet.noneOf(Office.class);
        for (Office o : Office.values()) {
            present.add(o.inDistrict(d.word()));
        }
        for (Office o : present) {
            String name =
                    o.districtName(d.word()) + " " + (o.namedWithLevel() ? d.word() + " " + d.name() : d.fullName());
            String shortName = o.districtShort(d.word()) + (o.namedWithLevel() ? " " + d.word() : "");
            String parent = o == Office.CONG_AN ? office(d.parent(), Office.CONG_AN) : committee;
            add(office(d, o), name, shortName, o.kind, d, parent);
            if (o != Office.CONG_AN) {
                divisions.add(office(d, o));
            }
        }
        group(
                divisions(d),
                "Các phòng, ban " + d.fullName(),
                "Các phòng, ban " + d.word(),
                AdminLevel.DISTRICT,
                committee,
                divisions);
        var communes = map.children(d);
        group(
                communesOf(d),
                "UBND các " + words(communes) + " " + d.fullName(),
                "UBND các " + words(communes),
                AdminLevel.COMMUNE,
                committee,
                communes.stream().map(NationalUnits::committee).toList());
        for (Place c : communes) {
            add(
                    committee(c),
                    "Ủy ban nhân dân " + c.fullName(),
                    "UBND " + c.word(),
                    AgencyKind.PEOPLES_COMMITTEE,
                    c,
                    committee);
            add(
                    office(c, Office.CONG_AN),
                    "Công an " + c.fullName(),
                    "Công an " + c.word(),
                    AgencyKind.POLICE,
                    c,
                    office(d, Office.CONG_AN));
            add(
                    front(c),
                    "Ủy ban Mặt trận Tổ quốc Việt Nam " + c.fullName(),
                    "UBMTTQ " + c.word(),
                    AgencyKind.MASS_ORGANISATION,
                    c,
                    null);
        }
    }

    /** "huyện, thị xã, thành phố", "xã, thị trấn", "phường": the kinds among the places, in order of appearance. */
    static String words(List<Place> places) {
        var words = new LinkedHashSet<String>();
        places.forEach(p -> words.add(p.word()));
        return String.join(", ", words);
    }

    /** A unit; its aliases: "UBND ..." for a committee or the short form with the place, and the short form alone. */
    private void add(String key, String name, String shortName, AgencyKind kind, Place place, String parent) {
        String alias = name.startsWith("Ủy ban nhân dân ")
                ? "UBND " + name.substring("Ủy ban nhân dân ".length())
                : shortName.endsWith(" " + place.word())
                        ? shortName + " " + place.name()
                        : shortName + " " + place.fullName();
        // the short form too, as plans write it in their own territory ("Sở TN&MT", "UBND các xã, thị trấn"): a cell
        // that names a unit so is resolved, not an UNRESOLVED_ASSIGNMENT finding; across the country it is ambiguous
        var aliases = new ArrayList<String>();
        for (String spelling : List.of(alias, shortName)) {
            if (!spelling.equals(name) && !aliases.contains(spelling)) {
                aliases.add(spelling);
            }
        }
        units.put(key, new Unit(key, name, shortName, List.copyOf(aliases), kind, place.level(), parent));
    }

    private void group(String key, String name, String shortName, AdminLevel level, String parent, List<String> of) {
        units.put(key, new Unit(key, name, shortName, List.of(shortName), AgencyKind.GROUP, level, parent));
        of.forEach(m -> members.add(new Member(key, m)));
    }
}
