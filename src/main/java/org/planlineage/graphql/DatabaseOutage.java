package org.planlineage.graphql;

import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells a database that cannot be reached (down, restarting, a cluster without a leader) from a fault of the
 * service: the first is a {@code SERVICE_UNAVAILABLE} error that says to try again, not an internal error. The
 * driver reconnects by itself once the database is back; nothing needs a restart.
 */
final class DatabaseOutage {

    static final String MESSAGE =
            "The database cannot be reached at the moment; nothing was read or written. " + "Try again shortly";

    private DatabaseOutage() {}

    /** True when the exception or one of its causes says the database cannot be reached. */
    static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceUnavailableException
                    || t instanceof SessionExpiredException
                    || t instanceof DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }
}
