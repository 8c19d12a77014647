package org.planlineage.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * On a controller method (a mutation): only an editor may call it. Without a credential the answer is
 * {@code UNAUTHORIZED}, with a reader's {@code FORBIDDEN}; either way the method does not run, so nothing is written.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('EDITOR')")
public @interface EditorsOnly {}
