package org.planlineage.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read and who may write.
 *
 * @param editorTokens API tokens that may write (and read), comma-separated; {@code name:token} names the holder in
 *                     the audit trail, a bare token is named by a digest of it
 * @param readerTokens API tokens that may read; setting any makes queries need a credential
 * @param queriesNeedCredential true: every query needs a reader's or editor's credential; unset, true exactly when
 *                     reader tokens are configured (set it with JWTs alone)
 * @param jwt          how a JWT from the identity provider names its holder's role
 * @param contentSecurityPolicy the Content-Security-Policy header of every answer
 */
@ConfigurationProperties("app.security")
public record AccessProperties(
        @DefaultValue List<String> editorTokens,
        @DefaultValue List<String> readerTokens,
        Boolean queriesNeedCredential,
        @DefaultValue Jwt jwt,
        @DefaultValue(DEFAULT_CSP) String contentSecurityPolicy) {

    /**
     * Everything from the service itself, as the explorer and GraphiQL (both served from the jar) are built for: no
     * inline script or style, no eval, nothing from another origin; images and fonts may be data URLs (GraphiQL's
     * stylesheet embeds its fonts). The browser tests run the pages under this same policy.
     */
    public static final String DEFAULT_CSP = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    /**
     * @param roleClaim  the claim holding the role(s), a string or a list; a dotted path reaches into an object
     *                   ({@code realm_access.roles})
     * @param editorRole the value of that claim that makes an editor
     * @param readerRole the value that makes a reader
     */
    public record Jwt(
            @DefaultValue("roles") String roleClaim,
            @DefaultValue("plan-lineage-editor") String editorRole,
            @DefaultValue("plan-lineage-reader") String readerRole) {}

    boolean queriesNeedACredential() {
        return queriesNeedCredential != null
                ? queriesNeedCredential
                : readerTokens.stream().anyMatch(t -> !t.isBlank());
    }
}
