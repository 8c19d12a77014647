package org.planlineage.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.graphdb.GraphDatabaseService;
import org.planlineage.PlanLineageApplication;
import org.springframework.boot.SpringApplication;

/**
 * CPU time per request, a measure far less sensitive than latency to a loaded machine: starts the service in this
 * JVM on a store (as {@link Profiles} does), sends each workload's GraphQL request one at a time over HTTP, and runs
 * its hand-written Cypher through the embedded database's own API (no Bolt), in three alternating rounds after half as
 * many warm-up requests of each; prints the process's CPU time per request of each side ({@code
 * OperatingSystemMXBean.getProcessCpuTime}: every thread of the JVM, the HTTP client's and the JIT's included), and
 * the bytes allocated per request: by the service's request threads ({@code http-nio-*}) for the API, by the calling
 * thread for the raw statement (neither depends on the machine's load).
 *
 * <p>{@code java -cp ... org.planlineage.bench.CpuPerRequest --store DIR [--only lineage-down,lineage-up] [--requests
 * N]} (measured requests per side: by default 150 for lineage-down, 600 for the others) and any key option of
 * {@link Bench}. Prints a Markdown row per workload: name, requests, API and raw CPU per request, ratio, API and raw allocation per
 * request. See
 * docs/benchmarks.md.
 */
public final class CpuPerRequest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private CpuPerRequest() {}

    /** Bytes allocated so far by the service's request threads ({@code http-nio-*}), those alive now. */
    private static long requestThreadsAllocated() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("http-nio-"))
                .mapToLong(t -> THREADS.getThreadAllocatedBytes(t.getId()))
                .sum();
    }

    public static void main(String[] args) throws Exception {
        var o = new HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (!o.containsKey("store")) {
            throw new IllegalArgumentException("--store DIR (a store, or an empty directory to seed) is required");
        }
        List<String> only = o.containsKey("only") ? List.of(o.get("only").split(",")) : List.of();
        var cpu = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var app = new SpringApplication(PlanLineageApplication.class);
        try (var context = app.run(
                "--server.port=0",
                "--app.neo4j.embedded.data-dir=" + Path.of(o.get("store")).toAbsolutePath(),
                "--logging.level.root=WARN",
                "--app.graphql.timeout=60s")) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            var database = context.getBean(GraphDatabaseService.class);
            var http = HttpClient.newHttpClient();
            for (Workload w : Workloads.all(Workloads.Keys.of(o))) {
                if (!only.isEmpty() && !only.contains(w.name())) {
                    continue;
                }
                // the wide DOWN lineage takes about ten times as long as the others
                int requests =
                        Integer.parseInt(o.getOrDefault("requests", w.name().equals("lineage-down") ? "150" : "600"));
                var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                JSON.writeValueAsString(Map.of("query", w.graphql(), "variables", w.variables()))))
                        .build();
                Runnable api = () -> {
                    try {
                        String body = http.send(request, HttpResponse.BodyHandlers.ofString())
                                .body();
                        if (body.contains("\"errors\"")) {
                            throw new IllegalStateException(body.substring(0, Math.min(400, body.length())));
                        }
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                };
                Runnable raw = () -> {
                    try (var tx = database.beginTx();
                            var result = tx.execute(w.cypher(), w.parameters())) {
                        result.accept(row -> true);
                        tx.commit();
                    }
                };
                for (int i = 0; i < requests / 2; i++) {
                    api.run();
                    raw.run();
                }
                long apiNanos = 0;
                long rawNanos = 0;
                long apiBytes = 0;
                long rawBytes = 0;
                for (int round = 0; round < 3; round++) {
                    long t0 = cpu.getProcessCpuTime();
                    long a0 = requestThreadsAllocated();
                    for (int i = 0; i < requests / 3; i++) {
                        api.run();
                    }
                    long t1 = cpu.getProcessCpuTime();
                    apiBytes += requestThreadsAllocated() - a0;
                    long r0 = THREADS.getCurrentThreadAllocatedBytes();
                    for (int i = 0; i < requests / 3; i++) {
                        raw.run();
                    }
                    rawBytes += THREADS.getCurrentThreadAllocatedBytes() - r0;
                    apiNanos += t1 - t0;
                    rawNanos += cpu.getProcessCpuTime() - t1;
                }
                int measured = requests / 3 * 3;
                double apiMs = apiNanos / 1e6 / measured;
                double rawMs = rawNanos / 1e6 / measured;
                System.out.printf(
                        "| %s | %d | %.2f ms | %.2f ms | %.2f | %.0f KB | %.0f KB |%n",
                        w.name(),
                        measured,
                        apiMs,
                        rawMs,
                        apiMs / rawMs,
                        apiBytes / 1024.0 / measured,
                        rawBytes / 1024.0 / measured);
            }
        }
    }
}
