package org.planlineage.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.graphdb.GraphDatabaseService;
import org.planlineage.PlanLineageApplication;
import org.planlineage.graph.GraphReads;
import org.planlineage.graph.ProfilingGraphReads;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * PROFILEs every Cypher statement of the benchmark's workloads: starts the service in this JVM on a store (its reads
 * replaced by {@link ProfilingGraphReads}), sends each workload's GraphQL request twice over HTTP (the first plans
 * the statements), and reports each statement the second request ran, and the workload's hand-written Cypher, with
 * rows, the values and bytes returned ({@link ProfilingGraphReads.Profiled}), database hits, whether the plan scans a label, and its operators. Prints Markdown and writes it, with every
 * operator's own hits and details, to {@code target/bench/profile-<time>.md}.
 *
 * <p>{@code java -cp ... org.planlineage.bench.Profiles --store DIR [--preset national] [--only compare,search]}, and
 * any key option of {@link Bench} ({@code --up}, {@code --within}, ...). See docs/benchmarks.md.
 */
public final class Profiles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Profiles() {}

    public static void main(String[] args) throws Exception {
        var o = new HashMap<String, String>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        if (!o.containsKey("store")) {
            throw new IllegalArgumentException("--store DIR (an existing store) is required");
        }
        List<String> only = o.containsKey("only") ? List.of(o.get("only").split(",")) : List.of();
        var workloads = Workloads.all(Workloads.Keys.of(o)).stream()
                .filter(w -> only.isEmpty() || only.contains(w.name()))
                .toList();

        var app = new SpringApplication(PlanLineageApplication.class);
        var holder = new ProfilingGraphReads[1];
        app.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof GraphReads && name.equals("graphReads")) {
                    holder[0] = new ProfilingGraphReads(() -> context.getBean(GraphDatabaseService.class));
                    return holder[0];
                }
                return bean;
            }
        }));
        var summary = new StringBuilder(
                "| workload | statement | rows | values returned | bytes returned | db hits | label scan | operators |\n"
                        + "|---|---|---|---|---|---|---|---|\n");
        var details = new StringBuilder();
        try (ConfigurableApplicationContext context = app.run(
                "--server.port=0",
                "--app.neo4j.embedded.data-dir=" + Path.of(o.get("store")).toAbsolutePath(),
                "--logging.level.root=WARN")) {
            var profiler = holder[0];
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            var http = HttpClient.newHttpClient();
            for (Workload w : workloads) {
                String body = JSON.writeValueAsString(Map.of("query", w.graphql(), "variables", w.variables()));
                var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build();
                http.send(request, HttpResponse.BodyHandlers.ofString());
                profiler.take();
                String answer =
                        http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                if (answer.contains("\"errors\"")) {
                    System.err.println(w.name() + ": " + answer.substring(0, Math.min(400, answer.length())));
                }
                var api = profiler.take();
                profiler.run(w.cypher(), w.parameters(), row -> {});
                var raw = profiler.take();
                int n = 0;
                for (var p : api) {
                    report(summary, details, w.name(), "API " + (++n) + ": " + firstWords(p.cypher()), p);
                }
                report(summary, details, w.name(), "raw Cypher", raw.get(0));
                System.err.println(w.name() + ": profiled");
            }
        }
        String text = summary + "\n" + details;
        System.out.println(summary);
        Path out =
                Path.of("target", "bench", "profile-" + Instant.now().toString().replace(':', '-') + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        System.err.println("Written to " + out);
    }

    private static void report(
            StringBuilder summary,
            StringBuilder details,
            String workload,
            String statement,
            ProfilingGraphReads.Profiled p) {
        var names = new LinkedHashSet<String>();
        p.operators().forEach(op -> names.add(op.name().replaceFirst("@.*", "")));
        summary.append("| %s | %s | %,d | %,d | %,d | %,d | %s | %s |%n"
                .formatted(
                        workload,
                        statement,
                        p.rows(),
                        p.values(),
                        p.bytes(),
                        p.dbHits(),
                        p.scans() ? "**yes**" : "no",
                        String.join(", ", names)));
        details.append(
                "### %s, %s: %,d db hits%n%n```%n%s%n```%n%n".formatted(workload, statement, p.dbHits(), p.cypher()));
        details.append(p.operators().stream()
                .map(op -> "- %s: %,d hits, %,d rows; %s".formatted(op.name(), op.dbHits(), op.rows(), op.details()))
                .collect(Collectors.joining("\n")));
        details.append("\n\n");
    }

    /** The statement without its comments, white space collapsed, cut to 70 characters, for the table. */
    private static String firstWords(String cypher) {
        String text = cypher.lines()
                .map(l -> l.replaceFirst("//.*", "").strip())
                .filter(l -> !l.isEmpty())
                .collect(Collectors.joining(" "));
        return (text.length() > 70 ? text.substring(0, 70) + "…" : text).replace("|", "\\|");
    }
}
