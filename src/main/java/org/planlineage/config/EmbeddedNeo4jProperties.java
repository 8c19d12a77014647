package org.planlineage.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The embedded Neo4j that runs when no {@code spring.neo4j.uri} is configured.
 *
 * @param enabled       false to require an external Neo4j even without {@code spring.neo4j.uri}
 * @param dataDir       the store; outside {@code target/} so that {@code mvn clean} keeps it
 * @param boltHost      where the embedded Bolt connector listens (loopback unless you mean to share it)
 * @param boltPort      0 picks a free port; set one to connect Neo4j Browser or cypher-shell
 * @param pagecacheSize Neo4j's page cache; left unset Neo4j would take about half of the machine's memory
 * @param password      the password of the Bolt user {@code neo4j}; unset, a new one is generated at every start and
 *                      only the service knows it (printed once when {@code bolt-port} is set, to connect a shell)
 * @param transactionTimeout Neo4j's {@code db.transaction.timeout}: the longest any transaction may run, a ceiling
 *                      for work outside a request (a request's own transactions end at its deadline)
 * @param reads         how the queries reach this database: in-process (the default) or over Bolt like an external one
 * @param txLogRetention Neo4j's {@code db.tx_log.rotation.retention_policy}, in its own syntax: how much of the
 *                      transaction logs is kept once a checkpoint no longer needs them. Neo4j's default ("2 days")
 *                      turns a bulk load into gigabytes of logs; the service keeps at most 1 GiB ("1G size"), a
 *                      bulk load none ("keep_none"); see docs/decisions.md, "Transaction logs"
 */
@ConfigurationProperties("app.neo4j.embedded")
public record EmbeddedNeo4jProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/neo4j") Path dataDir,
        @DefaultValue("localhost") String boltHost,
        @DefaultValue("0") int boltPort,
        @DefaultValue("128MB") DataSize pagecacheSize,
        String password,
        @DefaultValue("2m") Duration transactionTimeout,
        @DefaultValue("IN_PROCESS") Reads reads,
        @DefaultValue("1G size") String txLogRetention) {

    /** How the queries reach a database that runs in this JVM. */
    public enum Reads {
        /** Through the database's own transactions: no Bolt encoding, socket or decoding. */
        IN_PROCESS,
        /** Over Bolt through the driver, as for an external database (to compare the two paths). */
        BOLT
    }
}
