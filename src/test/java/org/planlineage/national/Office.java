package org.planlineage.national;

import org.planlineage.agency.AgencyKind;

/**
 * The offices a plan assigns work to, by field: at province level a department (Sở) or the committee's office, at
 * district level the division (Phòng) that has the field (several fields share one division, as in the districts
 * of 2023–2025), at commune level the committee itself, or the commune police for identity and security. Names are
 * the usual ones of that period; the short form is what a plan's "chủ trì" cell writes.
 */
enum Office {
    VAN_PHONG("Văn phòng UBND", "VP UBND", "Văn phòng HĐND và UBND", "Văn phòng HĐND&UBND", AgencyKind.OFFICE),
    NOI_VU("Sở Nội vụ", "Sở Nội vụ", "Phòng Nội vụ", "Phòng Nội vụ", AgencyKind.DEPARTMENT),
    TU_PHAP("Sở Tư pháp", "Sở Tư pháp", "Phòng Tư pháp", "Phòng Tư pháp", AgencyKind.DEPARTMENT),
    KE_HOACH("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT", "Phòng Tài chính - Kế hoạch", "Phòng TC-KH", AgencyKind.DEPARTMENT),
    TAI_CHINH("Sở Tài chính", "Sở Tài chính", "Phòng Tài chính - Kế hoạch", "Phòng TC-KH", AgencyKind.DEPARTMENT),
    CONG_THUONG("Sở Công Thương", "Sở Công Thương", "Phòng Kinh tế", "Phòng Kinh tế", AgencyKind.DEPARTMENT),
    NONG_NGHIEP(
            "Sở Nông nghiệp và Phát triển nông thôn",
            "Sở NN&PTNT",
            "Phòng Nông nghiệp và Phát triển nông thôn",
            "Phòng NN&PTNT",
            AgencyKind.DEPARTMENT),
    XAY_DUNG("Sở Xây dựng", "Sở Xây dựng", "Phòng Quản lý đô thị", "Phòng QLĐT", AgencyKind.DEPARTMENT),
    TAI_NGUYEN(
            "Sở Tài nguyên và Môi trường",
            "Sở TN&MT",
            "Phòng Tài nguyên và Môi trường",
            "Phòng TN&MT",
            AgencyKind.DEPARTMENT),
    THONG_TIN(
            "Sở Thông tin và Truyền thông",
            "Sở TT&TT",
            "Phòng Văn hóa và Thông tin",
            "Phòng VH&TT",
            AgencyKind.DEPARTMENT),
    LAO_DONG(
            "Sở Lao động - Thương binh và Xã hội",
            "Sở LĐ-TB&XH",
            "Phòng Lao động - Thương binh và Xã hội",
            "Phòng LĐ-TB&XH",
            AgencyKind.DEPARTMENT),
    VAN_HOA(
            "Sở Văn hóa, Thể thao và Du lịch",
            "Sở VHTT&DL",
            "Phòng Văn hóa và Thông tin",
            "Phòng VH&TT",
            AgencyKind.DEPARTMENT),
    KHOA_HOC("Sở Khoa học và Công nghệ", "Sở KH&CN", "Phòng Kinh tế", "Phòng Kinh tế", AgencyKind.DEPARTMENT),
    GIAO_DUC("Sở Giáo dục và Đào tạo", "Sở GD&ĐT", "Phòng Giáo dục và Đào tạo", "Phòng GD&ĐT", AgencyKind.DEPARTMENT),
    Y_TE("Sở Y tế", "Sở Y tế", "Phòng Y tế", "Phòng Y tế", AgencyKind.DEPARTMENT),
    THANH_TRA("Thanh tra", "Thanh tra", "Thanh tra", "Thanh tra", AgencyKind.DEPARTMENT),
    CONG_AN("Công an", "Công an", "Công an", "Công an", AgencyKind.POLICE);

    final String provinceName;
    final String provinceShort;
    final String districtName;
    final String districtShort;
    final AgencyKind kind;

    Office(String provinceName, String provinceShort, String districtName, String districtShort, AgencyKind kind) {
        this.provinceName = provinceName;
        this.provinceShort = provinceShort;
        this.districtName = districtName;
        this.districtShort = districtShort;
        this.kind = kind;
    }

    /** The division's name in a district of this kind: a rural district's economy division also has infrastructure. */
    String districtName(String districtWord) {
        return this == CONG_THUONG && districtWord.equals("huyện") ? "Phòng Kinh tế và Hạ tầng" : districtName;
    }

    String districtShort(String districtWord) {
        return this == CONG_THUONG && districtWord.equals("huyện") ? "Phòng KT&HT" : districtShort;
    }

    /** Whether the name takes the level's word after it: "Thanh tra tỉnh", "Văn phòng UBND tỉnh", not "Sở Y tế". */
    boolean namedWithLevel() {
        return this == VAN_PHONG || this == THANH_TRA || this == CONG_AN;
    }

    /**
     * The office that has this field in a district of this kind: rural districts keep agriculture in its own
     * division and have no urban management division (its work goes to the economy division), urban ones the reverse.
     */
    Office inDistrict(String districtWord) {
        boolean rural = districtWord.equals("huyện");
        if (this == NONG_NGHIEP && !rural) {
            return CONG_THUONG;
        }
        if (this == XAY_DUNG && rural) {
            return CONG_THUONG;
        }
        return switch (this) {
            case TAI_CHINH -> KE_HOACH;
            case VAN_HOA -> THONG_TIN;
            case KHOA_HOC -> CONG_THUONG;
            default -> this;
        };
    }
}
