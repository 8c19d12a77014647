package org.planlineage.security;

/** The two roles of the service, as Spring Security authorities. */
final class Roles {

    /** May write (import, ingest, remove) and read. */
    static final String EDITOR = "ROLE_EDITOR";

    /** May read when queries need a credential. */
    static final String READER = "ROLE_READER";

    private Roles() {}
}
