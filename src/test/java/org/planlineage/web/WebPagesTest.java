package org.planlineage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The two pages over HTTP: every explorer URL answers its one HTML page (deep links and reloads work), GraphiQL is
 * the jar's own page, neither page has an inline script or style or a reference to another origin, and the hashed
 * assets are cached for good. Needs the front-end build (skipped, with a message, after {@code -Dfrontend.skip}
 * on a clean tree).
 */
@SeededGraphTest
class WebPagesTest {

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*>");

    @Autowired
    WebTestClient http;

    @BeforeEach
    void frontEndBuilt() {
        assumeTrue(
                new ClassPathResource("static/explorer/index.html").exists(),
                "the front-end was not built (-Dfrontend.skip on a clean tree): nothing to serve");
    }

    private String page(String path) {
        return http.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("text/html;charset=UTF-8")
                .expectHeader()
                .cacheControl(org.springframework.http.CacheControl.noCache())
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }

    private static void selfContained(String html) {
        Matcher scripts = SCRIPT.matcher(html);
        int count = 0;
        while (scripts.find()) {
            assertThat(scripts.group())
                    .as("every script is a file of this origin")
                    .matches(".* src=\"/assets/[^\"]+\".*");
            count++;
        }
        assertThat(count).isEqualTo(1);
        assertThat(html).doesNotContain("<style", " style=", "http://", "https://", "//cdn", "unpkg", "esm.sh");
    }

    @Test
    void everyExplorerUrlAnswersTheExplorersPage() {
        String home = page("/explorer/");
        assertThat(home).contains("<title>Plan lineage explorer</title>", "<main id=\"main\"");
        selfContained(home);
        assertThat(page("/explorer/document/742-qd-ubnd-2023")).isEqualTo(home);
        assertThat(page("/explorer/item/3100-qd-ubnd-2023:12")).isEqualTo(home);
        assertThat(page("/explorer/unit/ubnd-11-phuong-tpvl")).isEqualTo(home);
        assertThat(page("/explorer/no/such/page")).isEqualTo(home);
    }

    @Test
    void theExplorerWithoutItsSlashRedirectsToIt() {
        http.get()
                .uri("/explorer")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.PERMANENT_REDIRECT)
                .expectHeader()
                .location("/explorer/");
    }

    @Test
    void graphiqlIsTheJarsOwnPageNamingTheEndpointInItsUrl() {
        http.get()
                .uri("/graphiql")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.TEMPORARY_REDIRECT)
                .expectHeader()
                .valueMatches(HttpHeaders.LOCATION, ".*/graphiql\\?path=/graphql$");
        String graphiql = page("/graphiql?path=/graphql");
        assertThat(graphiql).contains("<title>GraphiQL · plan-lineage</title>", "/assets/graphiql-");
        selfContained(graphiql);
    }

    @Test
    void hashedAssetsAreCachedForAYear() {
        Matcher script =
                Pattern.compile("src=\"(/assets/explorer-[^\"]+\\.js)\"").matcher(page("/explorer/"));
        assertThat(script.find()).isTrue();
        http.get()
                .uri(script.group(1))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable")
                .expectHeader()
                .contentType("text/javascript");
    }
}
