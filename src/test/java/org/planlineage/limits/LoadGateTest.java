package org.planlineage.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The turns for expensive requests, without Spring: a fixed number run, a short queue waits, the rest are shed. */
class LoadGateTest {

    static LoadGate gate(int running, int queue, String maxWait) {
        return new LoadGate(new LoadProperties(running, queue, Duration.parse("PT" + maxWait), List.of(), 1));
    }

    @Test
    void pastTheTurnsAndTheQueueARequestIsRefusedAtOnce() {
        var gate = gate(2, 0, "10S");
        Runnable first = gate.enter(Duration.ofSeconds(10));
        gate.enter(Duration.ofSeconds(10));
        long start = System.nanoTime();
        assertThatThrownBy(() -> gate.enter(Duration.ofSeconds(10)))
                .isInstanceOf(Refusal.class)
                .hasMessage("The service is busy (2 expensive requests running, 0 waiting); try again in 10 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        first.run();
        first.run(); // giving a turn back twice gives back one turn
        gate.enter(Duration.ofSeconds(10));
        assertThatThrownBy(() -> gate.enter(Duration.ofSeconds(10))).isInstanceOf(Refusal.class);
    }

    @Test
    void aQueuedRequestGetsTheTurnGivenBack() throws Exception {
        var gate = gate(1, 1, "5S");
        Runnable running = gate.enter(Duration.ofSeconds(10));
        var waiting = CompletableFuture.supplyAsync(() -> gate.enter(Duration.ofSeconds(10)));
        Thread.sleep(200);
        assertThat(waiting).isNotDone();
        running.run();
        assertThat(waiting.get()).isNotNull();
    }

    @Test
    void aQueuedRequestWaitsNoLongerThanTheWaitOrItsDeadline() {
        var gate = gate(1, 1, "5S");
        gate.enter(Duration.ofSeconds(10));
        long start = System.nanoTime();
        assertThatThrownBy(() -> gate.enter(Duration.ofMillis(300))).isInstanceOf(Refusal.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start))
                .isBetween(Duration.ofMillis(250), Duration.ofSeconds(3));
    }
}
