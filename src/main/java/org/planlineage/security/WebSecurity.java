package org.planlineage.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.graphql.GraphQlProperties;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Spring Security for an API that reads bearer credentials and keeps no session: API tokens and JWTs authenticate
 * ({@link BearerAuthentication}); queries are open unless {@code app.security} says otherwise; writes are refused
 * per operation ({@link EditorsOnly}, {@code CurrentEditor.requireEditor()}); every answer carries the security headers, the
 * Content-Security-Policy among them ({@code app.security.content-security-policy}, the one place to change it).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class WebSecurity {

    /**
     * No Micrometer observation around each of the chain's filters, nor around authentication and authorization: with
     * the actuator present Spring Security wraps every filter of every request in one (a dozen per request, about a
     * tenth of a small request's CPU) and nothing here reads their meters ({@code spring.security.*}). The HTTP
     * server's own {@code http.server.requests} stays (docs/decisions.md, "The request path").
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ApiTokens apiTokens(AccessProperties props) {
        return new ApiTokens(props);
    }

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            AccessProperties props,
            ApiTokens tokens,
            ObjectProvider<JwtDecoder> jwtDecoder,
            OAuth2ResourceServerProperties resourceServer,
            GraphQlProperties graphQl)
            throws Exception {
        JwtAuthenticationProvider jwts = null;
        if (jwtDecoder.getIfAvailable() != null) {
            jwts = new JwtAuthenticationProvider(jwtDecoder.getObject());
            jwts.setJwtAuthenticationConverter(
                    new JwtRoles(props.jwt(), resourceServer.getJwt().getPrincipalClaimName()));
        }
        var authentication = new BearerAuthentication(tokens, jwts);
        var errors = new AuthErrors(graphQl.getPath());
        http
                // bearer credentials in a header, no cookie: nothing for a cross-site request to ride on
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .oauth2ResourceServer(o -> o.authenticationManagerResolver(request -> authentication)
                        .authenticationEntryPoint(errors)
                        .accessDeniedHandler(errors))
                .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .authorizeHttpRequests(authorize -> {
                    // the pages hold no data (a browser cannot send a bearer header when it loads them)
                    authorize.requestMatchers(HttpMethod.GET, pages(graphQl)).permitAll();
                    if (props.queriesNeedACredential()) {
                        // the data: what a query answers, the source texts its provenances point at, the exports
                        authorize
                                .requestMatchers(graphQl.getPath(), "/sources/**", "/export/**")
                                .hasAnyRole("READER", "EDITOR");
                    }
                    authorize.anyRequest().permitAll(); // writes are checked per operation
                })
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(props.contentSecurityPolicy()))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    /** The explorer, GraphiQL, the front-end build's assets and the icon. */
    private static String[] pages(GraphQlProperties graphQl) {
        return new String[] {
            "/explorer", "/explorer/**", graphQl.getGraphiql().getPath(), "/assets/**", "/favicon.svg", "/favicon.ico"
        };
    }
}
