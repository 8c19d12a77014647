/**
 * Who may read and who may write: API tokens from the configuration and JWTs from an identity provider, both as
 * {@code Authorization: Bearer}; editors only for writes ({@link org.planlineage.security.EditorsOnly}, and
 * {@link org.planlineage.security.CurrentEditor}, the editor's name for the audit trail); the security headers and
 * Content-Security-Policy of every answer.
 */
package org.planlineage.security;
