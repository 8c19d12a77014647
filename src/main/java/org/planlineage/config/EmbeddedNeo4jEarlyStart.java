package org.planlineage.config;

import java.time.Duration;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded Neo4j as soon as the environment is final, before the context's refresh: the database's start
 * is the start-up's critical path, and the refresh's first step (reading every configuration class and the
 * auto-configurations' conditions) takes a second or more before any bean could start it. The launcher becomes a
 * bean of the context ({@link EmbeddedNeo4jConfiguration} hands it to the driver and the in-process reads), whose
 * destruction stops the database; a run that fails before the context is refreshed stops it here.
 *
 * <p>A {@link SpringApplicationRunListener} (registered in {@code META-INF/spring.factories}): one per run of a
 * {@link SpringApplication}, so several applications in one JVM (tests) each start their own database or none. It
 * starts at {@link #contextPrepared}, after the application's initializers and their event's listeners, because the test harnesses set
 * {@code spring.neo4j.uri} in an initializer ({@code support.SeededGraphTest}), which turns the embedded database
 * off.
 */
class EmbeddedNeo4jEarlyStart implements SpringApplicationRunListener {

    /** The launcher's bean name in the context. */
    static final String BEAN_NAME = "embeddedNeo4jLauncher";

    private EmbeddedNeo4jLauncher launcher;

    EmbeddedNeo4jEarlyStart(SpringApplication application, String[] args) {
        // one per run; nothing to keep from the application or its arguments
    }

    /** Embedded unless {@code spring.neo4j.uri} is set or {@code app.neo4j.embedded.enabled=false}. */
    static boolean embedded(Environment environment) {
        return environment.getProperty("app.neo4j.embedded.enabled", Boolean.class, true)
                && !environment.containsProperty("spring.neo4j.uri");
    }

    @Override
    public void contextPrepared(ConfigurableApplicationContext context) {
        if (!embedded(context.getEnvironment())
                || !(context.getBeanFactory() instanceof DefaultListableBeanFactory beans)) {
            return;
        }
        launcher = new EmbeddedNeo4jLauncher(
                Binder.get(context.getEnvironment()).bindOrCreate("app.neo4j.embedded", EmbeddedNeo4jProperties.class));
        beans.registerSingleton(BEAN_NAME, launcher);
        // registered first, so destroyed last: after every bean that uses the database
        beans.registerDisposableBean(BEAN_NAME, launcher);
    }

    /**
     * The run is ready (serving) only with its Bolt password set: the launcher sets it after handing the database
     * over, and a password step that failed fails the run here (the context closed, the database stopped) instead of
     * leaving a service whose driver cannot log in.
     */
    @Override
    public void ready(ConfigurableApplicationContext context, Duration timeTaken) {
        if (launcher != null) {
            launcher.awaitPassword();
        }
    }

    /**
     * A run that failed before its context was refreshed never destroys its beans: stop the database here (a failed
     * refresh has destroyed them already, and stopping twice does nothing).
     */
    @Override
    public void failed(ConfigurableApplicationContext context, Throwable exception) {
        if (launcher != null && (context == null || !context.isActive())) {
            launcher.destroy();
        }
    }
}
