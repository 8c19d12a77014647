package org.planlineage.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Closed-loop load: {@code clients} threads each send one request, wait for its answer and send the next, for a
 * fixed time. Every latency is kept (no histogram buckets), so percentiles are exact; a request that throws or
 * answers an error counts as an error and not as a latency.
 */
final class Load {

    /** One request: returns normally when the answer is right, throws otherwise. */
    @FunctionalInterface
    interface Request {
        void send() throws Exception;
    }

    /** What one load run measured; latencies in milliseconds. */
    record Stats(int clients, long requests, long errors, double seconds, double p50, double p95, double p99) {
        double throughput() {
            return requests / seconds;
        }
    }

    private Load() {}

    /** Sends {@code count} requests from one client, to warm the code paths; errors are counted. */
    static long warm(Request request, int count) {
        long errors = 0;
        for (int i = 0; i < count; i++) {
            try {
                request.send();
            } catch (Exception e) {
                errors++;
            }
        }
        return errors;
    }

    /** Runs {@code clients} closed-loop clients for {@code millis}; {@code rss} is sampled to keep its peak. */
    static Stats run(Request request, int clients, long millis, LongSupplier rss, AtomicLong peakRss)
            throws InterruptedException {
        var latencies = new long[clients][];
        var counts = new int[clients];
        var errors = new AtomicLong();
        var start = new CountDownLatch(1);
        var done = new CountDownLatch(clients);
        long[] window = new long[2];
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            latencies[c] = new long[1024];
            Thread t = new Thread(
                    () -> {
                        try {
                            start.await();
                            long end = window[1];
                            while (System.nanoTime() < end) {
                                long t0 = System.nanoTime();
                                try {
                                    request.send();
                                    long elapsed = System.nanoTime() - t0;
                                    if (counts[client] == latencies[client].length) {
                                        latencies[client] = Arrays.copyOf(latencies[client], counts[client] * 2);
                                    }
                                    latencies[client][counts[client]++] = elapsed;
                                } catch (Exception e) {
                                    errors.incrementAndGet();
                                }
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } finally {
                            done.countDown();
                        }
                    },
                    "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        window[0] = System.nanoTime();
        window[1] = window[0] + millis * 1_000_000;
        start.countDown();
        while (!done.await(200, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peakRss.accumulateAndGet(rss.getAsLong(), Math::max);
        }
        double seconds = (System.nanoTime() - window[0]) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Stats(
                clients,
                total,
                errors.get(),
                seconds,
                percentile(all, 0.50),
                percentile(all, 0.95),
                percentile(all, 0.99));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** The median of several rounds' figures. */
    static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0
                ? Double.NaN
                : sorted.length % 2 == 1
                        ? sorted[sorted.length / 2]
                        : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
