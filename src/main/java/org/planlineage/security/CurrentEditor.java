package org.planlineage.security;

import java.util.Map;
import org.planlineage.graphql.ApiException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is writing, from Spring Security's authentication of the request (an API token or a JWT). A mutation that only
 * an editor may call says so with {@link EditorsOnly} and asks {@link #requireEditor()} for the name to record in the
 * audit trail; where the check depends on an argument ({@code ingestText(dryRun: false)}), {@link #requireEditor()}
 * is the check itself, asked before anything is read or written.
 */
@Component
public class CurrentEditor {

    /** Without a credential ({@code UNAUTHORIZED}). */
    static final String NO_CREDENTIAL = "Only an editor may write: send 'Authorization: Bearer <editor token>'";

    /** With a reader's ({@code FORBIDDEN}). */
    static final String READER = "This credential may read but not write; an editor's is needed";

    /**
     * The editor's name for the audit trail: an API token's name, a JWT's principal claim. Throws
     * {@code UNAUTHORIZED} when the request carries no credential and {@code FORBIDDEN} when it carries one that is
     * not an editor's.
     */
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
