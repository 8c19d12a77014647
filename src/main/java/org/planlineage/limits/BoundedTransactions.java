package org.planlineage.limits;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Query;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.kernel.impl.coreapi.InternalTransaction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds the database work of a request to the request. Every transaction the driver opens while a request is being
 * served, and every one the in-process reads open on a database in this JVM ({@link #begin}), carries the time the request has left as its timeout (so Neo4j ends it at the deadline, whatever it is
 * doing) and the request's id as metadata (so that {@link #terminate} can end it at once when the client leaves).
 * Work outside a request (start-up, the seed load) is left as it is.
 *
 * <p>The driver is wrapped, not the callers: {@code Neo4jClient} runs auto-commit statements on a session and has no
 * way to pass a {@link TransactionConfig}.
 */
public final class BoundedTransactions {

    private static final Logger log = LoggerFactory.getLogger(BoundedTransactions.class);

    /** The metadata key that names the request a transaction works for (visible in {@code SHOW TRANSACTIONS}). */
    static final String REQUEST = "planLineageRequest";

    private static final Duration SHORTEST = Duration.ofMillis(1);

    private final Driver driver;
    private final ExecutorService terminator = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "request-terminator");
        thread.setDaemon(true);
        return thread;
    });

    BoundedTransactions(Driver driver) {
        this.driver = driver;
    }

    /** Ends, in the background, every transaction still open for the request. */
    void terminate(String requestId) {
        terminator.execute(() -> {
            try (Session session = driver.session()) {
                List<String> ids = session.run("""
                                SHOW TRANSACTIONS YIELD transactionId, metaData
                                WHERE metaData[$key] = $request
                                RETURN transactionId""", Map.of("key", REQUEST, "request", requestId))
                        .list(r -> r.get("transactionId").asString());
                if (!ids.isEmpty()) {
                    session.run("TERMINATE TRANSACTIONS $ids", Map.of("ids", ids))
                            .consume();
                    log.debug("Terminated {} transaction(s) of stopped request {}", ids.size(), requestId);
                }
            } catch (RuntimeException e) {
                log.warn("Could not terminate the transactions of stopped request {}: {}", requestId, e.toString());
            }
        });
    }

    void shutdown() {
        terminator.shutdownNow();
    }

    /** The driver whose sessions bound their transactions by the current request. */
    static Driver bounded(Driver driver) {
        return proxy(driver, Driver.class, (proxy, method, args) -> {
            Object result = invoke(driver, method, args);
            return result instanceof Session session
                    ? proxy(session, Session.class, new BoundedSession(session))
                    : result;
        });
    }

    /** Turns each way of running work on a session into the same one with the request's transaction config. */
    private record BoundedSession(Session session) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            RequestControl control = RequestControl.current().orElse(null);
            String name = method.getName();
            int arity = args == null ? 0 : args.length;
            if (control == null || (arity > 0 && args[arity - 1] instanceof TransactionConfig)) {
                return BoundedTransactions.invoke(session, method, args);
            }
            TransactionConfig config = configFor(control);
            if (name.equals("run")) {
                return session.run(query(args), config);
            }
            if (name.equals("beginTransaction") && arity == 0) {
                return session.beginTransaction(config);
            }
            if ((name.startsWith("execute") || name.endsWith("Transaction")) && arity == 1) {
                Method withConfig =
                        Session.class.getMethod(name, method.getParameterTypes()[0], TransactionConfig.class);
                return BoundedTransactions.invoke(session, withConfig, new Object[] {args[0], config});
            }
            return BoundedTransactions.invoke(session, method, args);
        }
    }

    /**
     * A transaction of the embedded API with the same bounds as the driver's: opened for the current request, it
     * carries the time the request has left as its timeout and the request's id as metadata, so that {@link
     * #terminate} finds and ends it like a Bolt one. Outside a request it is a plain one (the database's own timeout).
     */
    public static Transaction begin(GraphDatabaseService database) {
        RequestControl control = RequestControl.current().orElse(null);
        if (control == null) {
            return database.beginTx();
        }
        Transaction tx = database.beginTx(timeoutFor(control).toMillis(), TimeUnit.MILLISECONDS);
        if (tx instanceof InternalTransaction internal) { // what every GraphDatabaseService of Neo4j 5 opens
            internal.setMetaData(metadataFor(control));
        }
        return tx;
    }

    static TransactionConfig configFor(RequestControl control) {
        return TransactionConfig.builder()
                .withTimeout(timeoutFor(control))
                .withMetadata(metadataFor(control))
                .build();
    }

    /** The time the request has left, at least {@link #SHORTEST} (Neo4j reads zero as no timeout at all). */
    private static Duration timeoutFor(RequestControl control) {
        Duration left = control.remaining();
        return left.compareTo(SHORTEST) < 0 ? SHORTEST : left;
    }

    private static Map<String, Object> metadataFor(RequestControl control) {
        return Map.of(REQUEST, control.id());
    }

    @SuppressWarnings("unchecked")
    private static Query query(Object[] args) {
        if (args[0] instanceof Query q) {
            return q;
        }
        String text = (String) args[0];
        if (args.length == 1) {
            return new Query(text);
        }
        if (args[1] instanceof Map<?, ?> map) {
            return new Query(text, (Map<String, Object>) map);
        }
        if (args[1] instanceof org.neo4j.driver.Value value) {
            return new Query(text, value);
        }
        return new Query(text, ((org.neo4j.driver.Record) args[1]).asMap());
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(T target, Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
