import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded load on the service, from this machine only: CLIENTS clients each send the mix of queries below one
 * after another, until SECONDS have passed or MAX requests were sent, whichever comes first. Prints p50, p99 and
 * max latency, and how many answers were data, shed ("try again"), stopped at the deadline, or other errors.
 * Usage: java docs/bench/LoadClient.java URL CLIENTS SECONDS MAX
 */
public class LoadClient {

    /** The mix of issue 13's measurement: lineages (up, down, with paths), search, compare, and a cheap lookup. */
    static final List<String> MIX = List.of(
            "{ lineage(from: \\\"3100-qd-ubnd-2023:12\\\", direction: UP) { nodes { degree node { id } } edges { from to relation } paths { steps { node { id } } } } }",
            "{ lineage(from: \\\"742-qd-ubnd-2023\\\", direction: DOWN) { nodes { degree node { id } } edges { from to relation } } }",
            "{ lineage(from: \\\"742-qd-ubnd-2023\\\", direction: DOWN) { nodes { degree node { id } } paths { steps { relation node { id } } } } }",
            "{ search(text: \\\"ty le ho so cong viec tai phuong\\\", first: 20) { score node { id } snippet } }",
            "{ compare(indicator: \\\"ty-le-cbccvc-pho-cap-ky-nang-so-co-ban\\\") { pairs { year verdict } } }",
            "{ planItem(key: \\\"3100-qd-ubnd-2023:12\\\") { text targets { raw } } }");

    record Outcome(long micros, String kind, int query) {}

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        if (!uri.getHost().equals("localhost") && !uri.getHost().startsWith("127.")) {
            throw new IllegalArgumentException("loopback only: " + uri);
        }
        int clients = Integer.parseInt(args[1]);
        long until = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[2])).toNanos();
        int max = Integer.parseInt(args[3]);
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var outcomes = new ConcurrentLinkedQueue<Outcome>();
        var sent = new AtomicInteger();
        var done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int first = c;
            var thread = new Thread(() -> {
                try {
                    for (int i = first; System.nanoTime() < until && sent.incrementAndGet() <= max; i++) {
                        String body = "{\"query\":\"" + MIX.get(i % MIX.size()) + "\"}";
                        var request = HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(60))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build();
                        long start = System.nanoTime();
                        String kind;
                        try {
                            String answer = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                            kind = answer.contains("SERVICE_UNAVAILABLE")
                                    ? "shed"
                                    : answer.contains("app.graphql.timeout")
                                            ? "deadline"
                                            : answer.contains("\"errors\"") ? "error" : "data";
                        } catch (Exception e) {
                            kind = "failed";
                        }
                        outcomes.add(new Outcome((System.nanoTime() - start) / 1000, kind, i % MIX.size()));
                    }
                } finally {
                    done.countDown();
                }
            });
            thread.setDaemon(true);
            thread.start();
        }
        done.await();
        report(clients, new ArrayList<>(outcomes));
    }

    static void report(int clients, List<Outcome> all) {
        List<Long> micros = new ArrayList<>(all.stream().map(Outcome::micros).toList());
        Collections.sort(micros);
        List<Long> served = new ArrayList<>(all.stream().filter(o -> o.kind().equals("data")).map(Outcome::micros).toList());
        Collections.sort(served);
        System.out.printf(
                "clients=%d requests=%d data=%d shed=%d deadline=%d error=%d failed=%d | all: p50=%.0f ms p99=%.0f ms max=%.0f ms | data only: p50=%.0f ms p99=%.0f ms%n",
                clients,
                all.size(),
                count(all, "data"),
                count(all, "shed"),
                count(all, "deadline"),
                count(all, "error"),
                count(all, "failed"),
                pct(micros, 50),
                pct(micros, 99),
                pct(micros, 100),
                pct(served, 50),
                pct(served, 99));
        for (int q = 0; q < MIX.size(); q++) {
            int query = q;
            List<Long> ofQuery = new ArrayList<>(all.stream().filter(o -> o.query() == query).map(Outcome::micros).toList());
            Collections.sort(ofQuery);
            System.out.printf(
                    "  query %d (%s...): n=%d data=%d p50=%.0f ms p99=%.0f ms max=%.0f ms%n",
                    q,
                    MIX.get(q).substring(0, 40).replace("\\", ""),
                    ofQuery.size(),
                    all.stream().filter(o -> o.query() == query && o.kind().equals("data")).count(),
                    pct(ofQuery, 50),
                    pct(ofQuery, 99),
                    pct(ofQuery, 100));
        }
    }

    static long count(List<Outcome> all, String kind) {
        return all.stream().filter(o -> o.kind().equals(kind)).count();
    }

    static double pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1000.0;
    }
}
