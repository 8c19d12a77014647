package org.planlineage.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.planlineage.support.SeededGraphTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Runs every example of {@code docs/queries.md} against the seeded graph over HTTP and checks that the answer is
 * exactly the one documented, so the documentation cannot drift from the code. An example is a {@code graphql}
 * block followed by a {@code json} block. With {@code -Ddocs.update=true} the test writes the actual answers into
 * the file instead (review the diff before committing it). An example whose document has a comment line
 * {@code # Authorization: Bearer <token>} is sent with that header (the writes need an editor's token); the writes'
 * examples remove what they import, so the seeded graph the other tests read is left as it was.
 */
@SeededGraphTest
class DocumentedQueriesTest {

    private static final Path DOC = Path.of("docs/queries.md");
    private static final Pattern EXAMPLE =
            Pattern.compile("```graphql\\n(.*?)```\\s*\\n+```json\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern AUTHORIZATION = Pattern.compile("(?m)^\\s*#\\s*Authorization:\\s*(.+?)\\s*$");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final boolean UPDATE = Boolean.getBoolean("docs.update");
    private static final List<String> actualAnswers = new ArrayList<>();

    @LocalServerPort
    int port;

    @TestFactory
    Stream<DynamicTest> everyDocumentedQueryAnswersAsDocumented() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher m = EXAMPLE.matcher(doc);
        var tests = new ArrayList<DynamicTest>();
        int n = 0;
        while (m.find()) {
            String query = m.group(1);
            String documented = m.group(2);
            int index = n++;
            String name = "example " + (index + 1) + ": "
                    + query.lines()
                            .filter(l -> !l.isBlank())
                            .filter(l -> !l.strip().startsWith("#"))
                            .findFirst()
                            .orElse("")
                            .strip();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                JsonNode actual = execute(query);
                String pretty = JSON.writeValueAsString(actual);
                synchronized (actualAnswers) {
                    while (actualAnswers.size() <= index) {
                        actualAnswers.add(null);
                    }
                    actualAnswers.set(index, pretty);
                }
                if (!UPDATE) {
                    assertThat(comparable(actual)).isEqualTo(comparable(JSON.readTree(documented)));
                }
            }));
        }
        assertThat(tests).as("examples in " + DOC).isNotEmpty();
        return tests.stream();
    }

    /**
     * The answer as compared: a full-text score depends on the index's statistics (documents deleted and re-added by
     * a reload count until Lucene merges its segments), so scores are compared by the order of the hits they rank,
     * which the answer shows, and not as exact floats.
     */
    private static String comparable(JsonNode answer) throws IOException {
        JsonNode copy = answer.deepCopy();
        copy.findParents("score")
                .forEach(p -> ((com.fasterxml.jackson.databind.node.ObjectNode) p).put("score", "(a score)"));
        return JSON.writeValueAsString(copy);
    }

    private JsonNode execute(String query) {
        Matcher authorization = AUTHORIZATION.matcher(query);
        String body = WebClient.create("http://localhost:" + port)
                .post()
                .uri("/graphql")
                .headers(h -> {
                    if (authorization.find()) {
                        h.set("Authorization", authorization.group(1));
                    }
                })
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", query))
                .retrieve()
                .bodyToMono(String.class)
                .block();
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void writeAnswersWhenUpdating() throws IOException {
        if (!UPDATE) {
            return;
        }
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher m = EXAMPLE.matcher(doc);
        var out = new StringBuilder();
        int i = 0;
        while (m.find()) {
            String answer = i < actualAnswers.size() && actualAnswers.get(i) != null
                    ? actualAnswers.get(i)
                    : m.group(2).strip();
            m.appendReplacement(
                    out, Matcher.quoteReplacement("```graphql\n" + m.group(1) + "```\n\n```json\n" + answer + "\n```"));
            i++;
        }
        m.appendTail(out);
        Files.writeString(DOC, out.toString(), StandardCharsets.UTF_8);
    }
}
