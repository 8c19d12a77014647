package org.planlineage.support;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts the Cypher statements the service runs, through the meter {@code graph.reads.statements} that every
 * {@code GraphReads} path increments (in-process and over Bolt alike): how a test proves that a query costs a bounded
 * number of round trips.
 */
public final class QueryCounter {

    private final MeterRegistry meters;
    private double base;

    public QueryCounter(MeterRegistry meters) {
        this.meters = meters;
        reset();
    }

    /** Statements run since the last {@link #reset()}. */
    public int count() {
        return (int) (total() - base);
    }

    public void reset() {
        base = total();
    }

    private double total() {
        return meters.counter("graph.reads.statements").count();
    }
}
