package org.planlineage.national;

/**
 * The national documents the generated plans cite: all of them documents of the curated seed ({@code
 * graph-seed/documents.csv}), named by their keys, with the words a plan cites them in (numbers and dates as the seed
 * records them).
 */
enum NationalDocuments {
    LOCAL_GOVERNMENT_LAW(
            "luat-to-chuc-chinh-quyen-dia-phuong-2015", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"),
    LOCAL_GOVERNMENT_LAW_2019(
            "luat-sua-doi-luat-to-chuc-chinh-phu-va-luat-to-chuc-chinh-quyen-dia-phuong-2019",
            "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22"
                    + " tháng 11 năm 2019"),
    PROGRAMME_749(
            "749-qd-ttg-2020",
            "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc"
                    + " gia đến năm 2025, định hướng đến năm 2030"),
    STRATEGY_942(
            "942-qd-ttg-2021",
            "Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ phê duyệt Chiến lược phát triển Chính phủ"
                    + " điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030"),
    STRATEGY_411(
            "411-qd-ttg-2022",
            "Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ phê duyệt Chiến lược quốc gia phát triển"
                    + " kinh tế số và xã hội số đến năm 2025, định hướng đến năm 2030"),
    SKILLS_146(
            "146-qd-ttg-2022",
            "Quyết định số 146/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án “Nâng cao nhận thức, phổ"
                    + " cập kỹ năng và phát triển nguồn nhân lực chuyển đổi số quốc gia đến năm 2025, định hướng đến"
                    + " năm 2030”"),
    RESOLUTION_57(
            "57-nq-tw-2024",
            "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới"
                    + " sáng tạo và chuyển đổi số quốc gia"),
    RESOLUTION_03(
            "03-nq-cp-2025",
            "Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực"
                    + " hiện Nghị quyết số 57-NQ/TW"),
    RESOLUTION_71(
            "71-nq-cp-2025",
            "Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung, cập nhật Chương trình hành động của"
                    + " Chính phủ thực hiện Nghị quyết số 57-NQ/TW"),
    DECREE_42(
            "42-2022-nd-cp",
            "Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ"
                    + " công trực tuyến của cơ quan nhà nước trên môi trường mạng"),
    DECREE_47(
            "47-2020-nd-cp",
            "Nghị định số 47/2020/NĐ-CP của Chính phủ về quản lý, kết nối và chia sẻ dữ liệu số của"
                    + " cơ quan nhà nước"),
    DECREE_85(
            "85-2016-nd-cp",
            "Nghị định số 85/2016/NĐ-CP ngày 01/7/2016 của Chính phủ về bảo đảm an toàn hệ thống thông tin theo cấp độ");

    final String key;
    final String citation;

    NationalDocuments(String key, String citation) {
        this.key = key;
        this.citation = citation;
    }

    /** The document with this key; the concepts name their legal basis by key. */
    static NationalDocuments byKey(String key) {
        for (NationalDocuments d : values()) {
            if (d.key.equals(key)) {
                return d;
            }
        }
        throw new IllegalArgumentException("not a national document the generator cites: " + key);
    }
}
