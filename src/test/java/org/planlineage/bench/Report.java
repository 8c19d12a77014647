package org.planlineage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** What a run measured, printed as the Markdown tables that docs/benchmarks.md quotes. */
final class Report {

    private record Row(Workload workload, int clients, List<Load.Stats> api, List<Load.Stats> raw) {}

    private record Cpu(Workload workload, int clients, double api, double raw) {}

    private final String label;
    private final Path jar;
    private final String jvm;
    private final String app;
    private final String loadBefore = loadAverage();
    private final Instant began = Instant.now();
    private long startupMillis;
    private long rssStarted;
    private long rssAtRest;
    private long rssPeak;
    private long storeMiB;
    private final Map<Workload, String> same = new LinkedHashMap<>();
    private final Map<Workload, Double> statements = new LinkedHashMap<>();
    private final Map<Workload, Long> warmErrors = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<Cpu> cpu = new ArrayList<>();

    Report(String label, Path jar, String jvm, String app) {
        this.label = label;
        this.jar = jar;
        this.jvm = jvm;
        this.app = app;
    }

    void started(long millis, long rss, long store) {
        startupMillis = millis;
        rssStarted = rss;
        storeMiB = store;
    }

    void same(Workload w, String verdict) {
        same.put(w, verdict);
    }

    void statements(Workload w, double perRequest) {
        statements.put(w, perRequest);
    }

    void warmErrors(Workload w, long errors) {
        warmErrors.put(w, errors);
    }

    void atRest(long rss) {
        rssAtRest = rss;
    }

    void underLoad(long rss) {
        rssPeak = rss;
    }

    void measured(Workload w, int clients, List<Load.Stats> api, List<Load.Stats> raw) {
        rows.add(new Row(w, clients, api, raw));
    }

    /** The service's CPU time per request (all its threads, ms), medians of the rounds, API and raw side. */
    void cpu(Workload w, int clients, double api, double raw) {
        cpu.add(new Cpu(w, clients, api, raw));
    }

    /**
     * What makes a smoke run fail: an answer that differs between the API and Cypher or that errs, and any error in
     * the warm-up or under load. Empty when the run is sound; nothing here is about time.
     */
    List<String> failures() {
        var out = new ArrayList<String>();
        same.forEach((w, verdict) -> {
            if (!verdict.startsWith("same")) {
                out.add(w.name() + ": " + verdict);
            }
        });
        warmErrors.forEach((w, errors) -> {
            if (errors > 0) {
                out.add(w.name() + ": " + errors + " failed requests in the warm-up");
            }
        });
        for (Row r : rows) {
            long api = r.api().stream().mapToLong(Load.Stats::errors).sum();
            long raw = r.raw().stream().mapToLong(Load.Stats::errors).sum();
            if (api + raw > 0) {
                out.add("%s, %d clients: %d failed API requests, %d failed Cypher requests under load"
                        .formatted(r.workload().name(), r.clients(), api, raw));
            }
        }
        return out;
    }

    String markdown() {
        var out = new StringBuilder();
        out.append("## Benchmark run ")
                .append(label.isBlank() ? "" : label + " ")
                .append(began)
                .append("\n\n");
        out.append("- jar: `")
                .append(jar.getFileName())
                .append("`, JVM options: `")
                .append(jvm.isBlank() ? "(none)" : jvm)
                .append("`, service arguments: `")
                .append(app.isBlank() ? "(none)" : app)
                .append("`\n");
        out.append("- load average before: ")
                .append(loadBefore)
                .append("; after: ")
                .append(loadAverage())
                .append('\n');
        out.append("- start to first answered query: %.1f s; store on disk %d MiB%n"
                .formatted(startupMillis / 1000.0, storeMiB));
        out.append(
                "- resident memory (RSS) of the service: %d MiB after start, %d MiB at rest after the warm-up, %d MiB at the peak under load%n%n"
                        .formatted(rssStarted, rssAtRest, rssPeak));
        out.append("| workload | API = raw answer | statements per API request | warm-up errors |\n");
        out.append("|---|---|---|---|\n");
        same.forEach((w, verdict) -> out.append("| %s (%s) | %s | %s | %d |%n"
                .formatted(
                        w.name(),
                        w.title(),
                        verdict,
                        statements.get(w).isNaN() ? "n/a" : "%.1f".formatted(statements.get(w)),
                        warmErrors.get(w))));
        out.append(
                "\nMedians of the rounds; latencies in ms; ratio = API / raw for latency, API / raw for throughput.\n\n");
        out.append("| workload | clients | API p50 | raw p50 | p50 ratio | API p95 | API p99 | raw p95 | raw p99 "
                + "| API req/s | raw req/s | req/s ratio | errors API/raw |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            double apiP50 = median(r.api(), Load.Stats::p50);
            double rawP50 = median(r.raw(), Load.Stats::p50);
            double apiTput = median(r.api(), Load.Stats::throughput);
            double rawTput = median(r.raw(), Load.Stats::throughput);
            out.append("| %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.0f | %.0f | %.2f | %d/%d |%n"
                    .formatted(
                            r.workload().name(),
                            r.clients(),
                            apiP50,
                            rawP50,
                            apiP50 / rawP50,
                            median(r.api(), Load.Stats::p95),
                            median(r.api(), Load.Stats::p99),
                            median(r.raw(), Load.Stats::p95),
                            median(r.raw(), Load.Stats::p99),
                            apiTput,
                            rawTput,
                            apiTput / rawTput,
                            r.api().stream().mapToLong(Load.Stats::errors).sum(),
                            r.raw().stream().mapToLong(Load.Stats::errors).sum()));
        }
        if (!cpu.isEmpty()) {
            out.append(
                    "\nThe service's CPU time per request (all its threads, the raw side's Bolt server included; less"
                            + " sensitive to a busy machine than latency), ms, medians of the rounds:\n\n");
            out.append(
                    "| workload | clients | API CPU ms/request | raw CPU ms/request | ratio |\n|---|---|---|---|---|\n");
            for (Cpu c : cpu) {
                out.append("| %s | %d | %.3f | %.3f | %.2f |%n"
                        .formatted(c.workload().name(), c.clients(), c.api(), c.raw(), c.api() / c.raw()));
            }
        }
        return out.toString();
    }

    private static double median(List<Load.Stats> stats, ToDoubleFunction<Load.Stats> figure) {
        return Load.median(stats.stream().map(figure::applyAsDouble).toList());
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }
}
