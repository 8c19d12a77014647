package org.planlineage.national;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.planlineage.editing.DocumentInput;
import org.planlineage.editing.ImportService;
import org.planlineage.seed.GeneratedUnits;

/**
 * Writes the national graph of a seed number and a scale into a graph that holds the curated seed: the units with
 * the seed's unit writer ({@link GeneratedUnits}), then every plan through the product's import
 * ({@link ImportService#importDocuments}, a batch of documents per transaction, each checked, planned and written as
 * {@code importDocument} writes one), year by year and level by level so that a plan follows the one it implements.
 * Prints progress with the load rate. Running it again over the same graph changes nothing (imports are idempotent).
 */
final class NationalGenerator {

    /** The editor the imports record in the audit trail. */
    static final String EDITOR = "national-generator";

    /** What one load did and how long it took. */
    record Result(
            int places,
            int units,
            int documents,
            int items,
            int created,
            long unitMillis,
            long documentMillis,
            long documentCpuMillis) {

        double documentsPerSecond() {
            return documents * 1000.0 / Math.max(1, documentMillis);
        }

        /**
         * CPU time the whole process (loader and embedded database alike) spent per plan: what the load costs,
         * whatever share of the machine it got.
         */
        double cpuMillisPerDocument() {
            return documentCpuMillis / (double) Math.max(1, documents);
        }

        /** Entities the imports created (documents, rows, targets, indicators, links) per second. */
        double createdPerSecond() {
            return created * 1000.0 / Math.max(1, documentMillis);
        }
    }

    private final long seed;
    private final double scale;
    private final int batch;
    private final List<Integer> years;
    private final PrintStream log;

    /** {@code years}: the years whose plans are written, a subset of {@link NationalPlans#YEARS} in its order. */
    NationalGenerator(long seed, double scale, int batch, List<Integer> years, PrintStream log) {
        if (years.isEmpty() || !NationalPlans.YEARS.containsAll(years)) {
            throw new IllegalArgumentException("years are among " + NationalPlans.YEARS + ", not " + years);
        }
        this.seed = seed;
        this.scale = scale;
        this.batch = batch;
        this.years = NationalPlans.YEARS.stream().filter(years::contains).toList();
        this.log = log;
    }

    Result load(ImportService imports, Driver driver, String database) {
        var map = AdminMap.build(seed, scale);
        var config = SessionConfig.forDatabase(database);
        var curated = new HashSet<String>();
        try (var session = driver.session(config)) {
            session.executeRead(
                            tx -> tx.run("MATCH (a:Agency) RETURN a.key AS key").list())
                    .forEach(r -> curated.add(r.get("key").asString()));
        }
        var units = NationalUnits.of(map, curated);
        long start = System.nanoTime();
        var rows = units.toWrite().stream()
                .map(u -> new GeneratedUnits.Unit(u.key(), u.name(), u.aliases(), u.kind(), u.level(), u.parent()))
                .toList();
        var members = units.members().stream()
                .map(m -> new GeneratedUnits.Member(m.group(), m.member()))
                .toList();
        try (var session = driver.session(config)) {
            session.executeWriteWithoutResult(tx -> GeneratedUnits.write(tx, rows, members));
        }
        long unitMillis = (System.nanoTime() - start) / 1_000_000;
        int places = map.provinces.size() + map.districts.size() + map.communes.size();
        log.printf(
                "national seed=%d scale=%s: %d provinces, %d districts, %d communes; %d units, %d memberships written"
                        + " in %.1f s%n",
                seed,
                scale,
                map.provinces.size(),
                map.districts.size(),
                map.communes.size(),
                rows.size(),
                members.size(),
                unitMillis / 1000.0);

        var plans = new NationalPlans(seed, map, units);
        var inOrder = plans.placesInOrder();
        int total = inOrder.size() * years.size();
        int documents = 0;
        int items = 0;
        int created = 0;
        start = System.nanoTime();
        long cpuStart = cpuMillis();
        long lastReport = start;
        var pending = new ArrayList<DocumentInput>();
        for (int year : years) {
            for (var place : inOrder) {
                pending.add(plans.plan(place, year));
                if (pending.size() == batch) {
                    created += write(imports, pending);
                    documents += pending.size();
                    items += pending.stream().mapToInt(d -> d.items().size()).sum();
                    pending.clear();
                    long now = System.nanoTime();
                    if (now - lastReport > 10_000_000_000L) {
                        lastReport = now;
                        progress(documents, total, items, created, (now - start) / 1_000_000, cpuMillis() - cpuStart);
                    }
                }
            }
        }
        if (!pending.isEmpty()) {
            created += write(imports, pending);
            documents += pending.size();
            items += pending.stream().mapToInt(d -> d.items().size()).sum();
        }
        long documentMillis = (System.nanoTime() - start) / 1_000_000;
        long documentCpu = cpuMillis() - cpuStart;
        progress(documents, total, items, created, documentMillis, documentCpu);
        return new Result(places, rows.size(), documents, items, created, unitMillis, documentMillis, documentCpu);
    }

    private static int write(ImportService imports, List<DocumentInput> batch) {
        return imports.importDocuments(List.copyOf(batch), EDITOR).stream()
                .mapToInt(r -> r.created())
                .sum();
    }

    /** CPU time of this process so far (every thread: the loader's and the embedded database's), in ms. */
    static long cpuMillis() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : 0;
    }

    private void progress(int documents, int total, int items, int created, long millis, long cpu) {
        double seconds = Math.max(0.001, millis / 1000.0);
        double rate = documents / seconds;
        long left = Math.round((total - documents) / Math.max(rate, 0.001));
        log.printf(
                "  %d/%d plans, %d rows, %d entities created in %.0f s: %.1f plans/s, %.0f rows/s, %.0f entities/s;"
                        + " %.0f ms CPU/plan; ETA %d min %02d s (%s)%n",
                documents,
                total,
                items,
                created,
                seconds,
                rate,
                items / seconds,
                created / seconds,
                cpu / (double) Math.max(1, documents),
                left / 60,
                left % 60,
                java.time.LocalTime.now().plusSeconds(left).withNano(0));
    }

    /** Counts of what the graph holds, by label, for the summary. */
    static Map<String, Object> census(Driver driver, String database) {
        try (var session = driver.session(SessionConfig.forDatabase(database))) {
            return session.executeRead(tx -> tx.run("""
                            // bounded: one count per label, from the count store
                            CALL () { MATCH (n) RETURN count(n) AS nodes }
                            CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
                            CALL () { MATCH (d:Document) RETURN count(d) AS documents }
                            CALL () { MATCH (p:PlanItem) RETURN count(p) AS items }
                            CALL () { MATCH (t:Target) RETURN count(t) AS targets }
                            CALL () { MATCH (a:Agency) RETURN count(a) AS agencies }
                            CALL () { MATCH (i:Indicator) RETURN count(i) AS indicators }
                            RETURN nodes, relationships, documents, items, targets, agencies, indicators
                            """).single().asMap());
        }
    }
}
