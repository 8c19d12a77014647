package org.planlineage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;

/**
 * The benchmark runner: starts the packaged service, checks that the API and the hand-written Cypher give the same
 * answer for each workload, counts the API's statements per request, warms both up, then measures each workload at
 * each number of clients in rounds that alternate API and raw Cypher, and prints the medians of the rounds.
 *
 * <p>Options ({@code -Dbench.args="..."} with {@code mvn -Pbench -DskipTests verify}): {@code --clients 1,8,32},
 * {@code --rounds 3}, {@code --seconds 5}, {@code --warmup 300}, {@code --only lineage-up,search} (names: lineage-up,
 * lineage-down, compare, compare-area, search, items-100, floor), {@code --jar},
 * {@code --store DIR} (an existing store; by default a fresh one that the service seeds), {@code --jvm "-Xmx1g ..."}
 * (JVM options of the service), {@code --app "--app.neo4j.embedded.reads=BOLT"} (its arguments), {@code --preset seed}
 * or {@code national} (the starting points of the seed or of the national graph, docs/bench/national-load.sh), and
 * any of them instead: {@code --up KEY}, {@code --down KEY}, {@code --indicator KEY}, {@code --search TEXT},
 * {@code --items DOCUMENT-KEY}, {@code --within AGENCY-KEY} (adds the comparison across that unit's area),
 * {@code --label TEXT} (a name for the run in the report), {@code --jfr FILE} (flight recordings of the service during
 * each workload's measured loads, {@code FILE-<workload>.jfr}, for docs/bench/jfr-layers.py), {@code --smoke} (a check
 * that the runner works, asserting nothing about time: short defaults, {@code --clients 1 --rounds 1 --seconds 1
 * --warmup 5}, and exit status 1 when an answer differs between the API and Cypher or any request errs; Maven profile
 * {@code bench-smoke}).
 */
public final class Bench {

    static final String PASSWORD = "bench-" + Long.toHexString(System.nanoTime());
    private static final ObjectMapper JSON = new ObjectMapper();

    private Bench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        boolean smoke = o.containsKey("smoke");
        List<Integer> clients = Arrays.stream(
                        o.getOrDefault("clients", smoke ? "1" : "1,8,32").split(","))
                .map(String::strip)
                .map(Integer::valueOf)
                .toList();
        int rounds = Integer.parseInt(o.getOrDefault("rounds", smoke ? "1" : "3"));
        long millis = (long) (Double.parseDouble(o.getOrDefault("seconds", smoke ? "1" : "5")) * 1000);
        int warmup = Integer.parseInt(o.getOrDefault("warmup", smoke ? "5" : "300"));
        var keys = Workloads.Keys.of(o);
        List<String> only = o.containsKey("only") ? List.of(o.get("only").split(",")) : List.of();
        List<Workload> workloads = Workloads.all(keys).stream()
                .filter(w -> only.isEmpty() || only.contains(w.name()))
                .toList();
        Path jar = o.containsKey("jar") ? Path.of(o.get("jar")) : packagedJar();
        Path store = o.containsKey("store") ? Path.of(o.get("store")) : null;

        var report = new Report(o.getOrDefault("label", ""), jar, o.getOrDefault("jvm", ""), o.getOrDefault("app", ""));
        String probe = body(workloads.get(0));
        try (var service = new Service(jar, store, words(o.get("jvm")), words(o.get("app")), probe);
                Driver driver = GraphDatabase.driver(
                        "bolt://localhost:" + service.boltPort, AuthTokens.basic("neo4j", PASSWORD))) {
            report.started(service.startupMillis, service.rssMiB(), service.storeMiB());
            var requests = new LinkedHashMap<Workload, Load.Request[]>();
            for (Workload w : workloads) {
                String body = body(w);
                Load.Request api = () -> {
                    String answer = service.post(body);
                    if (!answer.startsWith("{\"data\"") || answer.contains("\"errors\"")) {
                        throw new IllegalStateException(
                                w.name() + ": " + answer.substring(0, Math.min(300, answer.length())));
                    }
                };
                Load.Request raw = () -> {
                    try (var session = driver.session(SessionConfig.forDatabase("neo4j"))) {
                        if (session.executeRead(
                                        tx -> tx.run(w.cypher(), w.parameters()).list())
                                .isEmpty()) {
                            throw new IllegalStateException("no rows");
                        }
                    }
                };
                requests.put(w, new Load.Request[] {api, raw});
                report.same(w, sameAnswer(w, service, driver, body));
                report.statements(w, statementsPerRequest(service, api));
                report.warmErrors(w, Load.warm(api, warmup) + Load.warm(raw, warmup));
            }
            report.atRest(service.rssMiB());
            if (o.containsKey("jfr")) {
                // the service writes the recordings; it cannot make their directory (JFR.stop fails without it)
                Files.createDirectories(Path.of(o.get("jfr")).toAbsolutePath().getParent());
            }
            var peak = new AtomicLong();
            for (var entry : requests.entrySet()) {
                if (o.containsKey("jfr")) {
                    // CPU samples of this workload's measured loads only, not of the start or the warm-up
                    service.jcmd("JFR.start", "name=bench", "settings=profile");
                }
                for (int c : clients) {
                    var api = new ArrayList<Load.Stats>();
                    var raw = new ArrayList<Load.Stats>();
                    var apiCpu = new ArrayList<Double>();
                    var rawCpu = new ArrayList<Double>();
                    for (int r = 0; r < rounds; r++) {
                        // alternate which side goes first, so that drift of the machine hits both alike
                        boolean apiFirst = r % 2 == 0;
                        Load.Request first = entry.getValue()[apiFirst ? 0 : 1];
                        Load.Request second = entry.getValue()[apiFirst ? 1 : 0];
                        long cpu = service.cpuNanos();
                        Load.Stats a = Load.run(first, c, millis, service::rssMiB, peak);
                        long cpuA = service.cpuNanos() - cpu;
                        Load.Stats b = Load.run(second, c, millis, service::rssMiB, peak);
                        long cpuB = service.cpuNanos() - cpu - cpuA;
                        (apiFirst ? api : raw).add(a);
                        (apiFirst ? raw : api).add(b);
                        (apiFirst ? apiCpu : rawCpu).add(cpuA / 1e6 / Math.max(1, a.requests()));
                        (apiFirst ? rawCpu : apiCpu).add(cpuB / 1e6 / Math.max(1, b.requests()));
                    }
                    report.measured(entry.getKey(), c, api, raw);
                    report.cpu(entry.getKey(), c, Load.median(apiCpu), Load.median(rawCpu));
                    System.err.printf("%s, %d clients: done%n", entry.getKey().name(), c);
                }
                if (o.containsKey("jfr")) {
                    service.jcmd("JFR.stop", "name=bench", "filename=" + jfrFile(o.get("jfr"), entry.getKey()));
                }
            }
            report.underLoad(peak.get());
        }
        String text = report.markdown();
        System.out.println(text);
        Path out =
                Path.of("target", "bench", "bench-" + Instant.now().toString().replace(':', '-') + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        System.err.println("Written to " + out);
        if (smoke) {
            List<String> failures = report.failures();
            if (!failures.isEmpty()) {
                System.err.println("Smoke run FAILED:");
                failures.forEach(f -> System.err.println("  " + f));
                System.exit(1);
            }
            System.err.println("Smoke run passed: each workload answered the same through the API and Cypher, "
                    + "and no request erred");
        }
    }

    /** Checks, before timing, that both sides answer the same; a difference is printed and reported. */
    private static String sameAnswer(Workload w, Service service, Driver driver, String body) throws Exception {
        JsonNode answer = JSON.readTree(service.post(body));
        if (answer.has("errors")) {
            String errors = answer.get("errors").toString();
            return "API error: " + errors.substring(0, Math.min(200, errors.length())) + "…";
        }
        List<String> fromApi = w.fromApi().apply(answer.path("data"));
        List<String> fromRaw;
        try (var session = driver.session(SessionConfig.forDatabase("neo4j"))) {
            fromRaw = w.fromRaw()
                    .apply(session.executeRead(
                            tx -> tx.run(w.cypher(), w.parameters()).list()));
        }
        if (fromApi.equals(fromRaw)) {
            return "same (" + fromApi.size() + " lines)";
        }
        var onlyApi = new ArrayList<>(fromApi);
        onlyApi.removeAll(fromRaw);
        var onlyRaw = new ArrayList<>(fromRaw);
        onlyRaw.removeAll(fromApi);
        System.err.printf(
                "%s: answers differ%n  API only: %s%n  raw only: %s%n",
                w.name(),
                onlyApi.subList(0, Math.min(10, onlyApi.size())),
                onlyRaw.subList(0, Math.min(10, onlyRaw.size())));
        return "DIFFERENT (" + fromApi.size() + " API lines, " + fromRaw.size() + " raw lines)";
    }

    /** Statements the API runs per request of this workload, over 20 requests from one client. */
    private static double statementsPerRequest(Service service, Load.Request api) throws Exception {
        double before = service.statements();
        for (int i = 0; i < 20; i++) {
            api.send();
        }
        return (service.statements() - before) / 20;
    }

    /** One recording per workload: {@code FILE} {@code bench.jfr} gives {@code bench-lineage-up.jfr} and so on. */
    private static Path jfrFile(String base, Workload w) {
        String name = Path.of(base).getFileName().toString().replaceFirst("\\.jfr$", "");
        return Path.of(base).toAbsolutePath().resolveSibling(name + "-" + w.name() + ".jfr");
    }

    private static String body(Workload w) throws Exception {
        return JSON.writeValueAsString(Map.of("query", w.graphql(), "variables", w.variables()));
    }

    private static Path packagedJar() throws Exception {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("plan-lineage-.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No target/plan-lineage-*.jar: run mvn package"));
        }
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\\s+"));
    }

    /** {@code --name value} pairs, and the flag {@code --smoke}. */
    static Map<String, String> options(String[] args) {
        var result = new HashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--smoke")) {
                result.put("smoke", "true");
                continue;
            }
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Options are --name value pairs; got " + Arrays.toString(args));
            }
            result.put(args[i].substring(2), args[++i]);
        }
        return result;
    }
}
