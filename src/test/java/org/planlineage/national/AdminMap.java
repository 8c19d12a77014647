package org.planlineage.national;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planlineage.agency.AdminLevel;
import org.planlineage.text.Folding;

/**
 * The administrative map at one scale: {@code round(63 × scale)} provinces (the first of {@link Provinces#ALL}),
 * {@code round(696 × scale)} districts and {@code round(10,047 × scale)} communes (at least one of each per parent),
 * spread over their parents by random weights, with kinds as the country has them (a province's city and towns, a
 * centrally run city's urban districts, a district's town and its communes, wards in towns and cities) and
 * synthesised names. Deterministic from the seed and the scale.
 */
final class AdminMap {

    static final int PROVINCES = 63;
    static final int DISTRICTS = 696;
    static final int COMMUNES = 10_047;

    /**
     * One administrative unit. {@code code} is synthetic and stable within a map ({@code t55}, {@code h123},
     * {@code x04567}; a province's code is its place in {@link Provinces#ALL} at every scale); {@code word} is what
     * it is called ("tỉnh", "quận", "thị trấn"), {@code numbered} a ward named by a number ("Phường 3").
     */
    record Place(String code, AdminLevel level, String word, String name, boolean numbered, Place parent) {
        /** "xã An Phú", "Phường 3", "thành phố Hà Nội". */
        String fullName() {
            return numbered ? capitalised(word) + " " + name : word + " " + name;
        }

        /** The name as a key fragment: "an-phu", "phuong-3". */
        String slug() {
            return slug(numbered ? word + " " + name : name);
        }

        static String slug(String text) {
            return Folding.fold(text).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        }

        private static String capitalised(String word) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
    }

    final List<Place> provinces = new ArrayList<>();
    final List<Place> districts = new ArrayList<>();
    final List<Place> communes = new ArrayList<>();
    private final Map<Place, List<Place>> children = new LinkedHashMap<>();

    private AdminMap() {}

    /** The units directly under a place, in order. */
    List<Place> children(Place place) {
        return children.getOrDefault(place, List.of());
    }

    static AdminMap build(long seed, double scale) {
        int p = clamp(Math.round(PROVINCES * scale), 1, PROVINCES);
        int d = clamp(Math.round(DISTRICTS * scale), p, DISTRICTS);
        int c = clamp(Math.round(COMMUNES * scale), d, COMMUNES);
        var rng = Rng.of(seed, "map", p, d, c);
        var map = new AdminMap();
        for (int i = 0; i < p; i++) {
            var province = Provinces.ALL.get(i);
            map.provinces.add(new Place(
                    "t%02d".formatted(i + 1), AdminLevel.PROVINCE, province.word(), province.name(), false, null));
        }
        var districtCounts = spread(d, map.provinces.size(), rng);
        for (int i = 0; i < map.provinces.size(); i++) {
            var province = map.provinces.get(i);
            var taken = new HashSet<String>();
            var list = new ArrayList<Place>();
            for (int j = 0; j < districtCounts[i]; j++) {
                String word = districtWord(province, j, districtCounts[i], rng);
                var district = new Place(
                        "h%03d".formatted(map.districts.size() + 1),
                        AdminLevel.DISTRICT,
                        word,
                        PlaceNames.fresh(rng, taken),
                        false,
                        province);
                map.districts.add(district);
                list.add(district);
            }
            map.children.put(province, list);
        }
        var communeCounts = spread(c, map.districts.size(), rng);
        for (int i = 0; i < map.districts.size(); i++) {
            var district = map.districts.get(i);
            var taken = new HashSet<String>();
            var list = new ArrayList<Place>();
            boolean numberedWards = isUrban(district.word()) && rng.chance(0.35);
            int wards = 0;
            for (int j = 0; j < communeCounts[i]; j++) {
                String word = communeWord(district.word(), j, rng);
                boolean numbered = numberedWards && word.equals("phường");
                String name = numbered ? String.valueOf(++wards) : PlaceNames.fresh(rng, taken);
                var commune = new Place(
                        "x%05d".formatted(map.communes.size() + 1), AdminLevel.COMMUNE, word, name, numbered, district);
                map.communes.add(commune);
                list.add(commune);
            }
            map.children.put(district, list);
        }
        return map;
    }

    private static String districtWord(Place province, int index, int count, Rng rng) {
        if (province.word().equals("thành phố")) {
            return index < Math.ceil(count * 0.6) ? "quận" : "huyện";
        }
        if (index == 0) {
            return "thành phố";
        }
        return index == 1 && rng.chance(0.5) ? "thị xã" : "huyện";
    }

    private static String communeWord(String district, int index, Rng rng) {
        return switch (district) {
            case "quận" -> "phường";
            case "thành phố" -> rng.chance(0.7) ? "phường" : "xã";
            case "thị xã" -> rng.chance(0.5) ? "phường" : "xã";
            default -> index == 0 ? "thị trấn" : "xã";
        };
    }

    private static boolean isUrban(String districtWord) {
        return districtWord.equals("quận") || districtWord.equals("thành phố") || districtWord.equals("thị xã");
    }

    /** {@code total} spread over {@code parts}: one each, the rest by random weights (largest remainder). */
    static int[] spread(int total, int parts, Rng rng) {
        var counts = new int[parts];
        var weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            counts[i] = 1;
            weights[i] = 0.4 + rng.unit();
            sum += weights[i];
        }
        int rest = total - parts;
        var remainders = new double[parts];
        int given = 0;
        for (int i = 0; i < parts; i++) {
            double share = rest * weights[i] / sum;
            counts[i] += (int) share;
            given += (int) share;
            remainders[i] = share - (int) share;
        }
        Set<Integer> done = new HashSet<>();
        while (given < rest) {
            int best = -1;
            for (int i = 0; i < parts; i++) {
                if (!done.contains(i) && (best < 0 || remainders[i] > remainders[best])) {
                    best = i;
                }
            }
            counts[best]++;
            done.add(best);
            given++;
        }
        return counts;
    }

    private static int clamp(long value, int low, int high) {
        return (int) Math.max(low, Math.min(high, value));
    }
}
