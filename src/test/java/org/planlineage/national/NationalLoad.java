package org.planlineage.national;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.planlineage.PlanLineageApplication;
import org.planlineage.editing.ImportService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command that loads the national graph: starts the service (its embedded database in {@code --store DIR}, or
 * the database at {@code --uri bolt://...}), lets it load the curated seed as it does at every start, runs the
 * {@link NationalGenerator} through the service's import, and prints the load rate, the store's size on disk, the
 * process's resident memory and what the graph holds. Arguments it does not know go to Spring as they are
 * ({@code --app.neo4j.embedded.pagecache-size=2GB}). See this package's README.md and docs/benchmarks.md.
 */
public final class NationalLoad {

    /** The parsed command line. */
    record Options(
            double scale,
            long seed,
            Path store,
            String uri,
            int batch,
            List<Integer> years,
            boolean keepRunning,
            List<String> spring) {

        static Options parse(String... args) {
            double scale = 0.01;
            long seed = 42;
            Path store = null;
            String uri = null;
            int batch = 20;
            List<Integer> years = NationalPlans.YEARS;
            boolean keep = false;
            var spring = new ArrayList<String>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--scale" -> scale = Double.parseDouble(args[++i]);
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--store" -> store = Path.of(args[++i]);
                    case "--uri" -> uri = args[++i];
                    case "--batch" -> batch = Integer.parseInt(args[++i]);
                    case "--years" ->
                        years = Stream.of(args[++i].split(","))
                                .map(Integer::valueOf)
                                .toList();
                    case "--serve" -> keep = true;
                    default -> spring.add(args[i]);
                }
            }
            if ((store == null) == (uri == null)) {
                throw new IllegalArgumentException("give either --store DIR (embedded) or --uri bolt://host:port");
            }
            if (scale <= 0 || scale > 1) {
                throw new IllegalArgumentException("--scale is a factor from 0 (exclusive) to 1, not " + scale);
            }
            return new Options(scale, seed, store, uri, batch, years, keep, List.copyOf(spring));
        }
    }

    private NationalLoad() {}

    public static void main(String[] args) {
        var options = Options.parse(args);
        // the service's web beans (security, GraphQL over HTTP) need a servlet context: serve on a free port
        // unless one is given, and answer nothing meanwhile
        var context = start(options, "servlet");
        try {
            var result = load(context, options);
            System.out.println(summary(options, result, census(context)));
        } finally {
            if (!options.keepRunning()) {
                context.close();
            }
        }
    }

    /** Starts the service over the store or URI, with a web server ({@code web} "servlet") or none ("none"). */
    static ConfigurableApplicationContext start(Options options, String web) {
        var args = new ArrayList<String>();
        args.add("--spring.main.web-application-type=" + web);
        if (options.spring().stream().noneMatch(a -> a.startsWith("--server.port="))) {
            args.add("--server.port=0");
        }
        if (options.store() != null) {
            args.add("--app.neo4j.embedded.data-dir=" + options.store().toAbsolutePath());
            if (options.spring().stream().noneMatch(a -> a.startsWith("--app.neo4j.embedded.tx-log-retention="))) {
                // a bulk load keeps no transaction logs beyond what recovery needs (docs/decisions.md)
                args.add("--app.neo4j.embedded.tx-log-retention=keep_none");
            }
            if (options.spring().stream().noneMatch(a -> a.startsWith("--app.neo4j.embedded.transaction-timeout="))) {
                // a batch is one transaction: on a machine shared by several builds it can outlast the service's 2 min
                args.add("--app.neo4j.embedded.transaction-timeout=60m");
            }
        } else {
            args.add("--spring.neo4j.uri=" + options.uri());
            args.add("--app.seed.mode=IF_CHANGED");
        }
        args.addAll(options.spring());
        return SpringApplication.run(PlanLineageApplication.class, args.toArray(String[]::new));
    }

    static NationalGenerator.Result load(ConfigurableApplicationContext context, Options options) {
        return new NationalGenerator(options.seed(), options.scale(), options.batch(), options.years(), System.out)
                .load(context.getBean(ImportService.class), context.getBean(Driver.class), database(context));
    }

    static Map<String, Object> census(ConfigurableApplicationContext context) {
        return NationalGenerator.census(context.getBean(Driver.class), database(context));
    }

    private static String database(ConfigurableApplicationContext context) {
        return context.getEnvironment().getProperty("spring.data.neo4j.database", "neo4j");
    }

    static String summary(Options options, NationalGenerator.Result r, Map<String, Object> census) {
        var out = new StringBuilder();
        out.append("national graph, seed %d, scale %s, years %s: %d places, %d units written in %.1f s%n"
                .formatted(
                        options.seed(),
                        options.scale(),
                        options.years(),
                        r.places(),
                        r.units(),
                        r.unitMillis() / 1000.0));
        out.append("  %d plans with %d rows imported in %.1f s: %.1f plans/s, %.0f rows/s, %.0f entities created/s%n"
                .formatted(
                        r.documents(),
                        r.items(),
                        r.documentMillis() / 1000.0,
                        r.documentsPerSecond(),
                        r.items() * 1000.0 / Math.max(1, r.documentMillis()),
                        r.createdPerSecond()));
        out.append("  process CPU while importing: %.1f s, %.0f ms per plan (load average %s)%n"
                .formatted(r.documentCpuMillis() / 1000.0, r.cpuMillisPerDocument(), loadAverage()));
        out.append("  graph: %s%n".formatted(census));
        if (options.store() != null) {
            out.append(
                    "  store on disk: %.1f MiB (%s)%n".formatted(sizeOf(options.store()) / 1048576.0, options.store()));
        }
        out.append("  resident memory of this process: %s%n".formatted(residentMemory()));
        return out.toString();
    }

    static long sizeOf(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            return 0;
                        }
                    })
                    .sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The machine's load averages (1, 5, 15 min) from /proc/loadavg (Linux), or "unknown". */
    static String loadAverage() {
        try {
            var parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** VmRSS of /proc/self/status (Linux), or "unknown". */
    static String residentMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("VmRSS:"))
                    .map(l -> l.substring("VmRSS:".length()).strip())
                    .findFirst()
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
