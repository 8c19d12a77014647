package org.planlineage.security;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * Authenticates an {@code Authorization: Bearer} credential: first as one of the configured API tokens, then, when
 * an identity provider is configured, as a JWT signed by it. Anything else is refused as an invalid token.
 */
final class BearerAuthentication implements AuthenticationManager {

    private final ApiTokens tokens;
    private final AuthenticationProvider jwts; // null without an identity provider

    BearerAuthentication(ApiTokens tokens, AuthenticationProvider jwts) {
        this.tokens = tokens;
        this.jwts = jwts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        Authentication byToken = tokens.authenticate(token);
        if (byToken != null) {
            return byToken;
        }
        if (jwts != null && token.chars().filter(c -> c == '.').count() == 2) {
            return jwts.authenticate(authentication); // throws InvalidBearerTokenException saying what is wrong
        }
        throw new InvalidBearerTokenException("The bearer token is none of the configured API tokens"
                + (jwts == null ? "" : " and not a JWT") + ": check app.security.editor-tokens / reader-tokens");
    }
}
