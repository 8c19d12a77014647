package org.planlineage.seed;

import java.util.Map;
import org.planlineage.config.Neo4jSessions;
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
    private final SeedProperties properties;

    SeedLoader(Neo4jSessions sessions, SeedProperties properties) {
        this.sessions = sessions;
        this.properties = properties;
    }

    /** Loads unless the store already holds a seed with the same fingerprint (or {@code force}). */
    public Report load(boolean force) {
        return load(properties.location(), force);
    }

    public Report load(String location, boolean force) {
        long start = System.nanoTime();
        Seed seed = new SeedReader(location).read();
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
        try (var session = sessions.open()) {
            if (!force && seed.fingerprint().equals(storedFingerprint(session))) {
                log.info(
                        "Seed already loaded (fingerprint {}), nothing to do",
                        seed.fingerprint().substring(0, 12));
                return new Report(false, seed.fingerprint(), sizes, new SeedWriter.Counts(0, 0, 0, 0), millis(start));
            }
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

    private static String storedFingerprint(org.neo4j.driver.Session session) {
        var records = session.run("MATCH (s:SeedState {key: 'graph-seed'}) RETURN s.fingerprint AS f")
                .list();
        return records.isEmpty() ? null : records.get(0).get("f").asString(null);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
