package org.planlineage.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Times the readers (docs/bench/reader.sh): each source of the seed, and synthetic texts far larger than any real one
 * (5,000 "Căn cứ" statements; one paragraph of 0.25 MB with no punctuation to end it; 5,000 clauses), to show that
 * the work grows with the text's length and not faster. Not a test: figures go to docs/benchmarks.md.
 */
final class ReaderBenchmark {

    private ReaderBenchmark() {}

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        for (String f : List.of("000_04b1b475b92f531c.txt", "001_cb860d839e339891.txt", "003_8b5c3a2d4cef5978.txt")) {
            String text = Texts.source(f);
            time(
                    f,
                    text.length(),
                    runs,
                    () -> DocumentReader.read(text).citations().size());
        }
        String resolution = Texts.source("1687_NQ-UBTVQH15.txt");
        time(
                "1687 (clauses)",
                resolution.length(),
                runs,
                () -> ReorganisationReader.read(resolution).clauses().size());
        String statements = statements(5000);
        time(
                "5,000 Căn cứ statements",
                statements.length(),
                runs,
                () -> DocumentReader.read(statements).citations().size());
        String paragraph = paragraph(4000);
        time(
                "one unpunctuated paragraph",
                paragraph.length(),
                runs,
                () -> DocumentReader.read(paragraph).citations().size());
        String clauses = clauses(5000);
        time(
                "5,000 clauses",
                clauses.length(),
                runs,
                () -> ReorganisationReader.read(clauses).clauses().size());
    }

    private static void time(String what, int chars, int runs, Supplier<Integer> read) {
        int count = read.get(); // warm-up
        List<Long> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            read.get();
            ms.add((System.nanoTime() - t) / 1_000_000);
        }
        Collections.sort(ms);
        System.out.printf(
                "%-28s %,9d chars  %,6d read  median %,5d ms  (%s)%n", what, chars, count, ms.get(runs / 2), ms);
    }

    private static String statements(int n) {
        StringBuilder sb = new StringBuilder("QUYẾT ĐỊNH\nVề việc thử\n\n");
        for (int i = 0; i < n; i++) {
            sb.append("Căn cứ Quyết định số ")
                    .append(i)
                    .append("/QĐ-UBND ngày 01/02/2020 của UBND tỉnh về việc thực")
                    .append(" hiện Nghị quyết số ")
                    .append(i)
                    .append("-NQ/TU;\n");
        }
        return sb.toString();
    }

    private static String paragraph(int n) {
        StringBuilder sb = new StringBuilder("QUYẾT ĐỊNH\nVề việc thử\n\nCăn cứ Luật ");
        for (int i = 0; i < n; i++) {
            sb.append("tổ chức chính quyền và Luật của địa phương thực hiện Quyết định ");
        }
        return sb.toString();
    }

    private static String clauses(int n) {
        StringBuilder sb = new StringBuilder("Điều 1. Sắp xếp\n");
        for (int i = 1; i <= n; i++) {
            sb.append(i)
                    .append(". Sắp xếp toàn bộ diện tích tự nhiên, quy mô dân số của các xã A")
                    .append(i)
                    .append(
                            ", B và một phần diện tích tự nhiên, quy mô dân số của xã C thành xã mới có tên gọi là xã D.\n");
        }
        return sb.append("Điều 2. Hiệu lực thi hành\n").toString();
    }
}
