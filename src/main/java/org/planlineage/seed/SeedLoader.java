package org.planlineage.seed;

import java.util.Map;
import org.planlineage.config.Neo4jSessions;
import org.planlineage.config.StartupStatements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads {@code graph-seed/} into Neo4j: validates every file first (a bad file fails with file, line and reason and
 * nothing is written), then writes everything in one transaction, on the database {@code spring.data.neo4j.database}
 * names.
 */
@Component
public class SeedLoader {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    /** What a call did: skipped (the store already holds this seed) or loaded, with the counts. */
    public record Report(
            boolean loaded, String fingerprint, Map<String, Integer> sizes, SeedWriter.Counts counts, long millis) {}

    private final Neo4jSessions sessions;
    private final StartupStatements statements;
    private final SeedProperties properties;

    SeedLoader(Neo4jSessions sessions, StartupStatements statements, SeedProperties properties) {
        this.sessions = sessions;
        this.statements = statements;
        this.properties = properties;
    }

    /** Loads unless the store already holds a seed with the same fingerprint (or {@code force}). */
    public Report load(boolean force) {
        return load(properties.location(), force);
    }

    public Report load(String location, boolean force) {
        long start = System.nanoTime();
        Seed seed = new SeedReader(location).read();
        return load(seed, location, force, System.nanoTime() - start);
    }

    /**
     * Reads and validates the configured seed files without touching the database: the start-up does this while the
     * embedded database is still starting, then hands the result to {@link #load(Read, boolean)}.
     */
    public Read read() {
        long start = System.nanoTime();
        Seed seed = new SeedReader(properties.location()).read();
        return new Read(seed, System.nanoTime() - start);
    }

    /** Loads a seed read by {@link #read()}, unless the store already holds it (or {@code force}). */
    public Report load(Read read, boolean force) {
        return load(read.seed(), properties.location(), force, read.nanos());
    }

    /** Seed files read and validated, and how long that took (the report counts it, not the wait before loading). */
    public record Read(Seed seed, long nanos) {}

    private Report load(Seed seed, String location, boolean force, long readNanos) {
        long start = System.nanoTime() - readNanos;
        long read = millis(start);
        var sizes = Map.of(
                "documents",
                seed.documents().size(),
                "links",
                seed.links().size(),
                "agencies",
                seed.agencies().size(),
                "planItems",
                seed.items().size(),
                "indicators",
                seed.indicators().size(),
                "memberships",
                seed.memberships().size(),
                "successions",
                seed.successions().size());
        // the check runs in-process when the database is embedded: an unchanged store needs no driver session
        if (!force && seed.fingerprint().equals(storedFingerprint())) {
            log.info(
                    "Seed already loaded (fingerprint {}), nothing to do",
                    seed.fingerprint().substring(0, 12));
            return new Report(false, seed.fingerprint(), sizes, new SeedWriter.Counts(0, 0, 0, 0), millis(start));
        }
        try (var session = sessions.open()) {
            var counts = session.executeWrite(tx -> SeedWriter.write(tx, seed));
            long ms = millis(start);
            log.info(
                    "Seed loaded from {} in {} ms ({} ms reading and validating, {} ms writing): {} documents, "
                            + "{} document links, {} agencies, {} plan items, {} indicators ({} nodes and {} "
                            + "relationships created, {} and {} removed)",
                    location,
                    ms,
                    read,
                    ms - read,
                    seed.documents().size(),
                    seed.links().size(),
                    seed.agencies().size(),
                    seed.items().size(),
                    seed.indicators().size(),
                    counts.nodesCreated(),
                    counts.relationshipsCreated(),
                    counts.nodesDeleted(),
                    counts.relationshipsDeleted());
            return new Report(true, seed.fingerprint(), sizes, counts, ms);
        }
    }

    private String storedFingerprint() {
        var rows = statements.run(
                "MATCH (s:SeedState {key: $key}) RETURN s.fingerprint AS f", Map.of("key", "graph-seed"));
        return rows.isEmpty() ? null : (String) rows.get(0).get("f");
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
