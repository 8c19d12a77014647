package org.planlineage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** A GraphQL API over a Neo4j graph of how Vietnamese government plans derive from one another. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PlanLineageApplication {

    public static void main(String[] args) {
        SpringApplication.run(PlanLineageApplication.class, args);
    }
}
