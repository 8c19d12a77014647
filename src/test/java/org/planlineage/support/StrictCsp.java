package org.planlineage.support;

import jakarta.servlet.Filter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Serves every response with the strict Content-Security-Policy the explorer and GraphiQL are built for (no inline
 * script or style, no eval, nothing from another origin), so the browser tests fail if a page needs more. Import
 * it into a browser test; the service's own security headers are set elsewhere.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StrictCsp {

    /** What the pages need: only their own origin, plus data: fonts (GraphiQL's stylesheet embeds its fonts). */
    public static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    @Bean
    FilterRegistrationBean<Filter> strictContentSecurityPolicy() {
        Filter filter = (request, response, chain) -> {
            ((jakarta.servlet.http.HttpServletResponse) response).setHeader("Content-Security-Policy", POLICY);
            chain.doFilter(request, response);
        };
        return new FilterRegistrationBean<>(filter);
    }
}
