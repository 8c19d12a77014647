package org.planlineage.seed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

@SeededGraphTest
class SeedSmokeTest {

    @Autowired
    Neo4jClient client;

    @Test
    void theSeedIsLoaded() {
        long items = client.query("MATCH (p:PlanItem) RETURN count(p)")
                .fetchAs(Long.class)
                .one()
                .orElseThrow();
        assertThat(items).isEqualTo(122 + 147 + 70 + 6 + 22);
    }
}
