package org.planlineage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The service under measurement: the packaged jar started with {@code java -jar} on an embedded store, its Bolt
 * connector on a known port for the raw side, its statement counter exposed; its resident memory read from /proc.
 */
final class Service implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final int httpPort = freePort();
    final int boltPort = freePort();
    final Path store;
    final long startupMillis;
    private final Process process;
    private final boolean temporaryStore;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Service(Path jar, Path store, List<String> jvmArgs, List<String> appArgs, String probeQuery) throws Exception {
        this.temporaryStore = store == null;
        this.store = store != null ? store : Files.createTempDirectory(Path.of("target"), "bench-store-");
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--server.port=" + httpPort,
                "--app.neo4j.embedded.data-dir=" + this.store,
                "--app.neo4j.embedded.bolt-port=" + boltPort,
                "--app.neo4j.embedded.password=" + Bench.PASSWORD,
                "--management.endpoints.web.exposure.include=health,metrics",
                "--logging.level.root=WARN"));
        command.addAll(appArgs);
        Path log = Path.of("target", "bench-service.log");
        long start = System.nanoTime();
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        while (!answers(probeQuery)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The service stopped during start-up; see " + log);
            }
            Thread.sleep(100);
        }
        startupMillis = (System.nanoTime() - start) / 1_000_000;
    }

    private boolean answers(String query) {
        try {
            String body = post(query);
            return body.contains("\"data\"") && !body.contains("\"errors\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    HttpClient http() {
        return http;
    }

    URI graphql() {
        return URI.create("http://localhost:" + httpPort + "/graphql");
    }

    /** POSTs a GraphQL request body and answers the response body. */
    String post(String body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(graphql())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Statements the service has run so far (meter {@code graph.reads.statements}). */
    double statements() throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + httpPort + "/actuator/metrics/graph.reads.statements"))
                .build();
        JsonNode meter = JSON.readTree(
                http.send(request, HttpResponse.BodyHandlers.ofString()).body());
        return meter.path("measurements").path(0).path("value").asDouble(Double.NaN);
    }

    /** Resident memory of the service's process, in MiB. */
    long rssMiB() {
        try (Stream<String> lines = Files.lines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:"))
                            .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                            .findFirst()
                            .orElse(0)
                    / 1024;
        } catch (IOException e) {
            return 0;
        }
    }

    /** CPU time the service's process has used so far, all its threads, in nanoseconds (0 when unknown). */
    long cpuNanos() {
        return process.info()
                .totalCpuDuration()
                .map(java.time.Duration::toNanos)
                .orElse(0L);
    }

    /** Size of the store on disk, in MiB. */
    long storeMiB() {
        try (Stream<Path> files = Files.walk(store)) {
            return files.filter(Files::isRegularFile)
                            .mapToLong(f -> f.toFile().length())
                            .sum()
                    / (1024 * 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code jcmd} on the service (a flight recording started or dumped), waiting for it to answer. */
    void jcmd(String... command) throws Exception {
        var args = new ArrayList<String>();
        args.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        args.add(String.valueOf(process.pid()));
        args.addAll(List.of(command));
        new ProcessBuilder(args).inheritIO().start().waitFor();
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        process.waitFor();
        if (temporaryStore) {
            try (Stream<Path> files = Files.walk(store)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            }
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
