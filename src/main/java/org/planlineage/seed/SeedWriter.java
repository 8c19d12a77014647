package org.planlineage.seed;

import java.util.Map;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.summary.ResultSummary;

/**
 * Writes a validated {@link Seed} in one transaction, kind by kind (units, documents, plan items, indicators), then
 * removes what an earlier seed wrote and this one no longer has (its {@code seedVersion} differs), and records the
 * seed's fingerprint. Every node and relationship is {@code MERGE}d on natural keys and its properties replaced, so
 * writing the same seed twice changes nothing.
 */
final class SeedWriter {

    /** What one load did, for the log and for tests. */
    record Counts(int nodesCreated, int nodesDeleted, int relationshipsCreated, int relationshipsDeleted) {
        Counts plus(ResultSummary s) {
            var c = s.counters();
            return new Counts(
                    nodesCreated + c.nodesCreated(),
                    nodesDeleted + c.nodesDeleted(),
                    relationshipsCreated + c.relationshipsCreated(),
                    relationshipsDeleted + c.relationshipsDeleted());
        }
    }

    private SeedWriter() {}

    static Counts write(TransactionContext tx, Seed seed) {
        var out = new GraphWrites(tx, seed.fingerprint());
        ImportedData.beforeWrite(tx, seed);
        AgencyWriter.write(out, seed);
        DocumentWriter.write(out, seed);
        PlanItemWriter.write(out, seed);
        IndicatorWriter.write(out, seed);
        prune(out);
        out.run("""
                MERGE (s:SeedState {key: 'graph-seed'})
                SET s.fingerprint = $version, s.modelVersion = $model
                """, Map.of("version", out.version(), "model", SeedReader.MODEL_VERSION));
        return out.counts();
    }

    /**
     * Removes what an earlier seed wrote and this one does not have; data not written by a seed is kept, and so is a
     * node imported data still uses ({@link ImportedData}).
     */
    private static void prune(GraphWrites out) {
        out.run(ImportedData.retainStatement(), Map.of("version", out.version()));
        out.run("""
                MATCH (n) WHERE (n:Agency OR n:Document OR n:PlanItem OR n:Target OR n:Indicator)
                  AND n.seedVersion IS NOT NULL AND n.seedVersion <> $version
                DETACH DELETE n
                """, Map.of("version", out.version()));
        out.run("""
                MATCH ()-[r]->() WHERE r.seedVersion IS NOT NULL AND r.seedVersion <> $version
                DELETE r
                """, Map.of("version", out.version()));
    }
}
