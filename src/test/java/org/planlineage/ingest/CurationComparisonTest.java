package org.planlineage.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.planlineage.graph.Relation;
import org.planlineage.text.Folding;

/**
 * What the reader reads in the sources' preambles, against what the curators recorded by hand in
 * graph-seed/document-links.csv for the same places (rows whose locator starts with "Tiêu đề", "Căn cứ", "Theo đề
 * nghị", "Điều 1", the attached plan's title and opening, and the "Căn cứ pháp lý" lists). A curated row matches a
 * citation with the same relation, the same cited document (its key from number and year, or for the few documents
 * the curation keys by name, that name) stated by the same document, on overlapping lines. Every row must match or
 * be a known difference below, and so must every citation read: each difference is explained where it is listed.
 * The headers read are the documents graph-seed/documents.csv records, and the dates read are the dates it records.
 */
class CurationComparisonTest {

    private static final Map<String, String> SOURCES = Map.of(
            "3100-qd-ubnd-2023", "000_04b1b475b92f531c.txt",
            "206-qd-ubnd-2024", "003_8b5c3a2d4cef5978.txt",
            "kh-vpubnd-2025-cds-2026", "001_cb860d839e339891.txt");

    private static final List<String> PREAMBLE_LOCATORS = List.of(
            "Tiêu đề",
            "Căn cứ",
            "Theo đề nghị",
            "Xét đề nghị",
            "Điều 1",
            "Kế hoạch hành động, tiêu đề",
            "Kế hoạch hành động, đoạn mở đầu",
            "Phần I, I. Căn cứ pháp lý",
            "Phần II, I. Căn cứ pháp lý",
            "Phần III, I. Căn cứ pháp lý",
            "Phần II, I. Căn cứ lập kế hoạch");

    /**
     * Documents the curation keys by name: the folded name and year the reader reads, and the curated key. Luật Công
     * nghệ thông tin of 2006 is cited by name in 206/QĐ-UBND; the curation identified it with 67/2006/QH11, saying so
     * in its doubt column.
     */
    private static final Map<String, String> NAMED = Map.of(
            "luat to chuc chinh quyen dia phuong|2015", "luat-to-chuc-chinh-quyen-dia-phuong-2015",
            "luat sua doi, bo sung mot so dieu cua luat to chuc chinh phu va luat to chuc chinh quyen dia phuong|2019",
                    "luat-sua-doi-luat-to-chuc-chinh-phu-va-luat-to-chuc-chinh-quyen-dia-phuong-2019",
            "luat cong nghe thong tin|2006", "67-2006-qh11",
            "luat quan ly, su dung tai san cong|null", "luat-quan-ly-su-dung-tai-san-cong",
            "ke hoach hanh dong|null", "kh-hanh-dong-ban-thuong-vu-tinh-uy-thuc-hien-57-nq-tw",
            "hien phap nuoc cong hoa xa hoi chu nghia viet nam|null",
                    "hien-phap-nuoc-cong-hoa-xa-hoi-chu-nghia-viet-nam");

    /** Curated rows the reader does not read, as "from RELATION to @ locator", each with why. */
    private static final Map<String, String> CURATED_ONLY = Map.of(
            "618-qd-ubnd-2022 IMPLEMENTS 146-qd-ttg-2022 @ Căn cứ, dòng 9 (trích yếu của 618/QĐ-UBND)",
            "the text names the Đề án “Nâng cao nhận thức, ...” without a number; the curators took it to be"
                    + " the one 146/QĐ-TTg approved. The reader reads an IMPLEMENTS of the Đề án by its name.",
            "618-qd-ubnd-2022 IMPLEMENTS 146-qd-ttg-2022 @ Phần II, I. Căn cứ lập kế hoạch, mục 4 (trích yếu của"
                    + " 618/QĐ-UBND)",
            "as above, in the plan's own list",
            "85-2025-nd-cp IMPLEMENTS 58-2024-qh15 @ Phần III, I. Căn cứ pháp lý, gạch đầu dòng 16 (trích yếu của"
                    + " 85/2025/NĐ-CP)",
            "the title says \"quy định chi tiết thi hành một số điều của Luật Đầu tư công\": a law named"
                    + " without number, and no \"thực hiện\"; the curators linked it to the Luật Đầu tư công of"
                    + " the same list. The reader does not read unnumbered laws inside a title.");

    /** Citations the reader reads that the curation does not record, as "from RELATION to @ locator", with why. */
    private static final Map<String, String> READ_ONLY = Map.of(
            "3100-qd-ubnd-2023 ISSUES Kế hoạch hành động … @ Điều 1",
            "the attached plan has no number: the curation keeps it as the decision itself"
                    + " (docs/decisions.md), so it records no ISSUES link",
            "206-qd-ubnd-2024 ISSUES Kế hoạch Chuyển đổi số năm 2024 @ Điều 1",
            "as above",
            "618-qd-ubnd-2022 IMPLEMENTS Đề án … @ Căn cứ, dòng 9 (trích yếu của 618/QĐ-UBND)",
            "the counterpart of the curated 618 → 146/QĐ-TTg row (see CURATED_ONLY): the Đề án by its name",
            "618-qd-ubnd-2022 IMPLEMENTS Đề án … @ Phần II, I. CĂN CỨ LẬP KẾ HOẠCH, mục 4 (trích yếu của 618/QĐ-UBND)",
            "as above");

    @Test
    void everyCuratedPreambleLinkIsReadOrAKnownDifference() throws IOException {
        List<String> unmatched = new ArrayList<>();
        int compared = 0;
        for (CSVRecord row : curated()) {
            compared++;
            String key = row.get("from") + " " + row.get("relation") + " " + row.get("to") + " @ " + row.get("locator");
            boolean read = reading(row.get("source")).stream().anyMatch(r -> r.matches(row));
            if (!read && !CURATED_ONLY.containsKey(key)) {
                unmatched.add(key + " (document-links.csv line " + row.getRecordNumber() + ")");
            }
            if (read) {
                assertThat(CURATED_ONLY)
                        .as("listed as a difference but read: %s", key)
                        .doesNotContainKey(key);
            }
        }
        assertThat(unmatched).isEmpty();
        assertThat(compared).isEqualTo(135);
    }

    @Test
    void everyCitationReadInThePreamblesIsCuratedOrAKnownDifference() throws IOException {
        List<CSVRecord> rows = curated();
        List<String> unmatched = new ArrayList<>();
        int read = 0;
        for (String source : SOURCES.keySet()) {
            for (Row r : reading(source)) {
                read++;
                boolean curated = rows.stream().anyMatch(r::matches);
                if (!curated && !READ_ONLY.containsKey(r.label())) {
                    unmatched.add(r.label() + " (lines " + r.citation().lines() + ")");
                }
                if (curated) {
                    assertThat(READ_ONLY)
                            .as("listed as a difference but curated: %s", r.label())
                            .doesNotContainKey(r.label());
                }
            }
        }
        assertThat(unmatched).isEmpty();
        assertThat(read).isEqualTo(23 + 24 + 89);
    }

    @Test
    void theHeadersReadAreTheDocumentsCurated() throws IOException {
        for (CSVRecord doc : csv("documents.csv")) {
            if (!SOURCES.containsKey(doc.get("key"))) {
                continue;
            }
            Header h = DocumentReader.read(Texts.source(SOURCES.get(doc.get("key"))))
                    .header();
            String key = doc.get("key");
            assertThat(String.valueOf(h.number().value())).as(key).isEqualTo(orNull(doc.get("number")));
            assertThat(h.type().value().name()).as(key).isEqualTo(doc.get("type"));
            assertThat(String.valueOf(h.issuedOn().value())).as(key).isEqualTo(orNull(doc.get("issued_on")));
            assertThat(h.issuedOnRaw()).as(key).isEqualTo(doc.get("issued_on_raw"));
            assertThat(h.title().value()).as(key).isEqualTo(doc.get("title"));
        }
    }

    @Test
    void everyDateReadForACuratedDocumentIsTheDateCurated() throws IOException {
        Map<String, String> curatedDates = new java.util.HashMap<>();
        csv("documents.csv").forEach(d -> curatedDates.put(d.get("key"), d.get("issued_on")));
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (String source : SOURCES.keySet()) {
            for (Row r : reading(source)) {
                String to = r.to();
                if (to == null || r.citation().issuedOn() == null || !curatedDates.containsKey(to)) {
                    continue;
                }
                compared++;
                if (!curatedDates.get(to).equals(r.citation().issuedOn().toString())) {
                    disagreements.add(to + ": read " + r.citation().issuedOn() + " at "
                            + r.citation().lines() + ", curated " + curatedDates.get(to));
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(compared).isGreaterThan(100);
    }

    private static String orNull(String cell) {
        return cell.isEmpty() ? "null" : cell;
    }

    @Test
    void resolution1687sCitationsAreTheCuratedLinksOneForOne() throws IOException {
        String self = "1687-nq-ubtvqh15-2025";
        List<CSVRecord> rows =
                all().stream().filter(r -> r.get("source").equals(self)).toList();
        ReadDocument d = DocumentReader.read(Texts.source("1687_NQ-UBTVQH15.txt"));
        List<Row> readings =
                d.citations().stream().map(c -> new Row(self, d, c)).toList();
        for (CSVRecord row : rows) {
            assertThat(readings).as("curated %s", row).anyMatch(r -> r.matches(row));
        }
        for (Row r : readings) {
            assertThat(rows).as("read %s", r.label()).anyMatch(r::matches);
        }
        assertThat(rows).hasSize(8);
        assertThat(readings).hasSize(8);
    }

    @Test
    void resolution1687sHeaderAndCitedDatesAreTheCuratedOnes() throws IOException {
        Map<String, CSVRecord> docs = new java.util.HashMap<>();
        csv("documents.csv").forEach(r -> docs.put(r.get("key"), r));
        ReadDocument d = DocumentReader.read(Texts.source("1687_NQ-UBTVQH15.txt"));
        CSVRecord own = docs.get("1687-nq-ubtvqh15-2025");
        Header h = d.header();
        assertThat(h.number().value()).isEqualTo(own.get("number"));
        assertThat(h.type().value().name()).isEqualTo(own.get("type")).isEqualTo("LEGISLATIVE_RESOLUTION");
        assertThat(h.issuedOn().value()).hasToString(own.get("issued_on"));
        assertThat(h.issuedOnRaw()).isEqualTo(own.get("issued_on_raw"));
        assertThat(h.title().value()).isEqualTo(own.get("title"));
        for (Citation c : d.citations()) {
            CSVRecord cited = docs.get(new Row("1687-nq-ubtvqh15-2025", d, c).toKey());
            assertThat(cited).as("%s is in documents.csv", c.quote()).isNotNull();
            assertThat(cited.get("issued_on"))
                    .as(cited.get("key"))
                    .isEqualTo(c.issuedOn() == null ? "" : c.issuedOn().toString());
            if (c.number() != null) {
                assertThat(cited.get("number")).isEqualTo(c.number());
            }
            if (c.type() != null) {
                assertThat(cited.get("type"))
                        .as(cited.get("key"))
                        .isEqualTo(c.type().name());
            }
        }
    }

    /** One citation read in a source, with the keys the curation would give its two ends. */
    private record Row(String self, ReadDocument document, Citation citation) {

        String to() {
            return key(citation);
        }

        /** The key the curation gives the cited document: {@link #to()}, or for a number without a year its slug. */
        String toKey() {
            String to = to();
            return to != null ? to : DocumentKeys.of(citation.number(), 0).replaceAll("-0$", "");
        }

        String from() {
            if (citation.parent() == null) {
                return self;
            }
            Citation parent = document.citations().get(citation.parent());
            boolean attachedPlan = parent.relation() == Relation.ISSUES && parent.number() == null;
            return attachedPlan ? self : key(parent);
        }

        boolean matches(CSVRecord row) {
            return row.get("source").equals(self)
                    && row.get("from").equals(from())
                    && toMatches(row.get("to"))
                    && row.get("relation").equals(citation.relation().name())
                    && LineRange.parse(row.get("lines")).overlaps(citation.lines());
        }

        /**
         * The curated key of the cited document equals the one the reader's words give; a number cited without a
         * date ("thực hiện Nghị quyết số 57-NQ/TW") has no year of its own, and matches the key it begins.
         */
        boolean toMatches(String curated) {
            String to = to();
            if (to != null) {
                return curated.equals(to);
            }
            String prefix = DocumentKeys.of(citation.number(), 0);
            // a key with a year ("57-nq-tw-2024"), or without one when no source dates it ("336-ttr-cp")
            return prefix != null
                    && (curated.startsWith(prefix.substring(0, prefix.length() - 1))
                            || curated.equals(prefix.substring(0, prefix.length() - 2)));
        }

        String label() {
            String to = to();
            if (to == null && citation.number() != null) {
                to = citation.number();
            } else if (to == null) {
                to = citation.name().length() <= 60 ? citation.name() : citation.typeWords() + " …";
            }
            return from() + " " + citation.relation() + " " + to + " @ " + citation.locator();
        }

        private static String key(Citation c) {
            String key = c.proposedKey();
            if (key != null || c.name() == null) {
                return key;
            }
            return NAMED.get(Folding.fold(c.name()) + "|" + c.year());
        }
    }

    private static final Map<String, List<Row>> READINGS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<Row> reading(String source) {
        return READINGS.computeIfAbsent(source, s -> {
            ReadDocument d = DocumentReader.read(Texts.source(SOURCES.get(s)));
            return d.citations().stream().map(c -> new Row(s, d, c)).toList();
        });
    }

    private static List<CSVRecord> curated() throws IOException {
        return all().stream()
                .filter(r ->
                        SOURCES.containsKey(r.get("source")) && r.get("file").isEmpty())
                .filter(r -> PREAMBLE_LOCATORS.stream().anyMatch(r.get("locator")::startsWith))
                .toList();
    }

    private static List<CSVRecord> all() throws IOException {
        return csv("document-links.csv");
    }

    private static List<CSVRecord> csv(String file) throws IOException {
        Path csv = Path.of(System.getProperty("planlineage.seed", "graph-seed"), file);
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        }
    }
}
