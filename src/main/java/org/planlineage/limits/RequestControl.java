package org.planlineage.limits;

import io.micrometer.context.ContextRegistry;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One GraphQL request while it runs: its id, its deadline and, once it was stopped, why. Once stopped, no data fetcher
 * of the request that reaches into the graph runs any more ({@link ExecutionBounds}), and the stop actions registered
 * for it run (terminating its database transactions).
 *
 * <p>The request in progress on a thread is {@link #current()}: set by {@link RequestFilter} on the servlet thread and
 * carried by Spring for GraphQL's context propagation into data fetchers and batch loaders on any thread.
 */
public final class RequestControl {

    /** Why a request was stopped before it finished. */
    public enum Stop {
        /** It ran past {@code app.graphql.timeout}. */
        DEADLINE,
        /** The client closed the connection. */
        CLIENT_GONE,
        /** Its answer grew past {@code app.graphql.max-answer-fields}. */
        TOO_LARGE
    }

    /** The key under which the request travels in the Reactor and GraphQL contexts. */
    static final String KEY = RequestControl.class.getName();

    private static final ThreadLocal<RequestControl> CURRENT = new ThreadLocal<>();

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(KEY, CURRENT::get, CURRENT::set, CURRENT::remove);
    }

    private final String id = UUID.randomUUID().toString();
    private final long deadlineNanos;
    private final Duration timeout;
    private final AtomicReference<Stop> stopped = new AtomicReference<>();
    private final CopyOnWriteArrayList<Consumer<Stop>> onStop = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<Runnable> onFinish = new CopyOnWriteArrayList<>();
    private volatile long estimatedCost = -1;
    private volatile boolean mutation;

    RequestControl(Duration timeout) {
        this.timeout = timeout;
        this.deadlineNanos = System.nanoTime() + timeout.toNanos();
    }

    /** The request being served on this thread, if any (none during start-up and the seed load). */
    public static Optional<RequestControl> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void bind(RequestControl control) {
        CURRENT.set(control);
    }

    static void unbind() {
        CURRENT.remove();
    }

    /** A unique id, given to the request's database transactions as metadata so that they can be found again. */
    public String id() {
        return id;
    }

    /** Time left before the deadline; zero or negative once it has passed. */
    public Duration remaining() {
        return Duration.ofNanos(deadlineNanos - System.nanoTime());
    }

    Duration timeout() {
        return timeout;
    }

    /** Why the request was stopped, or null while it runs normally. */
    public Stop stopped() {
        return stopped.get();
    }

    /** A write: once it has committed it always answers what it did, so its answer is never cut. */
    boolean isMutation() {
        return mutation;
    }

    void mutation(boolean mutation) {
        this.mutation = mutation;
    }

    long estimatedCost() {
        return estimatedCost;
    }

    void estimatedCost(long cost) {
        this.estimatedCost = cost;
    }

    /** Runs {@code action} when the request is stopped (at once if it already was). */
    void onStop(Consumer<Stop> action) {
        onStop.add(action);
        Stop why = stopped.get();
        if (why != null) {
            action.accept(why);
        }
    }

    /** Runs {@code action} when the request has been answered (giving back its turn at the load gate). */
    void onFinish(Runnable action) {
        onFinish.add(action);
    }

    /** The request has been answered, or has failed: runs the finishing actions once. */
    void finish() {
        onFinish.forEach(Runnable::run);
        onFinish.clear();
    }

    /** Stops the request for the first reason given; later calls change nothing. */
    void stop(Stop why) {
        if (!stopped.compareAndSet(null, why)) {
            return;
        }
        onStop.forEach(action -> action.accept(why));
    }
}
