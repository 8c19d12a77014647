package org.planlineage.seed;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.planlineage.config.Neo4jSchema;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * At start-up: applies the Neo4j schema, then loads the seed as {@code app.seed.mode} says. Without a mode, the
 * embedded database is seeded when its seed differs from the files, and an external database is left alone (seed
 * it once with {@code --app.seed.mode=ALWAYS}).
 *
 * <p>A lifecycle bean of an early phase, so that this happens before the web server opens its port: no request is
 * ever answered from a graph that is still being loaded.
 */
@Component
class SeedStartup implements SmartLifecycle {

    private final Neo4jSchema schema;
    private final SeedLoader loader;
    private final SeedProperties properties;
    private final ObjectProvider<DatabaseManagementService> embeddedDatabase;
    private final ListableBeanFactory beans;

    SeedStartup(
            Neo4jSchema schema,
            SeedLoader loader,
            SeedProperties properties,
            ObjectProvider<DatabaseManagementService> embeddedDatabase,
            ListableBeanFactory beans) {
        this.schema = schema;
        this.loader = loader;
        this.properties = properties;
        this.embeddedDatabase = embeddedDatabase;
        this.beans = beans;
    }

    private volatile boolean running;

    @Override
    public void start() {
        // whether the embedded database is configured, without waiting for it (getBeanNamesForType creates nothing)
        boolean embedded = beans.getBeanNamesForType(DatabaseManagementService.class, true, false).length > 0;
        var mode = properties.mode() != null
                ? properties.mode()
                : embedded ? SeedProperties.Mode.IF_CHANGED : SeedProperties.Mode.NEVER;
        // the seed files are read and validated while the embedded database is still starting on its own thread
        // (EmbeddedNeo4jLauncher): off the start's critical path, which is the database's start
        SeedLoader.Read seed = mode == SeedProperties.Mode.NEVER ? null : loader.read();
        // the first thing that needs the database: asking for it here, not in the constructor, lets the rest of the
        // context initialise while it starts
        embeddedDatabase.getIfAvailable();
        schema.apply();
        switch (mode) {
            case IF_CHANGED -> loader.load(seed, false);
            case ALWAYS -> loader.load(seed, true);
            case NEVER -> {}
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server, which starts in the last phases. */
    @Override
    public int getPhase() {
        return 0;
    }
}
