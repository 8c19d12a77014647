package org.planlineage.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Reads a JWT's role from the configured claim ({@code app.security.jwt.role-claim}, a string or a list, a dotted
 * path into nested objects such as Keycloak's {@code realm_access.roles}) and names its holder by the configured
 * principal claim ({@code spring.security.oauth2.resourceserver.jwt.principal-claim-name}, {@code sub} by default).
 */
final class JwtRoles implements Converter<Jwt, AbstractAuthenticationToken> {

    private final AccessProperties.Jwt props;
    private final String principalClaim;

    JwtRoles(AccessProperties.Jwt props, String principalClaim) {
        this.props = props;
        this.principalClaim = principalClaim == null ? "sub" : principalClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        List<String> roles = rolesIn(jwt.getClaims());
        Collection<GrantedAuthority> authorities = roles.contains(props.editorRole())
                ? AuthorityUtils.createAuthorityList(Roles.EDITOR, Roles.READER)
                : roles.contains(props.readerRole())
                        ? AuthorityUtils.createAuthorityList(Roles.READER)
                        : AuthorityUtils.NO_AUTHORITIES;
        String name = jwt.getClaimAsString(principalClaim);
        return new JwtAuthenticationToken(jwt, authorities, name == null ? jwt.getSubject() : name);
    }

    private List<String> rolesIn(Map<String, Object> claims) {
        Object at = claims;
        for (String step : props.roleClaim().split("\\.")) {
            at = at instanceof Map<?, ?> map ? map.get(step) : null;
        }
        var roles = new ArrayList<String>();
        if (at instanceof String s) {
            roles.addAll(List.of(s.split("[ ,]+")));
        } else if (at instanceof Collection<?> c) {
            c.forEach(v -> roles.add(String.valueOf(v)));
        }
        return roles;
    }
}
