package org.planlineage.national;

import static org.planlineage.indicator.Pillar.DIGITAL_ECONOMY;
import static org.planlineage.indicator.Pillar.DIGITAL_GOVERNMENT;
import static org.planlineage.indicator.Pillar.DIGITAL_SOCIETY;

import java.util.ArrayList;
import java.util.List;
import org.planlineage.national.Concept.Count;
import org.planlineage.national.Concept.Percent;
import org.planlineage.national.Concept.Task;

/**
 * The catalogue of things the generated plans set targets for: 167 chỉ tiêu and nhiệm vụ of digital transformation,
 * written by hand in the sources' style (a few templates crossed with fields, populations and kinds of data, then
 * single rows). Every plan draws its rows from here, so the same concept appears at every level.
 */
final class Concepts {

    static final List<Concept> ALL = build();

    private Concepts() {}

    private record Field(String slug, String words, Office office) {}

    private static List<Concept> build() {
        var all = new ArrayList<Concept>();
        var fields = List.of(
                new Field("dat-dai", "đất đai", Office.TAI_NGUYEN),
                new Field("ho-tich", "tư pháp - hộ tịch", Office.TU_PHAP),
                new Field("chung-thuc", "chứng thực", Office.TU_PHAP),
                new Field("xay-dung", "xây dựng", Office.XAY_DUNG),
                new Field("kinh-doanh", "đăng ký kinh doanh", Office.KE_HOACH),
                new Field("lao-dong", "lao động, người có công và xã hội", Office.LAO_DONG),
                new Field("y-te", "y tế", Office.Y_TE),
                new Field("giao-duc", "giáo dục và đào tạo", Office.GIAO_DUC),
                new Field("nong-nghiep", "nông nghiệp", Office.NONG_NGHIEP),
                new Field("moi-truong", "môi trường", Office.TAI_NGUYEN),
                new Field("van-hoa", "văn hóa, thể thao", Office.VAN_HOA),
                new Field("cong-thuong", "công thương", Office.CONG_THUONG),
                new Field("noi-vu", "nội vụ", Office.NOI_VU),
                new Field("tai-chinh", "tài chính", Office.TAI_CHINH));
        for (var f : fields) {
            all.add(new Concept(
                    "tthc-toan-trinh-" + f.slug(),
                    DIGITAL_GOVERNMENT,
                    "Tỷ lệ hồ sơ thủ tục hành chính lĩnh vực " + f.words()
                            + " được tiếp nhận, giải quyết trực tuyến toàn trình {db}",
                    new Percent(40, 10),
                    f.office(),
                    NationalDocuments.DECREE_42.key));
            all.add(new Concept(
                    "tthc-so-hoa-" + f.slug(),
                    DIGITAL_GOVERNMENT,
                    "Tỷ lệ kết quả giải quyết thủ tục hành chính lĩnh vực " + f.words() + " được số hóa",
                    new Percent(50, 10),
                    f.office(),
                    null));
            all.add(new Concept(
                    "tthc-dung-han-" + f.slug(),
                    DIGITAL_GOVERNMENT,
                    "Tỷ lệ hồ sơ thủ tục hành chính lĩnh vực " + f.words() + " được giải quyết đúng hạn {db}",
                    new Percent(85, 3),
                    f.office(),
                    null));
        }
        String[][] skills = {
            {"ky-nang-so", "kỹ năng số cơ bản", "60"},
            {"an-toan-thong-tin", "kiến thức về an toàn thông tin", "50"},
            {"du-lieu", "kỹ năng khai thác, phân tích dữ liệu", "25"},
            {"chu-ky-so", "sử dụng chữ ký số", "70"},
            {"van-ban-dieu-hanh", "sử dụng hệ thống quản lý văn bản và điều hành", "80"},
            {"tri-tue-nhan-tao", "ứng dụng trí tuệ nhân tạo trong công việc", "10"},
            {"hop-truc-tuyen", "sử dụng nền tảng họp trực tuyến", "70"},
            {"dich-vu-cong", "nghiệp vụ tiếp nhận hồ sơ dịch vụ công trực tuyến", "60"}
        };
        for (var s : skills) {
            all.add(new Concept(
                    "cbccvc-" + s[0],
                    DIGITAL_GOVERNMENT,
                    "Tỷ lệ cán bộ, công chức, viên chức {cap} được bồi dưỡng, tập huấn " + s[1],
                    new Percent(Integer.parseInt(s[2]), 10),
                    Office.NOI_VU,
                    s[0].equals("ky-nang-so") ? NationalDocuments.SKILLS_146.key : null));
        }
        String[][] people = {
            {"nguoi-lao-dong", "người dân trong độ tuổi lao động"},
            {"hoc-sinh", "học sinh trung học"},
            {"ho-gia-dinh", "hộ gia đình"},
            {"nguoi-cao-tuoi", "người cao tuổi"},
            {"ho-nong-dan", "hộ sản xuất nông nghiệp"},
            {"hoi-vien-phu-nu", "hội viên phụ nữ"}
        };
        String[][] uses = {
            {"ky-nang-so", "có kỹ năng số cơ bản", "40"},
            {"dich-vu-cong", "sử dụng dịch vụ công trực tuyến", "30"},
            {"thanh-toan-so", "sử dụng thanh toán không dùng tiền mặt", "40"},
            {"bao-ve-thong-tin", "được phổ biến kỹ năng bảo vệ thông tin cá nhân trên môi trường mạng", "50"},
            {"vneid", "sử dụng ứng dụng định danh điện tử VNeID", "50"}
        };
        for (var p : people) {
            for (var u : uses) {
                Office lead = u[0].equals("vneid")
                        ? Office.CONG_AN
                        : p[0].equals("hoc-sinh")
                                ? Office.GIAO_DUC
                                : p[0].equals("ho-nong-dan") ? Office.NONG_NGHIEP : Office.THONG_TIN;
                all.add(new Concept(
                        p[0] + "-" + u[0],
                        DIGITAL_SOCIETY,
                        "Tỷ lệ " + p[1] + " {db} " + u[1],
                        new Percent(Integer.parseInt(u[2]), 10),
                        lead,
                        u[0].equals("ky-nang-so") ? NationalDocuments.SKILLS_146.key : null));
            }
        }
        String[][] fibre = {
            {"ho-gia-dinh", "hộ gia đình", "70"},
            {"thon-ap", "thôn, ấp, khu phố", "85"},
            {"truong-hoc", "trường học", "90"},
            {"tram-y-te", "trạm y tế", "90"},
            {"nha-van-hoa", "nhà văn hóa thôn, ấp", "60"}
        };
        for (var f : fibre) {
            all.add(new Concept(
                    "cap-quang-" + f[0],
                    DIGITAL_SOCIETY,
                    "Tỷ lệ " + f[1] + " {db} có kết nối Internet cáp quang băng rộng",
                    new Percent(Integer.parseInt(f[2]), 5),
                    Office.THONG_TIN,
                    NationalDocuments.STRATEGY_411.key));
        }
        all.add(new Concept(
                "song-di-dong-thon-ap",
                DIGITAL_SOCIETY,
                "Tỷ lệ thôn, ấp, khu phố {db} được phủ sóng mạng di động 4G/5G",
                new Percent(90, 3),
                Office.THONG_TIN,
                null));
        all.add(new Concept(
                "song-di-dong-du-lich",
                DIGITAL_SOCIETY,
                "Tỷ lệ điểm du lịch {db} được phủ sóng mạng di động 4G/5G",
                new Percent(70, 10),
                Office.VAN_HOA,
                null));
        economy(all);
        government(all);
        counts(all);
        tasks(all);
        return List.copyOf(all);
    }

    private static void economy(List<Concept> all) {
        String[][] actors = {
            {"doanh-nghiep", "doanh nghiệp"},
            {"hop-tac-xa", "hợp tác xã"},
            {"ho-kinh-doanh", "hộ kinh doanh"},
            {"chu-the-ocop", "chủ thể sản phẩm OCOP"},
            {"tieu-thuong", "tiểu thương tại chợ truyền thống"}
        };
        String[][] acts = {
            {"hoa-don-dien-tu", "sử dụng hóa đơn điện tử", "60"},
            {"san-tmdt", "tham gia sàn thương mại điện tử", "20"},
            {"khong-tien-mat", "chấp nhận thanh toán không dùng tiền mặt", "40"},
            {"nen-tang-so", "sử dụng nền tảng số trong quản trị, sản xuất kinh doanh", "20"}
        };
        for (var a : actors) {
            for (var x : acts) {
                Office lead = x[0].equals("hoa-don-dien-tu")
                        ? Office.TAI_CHINH
                        : a[0].equals("chu-the-ocop") ? Office.NONG_NGHIEP : Office.CONG_THUONG;
                all.add(new Concept(
                        a[0] + "-" + x[0],
                        DIGITAL_ECONOMY,
                        "Tỷ lệ " + a[1] + " {db} " + x[1],
                        new Percent(Integer.parseInt(x[2]), 10),
                        lead,
                        NationalDocuments.STRATEGY_411.key));
            }
        }
        all.add(new Concept(
                "ocop-san-tmdt",
                DIGITAL_ECONOMY,
                "Số sản phẩm OCOP {db} được đưa lên sàn thương mại điện tử",
                new Count("sản phẩm", 3),
                Office.NONG_NGHIEP,
                null));
        all.add(new Concept(
                "gian-hang-truc-tuyen",
                DIGITAL_ECONOMY,
                "Số hộ kinh doanh được hướng dẫn mở gian hàng trực tuyến",
                new Count("hộ", 10),
                Office.CONG_THUONG,
                null));
        all.add(new Concept(
                "doanh-nghiep-cong-nghe-so",
                DIGITAL_ECONOMY,
                "Số doanh nghiệp công nghệ số {db}",
                new Count("doanh nghiệp", 1),
                Office.KHOA_HOC,
                null));
        all.add(new Concept(
                "cho-khong-tien-mat",
                DIGITAL_ECONOMY,
                "Số chợ {db} triển khai thanh toán không dùng tiền mặt",
                new Count("chợ", 1),
                Office.CONG_THUONG,
                null));
    }

    private static void government(List<Concept> all) {
        String[][] rows = {
            {"van-ban-ky-so", "Tỷ lệ văn bản đi của cơ quan hành chính {cap} được ký số", "90", "3", "VAN_PHONG", ""},
            {
                "ho-so-cong-viec",
                "Tỷ lệ hồ sơ công việc {cap} được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật"
                        + " nhà nước)",
                "60",
                "10",
                "VAN_PHONG",
                ""
            },
            {
                "hop-truc-tuyen",
                "Tỷ lệ cuộc họp, hội nghị {cap} được tổ chức theo hình thức trực tuyến",
                "30",
                "10",
                "VAN_PHONG",
                ""
            },
            {
                "bao-cao-dien-tu",
                "Tỷ lệ chế độ báo cáo {cap} được thực hiện qua Hệ thống thông tin báo cáo",
                "70",
                "10",
                "VAN_PHONG",
                ""
            },
            {
                "phong-chong-ma-doc",
                "Tỷ lệ máy tính của cơ quan, đơn vị {cap} được cài đặt phần mềm phòng, chống mã độc",
                "80",
                "5",
                "THONG_TIN",
                "85-2016-nd-cp"
            },
            {
                "cap-do-attt",
                "Tỷ lệ hệ thống thông tin {cap} được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin",
                "60",
                "10",
                "THONG_TIN",
                "85-2016-nd-cp"
            },
            {
                "hai-long-tthc",
                "Tỷ lệ người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính {db}",
                "85",
                "3",
                "VAN_PHONG",
                ""
            },
            {
                "tthc-phat-sinh-ho-so",
                "Tỷ lệ thủ tục hành chính có phát sinh hồ sơ được cung cấp dịch vụ công trực tuyến toàn trình",
                "50",
                "10",
                "VAN_PHONG",
                "42-2022-nd-cp"
            },
            {
                "thanh-toan-phi-le-phi",
                "Tỷ lệ hồ sơ có yêu cầu nộp phí, lệ phí được thanh toán trực tuyến",
                "30",
                "10",
                "TAI_CHINH",
                ""
            },
            {
                "dinh-danh-muc-2",
                "Tỷ lệ người dân {db} được cấp tài khoản định danh điện tử mức độ 2",
                "50",
                "10",
                "CONG_AN",
                ""
            },
            {
                "phan-anh-kien-nghi",
                "Tỷ lệ phản ánh, kiến nghị của người dân {db} được tiếp nhận, xử lý trên môi trường số",
                "60",
                "10",
                "VAN_PHONG",
                ""
            },
            {
                "mot-cua-buu-chinh",
                "Tỷ lệ hồ sơ tại Bộ phận Một cửa {cap} được trả kết quả qua dịch vụ bưu chính công ích hoặc trực"
                        + " tuyến",
                "30",
                "10",
                "VAN_PHONG",
                ""
            },
            {
                "mang-chuyen-dung",
                "Tỷ lệ cơ quan, đơn vị {cap} được kết nối mạng truyền số liệu chuyên dùng",
                "80",
                "5",
                "THONG_TIN",
                ""
            },
            {"ipv6", "Tỷ lệ hệ thống thông tin {cap} được chuyển đổi sang IPv6", "30", "15", "THONG_TIN", ""},
            {
                "camera-giam-sat",
                "Tỷ lệ tuyến đường, nút giao chính {db} được lắp đặt camera giám sát",
                "40",
                "10",
                "CONG_AN",
                ""
            },
            {
                "du-lieu-mo",
                "Tỷ lệ cơ quan {cap} cung cấp dữ liệu mở theo danh mục",
                "30",
                "15",
                "THONG_TIN",
                "47-2020-nd-cp"
            },
            {
                "thu-cong-vu",
                "Tỷ lệ cán bộ, công chức {cap} sử dụng thư điện tử công vụ trong trao đổi công việc",
                "85",
                "5",
                "THONG_TIN",
                ""
            },
            {
                "cong-khai-thong-tin",
                "Tỷ lệ thông tin thuộc diện công khai được đăng tải trên Trang thông tin điện tử {cap}",
                "80",
                "5",
                "VAN_PHONG",
                ""
            },
            {
                "muc-do-cds",
                "Tỷ lệ cơ quan, đơn vị {cap} đạt mức độ chuyển đổi số khá trở lên",
                "40",
                "10",
                "THONG_TIN",
                "749-qd-ttg-2020"
            },
            {
                "thanh-tra-so",
                "Tỷ lệ cuộc thanh tra, kiểm tra {cap} được thực hiện thông qua môi trường số",
                "20",
                "10",
                "THANH_TRA",
                ""
            }
        };
        for (var r : rows) {
            all.add(new Concept(
                    r[0],
                    DIGITAL_GOVERNMENT,
                    r[1],
                    new Percent(Integer.parseInt(r[2]), Integer.parseInt(r[3])),
                    Office.valueOf(r[4]),
                    r[5].isEmpty() ? null : r[5]));
        }
        String[][] data = {
            {"ho-tich", "hộ tịch", "TU_PHAP"},
            {"dat-dai", "đất đai", "TAI_NGUYEN"},
            {"dan-cu", "dân cư", "CONG_AN"},
            {"nguoi-co-cong", "người có công", "LAO_DONG"},
            {"bao-tro-xa-hoi", "bảo trợ xã hội", "LAO_DONG"},
            {"ho-ngheo", "hộ nghèo, hộ cận nghèo", "LAO_DONG"},
            {"giao-duc", "ngành giáo dục", "GIAO_DUC"},
            {"y-te-co-so", "y tế cơ sở", "Y_TE"},
            {"can-bo", "cán bộ, công chức, viên chức", "NOI_VU"},
            {"van-ban-qppl", "văn bản quy phạm pháp luật", "TU_PHAP"}
        };
        for (var d : data) {
            all.add(new Concept(
                    "du-lieu-" + d[0],
                    DIGITAL_GOVERNMENT,
                    "Tỷ lệ dữ liệu " + d[1] + " {db} được số hóa, cập nhật vào cơ sở dữ liệu dùng chung",
                    new Percent(50, 10),
                    Office.valueOf(d[2]),
                    NationalDocuments.DECREE_47.key));
        }
    }

    private static void counts(List<Concept> all) {
        String[][] rows = {
            {
                "lop-ky-nang-so",
                "Số lớp tập huấn, bồi dưỡng kỹ năng số cho người dân {db}",
                "lớp",
                "2",
                "THONG_TIN",
                DIGITAL_SOCIETY.name()
            },
            {
                "tin-bai-cds",
                "Số tin, bài tuyên truyền về chuyển đổi số {db}",
                "tin, bài",
                "12",
                "VAN_HOA",
                DIGITAL_SOCIETY.name()
            },
            {
                "to-cong-nghe-so",
                "Số Tổ công nghệ số cộng đồng hoạt động hiệu quả {db}",
                "tổ",
                "2",
                "THONG_TIN",
                DIGITAL_SOCIETY.name()
            },
            {
                "wifi-cong-cong",
                "Số điểm phát Wi-Fi công cộng miễn phí {db}",
                "điểm",
                "2",
                "THONG_TIN",
                DIGITAL_SOCIETY.name()
            },
            {"mo-hinh-cds", "Số mô hình chuyển đổi số điểm {db}", "mô hình", "1", "THONG_TIN", DIGITAL_GOVERNMENT.name()
            },
            {
                "hoi-nghi-cds",
                "Số hội nghị, tọa đàm về chuyển đổi số {db}",
                "buổi",
                "1",
                "THONG_TIN",
                DIGITAL_SOCIETY.name()
            },
            {
                "kiem-tra-attt",
                "Số cuộc kiểm tra, đánh giá an toàn thông tin {cap}",
                "cuộc",
                "1",
                "THONG_TIN",
                DIGITAL_GOVERNMENT.name()
            },
            {
                "dien-tap-attt",
                "Số cuộc diễn tập ứng cứu sự cố an toàn thông tin mạng {cap}",
                "cuộc",
                "1",
                "THONG_TIN",
                DIGITAL_GOVERNMENT.name()
            },
            {"bang-tin-dien-tu", "Số bảng tin điện tử công cộng {db}", "bảng", "1", "VAN_HOA", DIGITAL_SOCIETY.name()},
            {
                "nen-tang-dung-chung",
                "Số nền tảng, ứng dụng số dùng chung được triển khai {cap}",
                "nền tảng",
                "1",
                "THONG_TIN",
                DIGITAL_GOVERNMENT.name()
            }
        };
        for (var r : rows) {
            all.add(new Concept(
                    r[0],
                    org.planlineage.indicator.Pillar.valueOf(r[5]),
                    r[1],
                    new Count(r[2], Integer.parseInt(r[3])),
                    Office.valueOf(r[4]),
                    null));
        }
    }

    private static void tasks(List<Concept> all) {
        String[][] rows = {
            {
                "tuyen-truyen-cds",
                "Tuyên truyền, phổ biến về chuyển đổi số trên các phương tiện thông tin đại chúng {db}",
                "VAN_HOA",
                "Thường xuyên"
            },
            {
                "ra-soat-tthc",
                "Rà soát, cập nhật danh mục thủ tục hành chính đủ điều kiện cung cấp dịch vụ công trực tuyến toàn"
                        + " trình",
                "VAN_PHONG",
                "Thường xuyên|Hằng quý"
            },
            {"kien-toan-bcd", "Kiện toàn Ban Chỉ đạo chuyển đổi số {cap}", "NOI_VU", "Hoàn thành trong Quý I|Hoàn thành"
            },
            {"duy-tri-to-cnscd", "Duy trì hoạt động của Tổ công nghệ số cộng đồng {db}", "THONG_TIN", "Thường xuyên"},
            {
                "ngay-cds",
                "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia (10/10) {db}",
                "THONG_TIN",
                "Hoàn thành|Tháng 10/{y}"
            },
            {
                "phuong-an-attt",
                "Xây dựng, triển khai phương án bảo đảm an toàn thông tin mạng {cap}",
                "THONG_TIN",
                "Hoàn thành|Thường xuyên"
            },
            {"danh-gia-cds", "Đánh giá, xếp hạng mức độ chuyển đổi số {cap}", "THONG_TIN", "Hằng năm"},
            {"so-hoa-luu-tru", "Số hóa hồ sơ, tài liệu lưu trữ {cap}", "NOI_VU", "Thường xuyên|Hoàn thành"},
            {"lam-sach-dan-cu", "Cập nhật, làm sạch dữ liệu dân cư {db}", "CONG_AN", "Thường xuyên"},
            {
                "khao-sat-hai-long",
                "Khảo sát mức độ hài lòng của người dân về dịch vụ công trực tuyến",
                "VAN_PHONG",
                "Hằng năm"
            },
            {
                "so-tay-dvc",
                "Xây dựng, cập nhật sổ tay hướng dẫn sử dụng dịch vụ công trực tuyến cho người dân",
                "VAN_PHONG",
                "Hoàn thành"
            },
            {"thi-dua-cds", "Phát động phong trào thi đua chuyển đổi số {db}", "NOI_VU", "Hoàn thành"},
            {
                "so-ket-ke-hoach",
                "Sơ kết, đánh giá kết quả thực hiện kế hoạch chuyển đổi số",
                "THONG_TIN",
                "Tháng 12/{y}|Hằng năm"
            },
            {
                "kinh-phi-cds",
                "Bố trí kinh phí thực hiện nhiệm vụ chuyển đổi số {cap}",
                "TAI_CHINH",
                "Hằng năm|Thường xuyên"
            },
            {
                "cho-4-0",
                "Triển khai mô hình chợ 4.0, thanh toán không dùng tiền mặt tại chợ {db}",
                "CONG_THUONG",
                "Triển khai năm {y}"
            },
            {
                "giam-sat-an-ninh-mang",
                "Giám sát, phát hiện sớm nguy cơ mất an toàn thông tin mạng {cap}",
                "THONG_TIN",
                "Thường xuyên"
            }
        };
        for (var r : rows) {
            all.add(new Concept(
                    r[0],
                    r[0].equals("tuyen-truyen-cds") ? DIGITAL_SOCIETY : DIGITAL_GOVERNMENT,
                    r[1],
                    new Task(r[3].split("\\|")),
                    Office.valueOf(r[2]),
                    null));
        }
    }
}
