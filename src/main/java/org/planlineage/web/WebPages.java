package org.planlineage.web;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.graphql.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Serves the two pages of the front-end build: the explorer's one HTML page for every URL under {@code /explorer/}
 * (its script then shows the view the URL names, so deep links and reloads work), and the bundled GraphiQL at
 * {@code spring.graphql.graphiql.path} when {@code spring.graphql.graphiql.enabled}, in place of Spring's own
 * GraphiQL page, which loads its scripts from a CDN. The hashed assets are cached for a year, and
 * {@code /favicon.ico}, which a browser asks for on a page that names no icon (a source text), redirects to the icon.
 */
@Configuration(proxyBeanMethods = false)
class WebPages implements WebMvcConfigurer {

    static final String EXPLORER = "/explorer";
    private static final Resource EXPLORER_PAGE = new ClassPathResource("static/explorer/index.html");
    private static final Resource GRAPHIQL_PAGE = new ClassPathResource("static/graphiql/index.html");
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    @Bean
    RouterFunction<ServerResponse> explorerPages() {
        return RouterFunctions.route()
                .GET(
                        EXPLORER,
                        request -> ServerResponse.permanentRedirect(URI.create(EXPLORER + "/"))
                                .build())
                .GET(EXPLORER + "/**", request -> page(EXPLORER_PAGE))
                .build();
    }

    /** Before Spring's own GraphiQL route (order 0), which stays registered but is never reached. */
    @Bean
    @Order(-1)
    @ConditionalOnProperty(name = "spring.graphql.graphiql.enabled", havingValue = "true")
    RouterFunction<ServerResponse> graphiqlPage(GraphQlProperties graphQl) {
        String endpoint = graphQl.getPath();
        return RouterFunctions.route()
                .GET(graphQl.getGraphiql().getPath(), request -> graphiql(request, endpoint))
                .build();
    }

    /** Like Spring's page, the URL names the endpoint ({@code ?path=/graphql}), so a bookmark keeps working. */
    private static ServerResponse graphiql(ServerRequest request, String endpoint) {
        if (request.param("path").isEmpty()) {
            URI withPath = UriComponentsBuilder.fromUri(request.uri())
                    .queryParam("path", endpoint)
                    .build()
                    .toUri();
            return ServerResponse.temporaryRedirect(withPath).build();
        }
        return page(GRAPHIQL_PAGE);
    }

    private static ServerResponse page(Resource page) {
        if (!page.exists()) {
            return ServerResponse.status(HttpStatus.NOT_FOUND)
                    .contentType(MediaType.TEXT_PLAIN)
                    .body("This page is built by the front-end build, which was skipped (-Dfrontend.skip): "
                            + "build without it to serve the page.\n");
        }
        return ServerResponse.ok()
                .contentType(HTML)
                .cacheControl(CacheControl.noCache())
                .body(page);
    }

    /** The front-end build names every asset by its content hash: a changed file has a new name. */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }

    /** A plain-text page (a source text, an export) names no icon: the browser's guess finds the explorer's. */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/favicon.ico", "/favicon.svg").setStatusCode(HttpStatus.MOVED_PERMANENTLY);
    }
}
