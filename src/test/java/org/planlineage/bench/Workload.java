package org.planlineage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;

/**
 * One question asked two ways: a GraphQL request to the API, and the hand-written Cypher that computes the same
 * answer, run through the official driver. Both answers are reduced to the same canonical lines, so the runner can
 * check that they agree before it times them.
 *
 * @param name       short name used in the tables
 * @param title      what the workload asks
 * @param graphql    the GraphQL document
 * @param variables  its variables
 * @param cypher     the hand-written Cypher
 * @param parameters its parameters
 * @param fromApi    the canonical answer from the API's JSON ({@code data})
 * @param fromRaw    the canonical answer from the Cypher's records
 */
record Workload(
        String name,
        String title,
        String graphql,
        Map<String, Object> variables,
        String cypher,
        Map<String, Object> parameters,
        Function<JsonNode, List<String>> fromApi,
        Function<List<Record>, List<String>> fromRaw) {}
