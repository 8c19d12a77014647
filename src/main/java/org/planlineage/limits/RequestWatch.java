package org.planlineage.limits;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Watches the GraphQL requests in progress: stops each at its deadline, and as soon as its client has closed the
 * connection ({@link TcpConnections}, checked every {@value #POLL_MILLIS} ms while a request has been running that
 * long: the connections are not read for requests that all answer sooner, most of them).
 */
final class RequestWatch implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RequestWatch.class);
    static final long POLL_MILLIS = 200;

    private record Watched(
            TcpConnections.Key connection, ScheduledFuture<?> deadline, AtomicBoolean seen, long openedNanos) {}

    private final Duration timeout;
    private final ScheduledThreadPoolExecutor clock = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "request-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<RequestControl, Watched> inFlight = new ConcurrentHashMap<>();

    RequestWatch(Duration timeout, boolean watchClients) {
        this.timeout = timeout;
        // a request answered before its deadline takes its deadline out of the queue (not left there for 10 s)
        clock.setRemoveOnCancelPolicy(true);
        if (watchClients && TcpConnections.available()) {
            clock.scheduleWithFixedDelay(this::checkClients, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
        } else if (watchClients) {
            log.info("No /proc/net/tcp here: a request whose client leaves runs on until its deadline");
        }
    }

    /** A new request from {@code request}'s connection, stopped at its deadline unless closed before. */
    RequestControl open(HttpServletRequest request) {
        var control = new RequestControl(timeout);
        ScheduledFuture<?> deadline = clock.schedule(
                () -> control.stop(RequestControl.Stop.DEADLINE), timeout.toNanos(), TimeUnit.NANOSECONDS);
        inFlight.put(control, new Watched(connectionOf(request), deadline, new AtomicBoolean(), System.nanoTime()));
        return control;
    }

    /** The request has been answered. */
    void close(RequestControl control) {
        Watched watched = inFlight.remove(control);
        if (watched != null) {
            watched.deadline().cancel(false);
        }
        control.finish();
    }

    int inFlight() {
        return inFlight.size();
    }

    private static TcpConnections.Key connectionOf(HttpServletRequest request) {
        try {
            return new TcpConnections.Key(
                    request.getLocalPort(), InetAddress.getByName(request.getRemoteAddr()), request.getRemotePort());
        } catch (UnknownHostException e) {
            return null; // not an address literal (a proxy's header): not watched
        }
    }

    /**
     * A connection found closing, or gone after having been seen open, stops its request. Read only when a request
     * has run for a whole period: one that answers sooner has nothing to stop.
     */
    private void checkClients() {
        long period = TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS);
        long now = System.nanoTime();
        if (inFlight.values().stream().noneMatch(w -> now - w.openedNanos() >= period)) {
            return;
        }
        try {
            Map<TcpConnections.Key, Boolean> closing = TcpConnections.read();
            inFlight.forEach((control, watched) -> {
                Boolean isClosing = watched.connection() == null ? null : closing.get(watched.connection());
                if (Boolean.TRUE.equals(isClosing)
                        || (isClosing == null && watched.seen().get())) {
                    log.debug("Client of request {} has gone; stopping it", control.id());
                    control.stop(RequestControl.Stop.CLIENT_GONE);
                } else if (isClosing != null) {
                    watched.seen().set(true);
                }
            });
        } catch (RuntimeException e) {
            log.warn("Checking for clients that left failed: {}", e.toString());
        }
    }

    @Override
    public void destroy() {
        clock.shutdownNow();
    }
}
