package org.planlineage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

/** A JWT's role claim read into the service's roles, without Spring or a key. */
class JwtRolesTest {

    static Jwt jwt(Map<String, Object> claims) {
        var builder =
                Jwt.withTokenValue("t").header("alg", "RS256").subject("sub-1").issuedAt(Instant.now());
        claims.forEach(builder::claim);
        return builder.build();
    }

    static List<String> roles(String claim, Map<String, Object> claims) {
        var converter = new JwtRoles(new AccessProperties.Jwt(claim, "ed", "rd"), "preferred_username");
        return converter.convert(jwt(claims)).getAuthorities().stream()
                .map(Object::toString)
                .toList();
    }

    @Test
    void theRoleIsReadFromAListAStringOrANestedClaim() {
        assertThat(roles("roles", Map.of("roles", List.of("x", "ed")))).containsExactly("ROLE_EDITOR", "ROLE_READER");
        assertThat(roles("roles", Map.of("roles", "x rd"))).containsExactly("ROLE_READER");
        assertThat(roles("realm_access.roles", Map.of("realm_access", Map.of("roles", List.of("rd")))))
                .containsExactly("ROLE_READER");
    }

    @Test
    void withoutTheClaimOrWithOtherValuesThereIsNoRole() {
        assertThat(roles("roles", Map.of())).isEmpty();
        assertThat(roles("roles", Map.of("roles", List.of("editor")))).isEmpty();
        assertThat(roles("realm_access.roles", Map.of("realm_access", "ed"))).isEmpty();
    }

    @Test
    void theHolderIsNamedByThePrincipalClaimOrElseTheSubject() {
        var converter = new JwtRoles(new AccessProperties.Jwt("roles", "ed", "rd"), "preferred_username");
        assertThat(converter.convert(jwt(Map.of("preferred_username", "dana"))).getName())
                .isEqualTo("dana");
        assertThat(converter.convert(jwt(Map.of())).getName()).isEqualTo("sub-1");
    }
}
