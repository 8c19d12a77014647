package org.planlineage.limits;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The turns for expensive requests: a fixed number run at once, a short queue waits (first come, first served), and
 * a request that finds the queue full, or waits too long, is refused at once with a "try again" error.
 */
final class LoadGate {

    private final LoadProperties props;
    private final Semaphore turns;
    private final AtomicInteger waiting = new AtomicInteger();

    LoadGate(LoadProperties props) {
        if (props.maxConcurrent() < 1 || props.queue() < 0) {
            throw new IllegalArgumentException("app.load.max-concurrent must be at least 1 and app.load.queue at"
                    + " least 0, got " + props.maxConcurrent() + " and " + props.queue());
        }
        this.props = props;
        this.turns = new Semaphore(props.maxConcurrent(), true);
    }

    /**
     * Takes a turn, waiting at most {@code app.load.max-wait} and never past {@code deadline}.
     *
     * @return what gives the turn back; safe to call more than once
     * @throws Refusal when the queue is full or the wait ran out
     */
    Runnable enter(Duration deadline) {
        if (waiting.incrementAndGet() > props.queue() && turns.availablePermits() == 0) {
            waiting.decrementAndGet();
            throw busy();
        }
        try {
            long waitMillis = Math.max(0, Math.min(props.maxWait().toMillis(), deadline.toMillis()));
            if (!turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            waiting.decrementAndGet();
        }
        var released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                turns.release();
            }
        };
    }

    private Refusal busy() {
        int running = props.maxConcurrent() - turns.availablePermits();
        return Refusal.busy(
                running, Math.max(0, waiting.get()), Math.max(1, props.maxWait().toSeconds()));
    }
}
