package org.planlineage.security;

import java.util.Map;
import org.planlineage.editing.Editors;
import org.planlineage.graphql.ApiException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is writing, from Spring Security's authentication of the request (an API token or a JWT): the answer to the
 * writes' {@link Editors#requireEditor()}, which every mutation asks before it reads or writes anything, also where
 * the check depends on an argument ({@code ingestText(dryRun: false)}). A whole operation can say it with
 * {@link EditorsOnly} instead.
 */
@Component
class SecurityEditors implements Editors {

    /** Without a credential ({@code UNAUTHORIZED}). */
    static final String NO_CREDENTIAL = "Only an editor may write: send 'Authorization: Bearer <editor token>'";

    /** With a reader's ({@code FORBIDDEN}). */
    static final String READER = "This credential may read but not write; an editor's is needed";

    /** The editor's name for the audit trail: an API token's name, a JWT's principal claim. */
    @Override
    public String requireEditor() {
        Authentication caller = caller();
        if (caller == null) {
            throw new ApiException(ApiException.Classification.UNAUTHORIZED, NO_CREDENTIAL, Map.of());
        }
        if (caller.getAuthorities().stream().noneMatch(a -> Roles.EDITOR.equals(a.getAuthority()))) {
            throw new ApiException(ApiException.Classification.FORBIDDEN, READER, Map.of());
        }
        return caller.getName();
    }

    /** The authenticated caller, or null for an anonymous request. */
    static Authentication caller() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken ? null : auth;
    }
}
