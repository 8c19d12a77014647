package org.planlineage.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.planlineage.support.FixtureGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * A request is observed once, as {@code http.server.requests}, and not again around each of Spring Security's
 * filters, its authentication or its authorization ({@link WebSecurity#securityObservations()}): no
 * {@code spring.security.*} meter exists after a query, while the HTTP server's timer counts it under its URI.
 */
@FixtureGraphTest
class RequestObservationsTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    MeterRegistry meters;

    @Test
    void aQueryIsTimedAsAnHttpRequestAndNotPerSecurityFilter() throws InterruptedException {
        long before = graphQlRequests();

        graphQl.document("{ __typename }")
                .execute()
                .path("__typename")
                .entity(String.class)
                .isEqualTo("Query");

        // the server stops its observation once the answer is written, which the client may read a moment before
        assertThat(graphQlRequestsOnceAbove(before)).isEqualTo(before + 1);
        assertThat(meters.getMeters())
                .extracting(m -> m.getId().getName())
                .noneMatch(name -> name.startsWith("spring.security."));
    }

    private long graphQlRequestsOnceAbove(long before) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (graphQlRequests() == before && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return graphQlRequests();
    }

    /** How many requests to {@code /graphql} the HTTP server's timer has counted (the tester's POSTs). */
    private long graphQlRequests() {
        return meters.find("http.server.requests").tag("uri", "/graphql").timers().stream()
                .mapToLong(Timer::count)
                .sum();
    }
}
