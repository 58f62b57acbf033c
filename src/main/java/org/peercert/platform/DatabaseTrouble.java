package org.peercert.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * #23: whether a failure means the database cannot be reached (it is down, restarting, or the pool has no connection to
 * give), as opposed to a fault of the request or the code: the first is answered 503 "try again shortly", the second
 * stays a 500 that is logged as a fault.
 */
public final class DatabaseTrouble {

    /** What a 503 for an unreachable database tells the client to wait, pages and API alike. */
    public static final String RETRY_AFTER_SECONDS = "30";

    /** SQLSTATE class 08: connection exception (08S01 is MySQL's "communications link failure"). */
    private static final String CONNECTION_STATE_CLASS = "08";
    /** Named rather than imported: the pool's and Hibernate's wrappers, which carry no SQLSTATE of their own. */
    private static final Set<String> UNREACHABLE_TYPES = Set.of("jakarta.resource.ResourceException",
            "org.hibernate.exception.JDBCConnectionException", "com.mysql.cj.exceptions.CJCommunicationsException",
            "com.mysql.cj.jdbc.exceptions.CommunicationsException");
    private static final int DEEPEST_CAUSE = 20;

    private DatabaseTrouble() {
    }

    public static boolean isUnreachable(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_STATE_CLASS)
                    || isNamedUnreachable(cause.getClass())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNamedUnreachable(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getSuperclass()) {
            if (UNREACHABLE_TYPES.contains(t.getName())) {
                return true;
            }
        }
        return false;
    }
}
