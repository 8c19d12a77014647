package org.planlineage.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The HTTP edge outside GraphQL: a direct request for the error page is answered 404, not 500. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    /** Only requests (not the container's error dispatch, which OncePerRequestFilter skips) to the error path. */
    @Bean
    FilterRegistrationBean<ErrorPath> errorPath(@Value("${server.error.path:/error}") String path) {
        var registration = new FilterRegistrationBean<>(new ErrorPath());
        registration.addUrlPatterns(path);
        return registration;
    }
}
