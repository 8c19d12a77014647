package org.planlineage.national;

import java.util.List;

/**
 * The 63 provinces and centrally run cities of early 2025 (common knowledge, written by hand): six cities under the
 * central government (Huế became one on 1 January 2025) and 57 provinces, in the usual order from the north. Their
 * districts and communes are synthesised ({@link PlaceNames}), never copied from a published list.
 */
final class Provinces {

    /** A province ("tỉnh") or a centrally run city ("thành phố"). */
    record Province(String name, boolean city) {
        /** "tỉnh Hà Giang", "thành phố Hà Nội". */
        String fullName() {
            return (city ? "thành phố " : "tỉnh ") + name;
        }

        /** The word the plans use for its territory and level: "tỉnh" or "thành phố". */
        String word() {
            return city ? "thành phố" : "tỉnh";
        }
    }

    static final List<Province> ALL = List.of(
            new Province("Hà Nội", true),
            new Province("Hà Giang", false),
            new Province("Cao Bằng", false),
            new Province("Bắc Kạn", false),
            new Province("Tuyên Quang", false),
            new Province("Lào Cai", false),
            new Province("Điện Biên", false),
            new Province("Lai Châu", false),
            new Province("Sơn La", false),
            new Province("Yên Bái", false),
            new Province("Hòa Bình", false),
            new Province("Thái Nguyên", false),
            new Province("Lạng Sơn", false),
            new Province("Quảng Ninh", false),
            new Province("Bắc Giang", false),
            new Province("Phú Thọ", false),
            new Province("Vĩnh Phúc", false),
            new Province("Bắc Ninh", false),
            new Province("Hải Dương", false),
            new Province("Hải Phòng", true),
            new Province("Hưng Yên", false),
            new Province("Thái Bình", false),
            new Province("Hà Nam", false),
            new Province("Nam Định", false),
            new Province("Ninh Bình", false),
            new Province("Thanh Hóa", false),
            new Province("Nghệ An", false),
            new Province("Hà Tĩnh", false),
            new Province("Quảng Bình", false),
            new Province("Quảng Trị", false),
            new Province("Huế", true),
            new Province("Đà Nẵng", true),
            new Province("Quảng Nam", false),
            new Province("Quảng Ngãi", false),
            new Province("Bình Định", false),
            new Province("Phú Yên", false),
            new Province("Khánh Hòa", false),
            new Province("Ninh Thuận", false),
            new Province("Bình Thuận", false),
            new Province("Kon Tum", false),
            new Province("Gia Lai", false),
            new Province("Đắk Lắk", false),
            new Province("Đắk Nông", false),
            new Province("Lâm Đồng", false),
            new Province("Bình Phước", false),
            new Province("Tây Ninh", false),
            new Province("Bình Dương", false),
            new Province("Đồng Nai", false),
            new Province("Bà Rịa - Vũng Tàu", false),
            new Province("Hồ Chí Minh", true),
            new Province("Long An", false),
            new Province("Tiền Giang", false),
            new Province("Bến Tre", false),
            new Province("Trà Vinh", false),
            new Province("Vĩnh Long", false),
            new Province("Đồng Tháp", false),
            new Province("An Giang", false),
            new Province("Kiên Giang", false),
            new Province("Cần Thơ", true),
            new Province("Hậu Giang", false),
            new Province("Sóc Trăng", false),
            new Province("Bạc Liêu", false),
            new Province("Cà Mau", false));

    private Provinces() {}
}
