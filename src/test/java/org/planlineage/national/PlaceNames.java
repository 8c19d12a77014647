package org.planlineage.national;

import java.util.List;
import java.util.Set;

/**
 * Synthesised place names: two (sometimes three) syllables from hand-written lists of syllables common in Vietnamese
 * place names ("Tân" + "Phú", "Vĩnh" + "Hòa" + "Đông"). No published list of administrative units is used; a name is
 * made unique within its parent (the districts of a province, the communes of a district), as real names are, and
 * may repeat elsewhere in the country, as real names do.
 */
final class PlaceNames {

    static final List<String> FIRST = List.of(
            "An", "Bình", "Châu", "Đông", "Tây", "Nam", "Bắc", "Hòa", "Hưng", "Long", "Mỹ", "Phú", "Phước", "Tân",
            "Thạnh", "Thới", "Vĩnh", "Xuân", "Quang", "Thanh", "Thành", "Trung", "Đại", "Hiệp", "Hội", "Lộc", "Lương",
            "Minh", "Nghĩa", "Ngọc", "Nhơn", "Sơn", "Tam", "Thái", "Thiện", "Thuận", "Tiến", "Trường", "Văn", "Yên",
            "Cẩm", "Đức", "Gia", "Hải", "Hoàng", "Kim", "Lạc", "Liên", "Phong", "Quỳnh", "Tiên", "Tường", "Cát", "Hồng",
            "Khánh", "Lâm", "Mai", "Nhân", "Ninh", "Định");

    static final List<String> SECOND = List.of(
            "An", "Bình", "Điền", "Đông", "Hòa", "Hưng", "Hiệp", "Hội", "Lộc", "Lợi", "Long", "Mỹ", "Phú", "Phước",
            "Quới", "Sơn", "Tây", "Thạnh", "Thành", "Thuận", "Trung", "Xuân", "Yên", "Hải", "Khánh", "Lạc", "Lâm",
            "Linh", "Minh", "Nghĩa", "Ninh", "Phong", "Quang", "Tân", "Thịnh", "Tiến", "Tường", "Vinh", "Hà", "Giang",
            "Đức", "Hậu", "Châu", "Kiều", "Lập", "Nguyên", "Thắng", "Trạch", "Định", "Hợp");

    static final List<String> THIRD = List.of("Đông", "Tây", "Nam", "Bắc", "Trung", "Thượng", "Hạ");

    private PlaceNames() {}

    /** A name not in {@code taken}, drawn from the stream; a third syllable once two-syllable tries keep clashing. */
    static String fresh(Rng rng, Set<String> taken) {
        for (int attempt = 0; ; attempt++) {
            String first = rng.pick(FIRST);
            String second = rng.pick(SECOND);
            if (first.equals(second)) {
                continue;
            }
            String name = first + " " + second;
            if (attempt >= 20 || rng.chance(0.06)) {
                name = name + " " + rng.pick(THIRD);
            }
            if (taken.add(name)) {
                return name;
            }
        }
    }
}
