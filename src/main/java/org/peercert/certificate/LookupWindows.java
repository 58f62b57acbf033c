package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * #23: the public lookups' windows, one row per throttle and client in {@code lookup_window}, so that every node counts
 * a client's lookups against one budget. Each take is a short transaction of its own, whoever calls (the lookup
 * filter has none), holding the client's row locked while {@link SearchThrottle} decides.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class LookupWindows {

    /** The most rows one forgetting transaction deletes, so a night after a flood of clients holds no long lock. */
    static final int FORGET_AT_ONCE = 10_000;
    /** The width of {@code lookup_window.client}: an IPv6 address with its zone is at most 55 characters. */
    static final int CLIENT_LENGTH = 64;

    // Inserting first locks the row whether it is new or not. A locking read of an absent row would lock only the gap
    // where it belongs, which two transactions may hold at once; both would then insert, and one would be a deadlock.
    private static final String CREATE_IF_ABSENT = "INSERT INTO lookup_window (throttle, client, window_start_millis, taken) "
            + "VALUES (?1, ?2, ?3, 0) ON DUPLICATE KEY UPDATE taken = taken";
    private static final String READ_LOCKED = "SELECT window_start_millis, taken FROM lookup_window WHERE throttle = ?1 AND client = ?2 "
            + "FOR UPDATE";
    private static final String WRITE = "UPDATE lookup_window SET window_start_millis = ?3, taken = ?4 WHERE throttle = ?1 AND client = ?2";
    private static final String FORGET = "DELETE FROM lookup_window WHERE throttle = ?1 AND window_start_millis < ?2 LIMIT " + FORGET_AT_ONCE;

    @PersistenceContext
    EntityManager em;

    /** Counts {@code lookups} against the client's window of this throttle, as {@code rule} decides, and keeps the outcome. */
    public SearchThrottle.Budget take(String throttle, String client, int lookups, SearchThrottle rule, Instant now) {
        String key = fitted(client);
        em.createNativeQuery(CREATE_IF_ABSENT).setParameter(1, throttle).setParameter(2, key).setParameter(3, now.toEpochMilli()).executeUpdate();
        SearchThrottle.Window current = readLocked(throttle, key);
        SearchThrottle.Taken taken = rule.take(current, lookups, now);
        if (!taken.window().equals(current)) {
            em.createNativeQuery(WRITE).setParameter(1, throttle).setParameter(2, key)
                    .setParameter(3, taken.window().startMillis()).setParameter(4, taken.window().taken()).executeUpdate();
        }
        return taken.budget();
    }

    /**
     * Behind a proxy that forwards client addresses, the "address" is what a header said, and may be a name of any
     * length: a longer one shares the budget of its first characters rather than failing the lookup.
     */
    private static String fitted(String client) {
        return client.length() <= CLIENT_LENGTH ? client : client.substring(0, CLIENT_LENGTH);
    }

    private SearchThrottle.Window readLocked(String throttle, String client) {
        Object[] row = (Object[]) em.createNativeQuery(READ_LOCKED).setParameter(1, throttle).setParameter(2, client).getSingleResult();
        return new SearchThrottle.Window(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
    }

    /** Deletes up to {@link #FORGET_AT_ONCE} of this throttle's windows that started before {@code before}; returns how many. */
    public int forgetStartedBefore(String throttle, Instant before) {
        return em.createNativeQuery(FORGET).setParameter(1, throttle).setParameter(2, before.toEpochMilli()).executeUpdate();
    }
}
