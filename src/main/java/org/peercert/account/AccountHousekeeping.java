package org.peercert.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Issue #22, finding 10: what sign-in leaves behind is kept only as long as it serves. Failed sign-ins and wrong codes
 * matter to the throttles for minutes, so a day is ample; a link used or expired a month ago answers nothing.
 */
@ApplicationScoped
@Transactional
public class AccountHousekeeping {

    static final Duration FAILURES_KEPT = Duration.ofDays(1);
    static final Duration SPENT_LINKS_KEPT = Duration.ofDays(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Removes what is past keeping; returns how many rows went. */
    public int purge() {
        Instant now = clock.instant();
        Instant failuresBefore = now.minus(FAILURES_KEPT);
        Instant linksBefore = now.minus(SPENT_LINKS_KEPT);
        return em.createQuery("delete from SignInFailure f where f.failedAt < :before").setParameter("before", failuresBefore).executeUpdate()
                + em.createQuery("delete from TwoStepFailure f where f.failedAt < :before").setParameter("before", failuresBefore).executeUpdate()
                + em.createQuery("delete from AccountToken t where (t.usedAt is not null and t.usedAt < :before) or t.expiresAt < :before")
                .setParameter("before", linksBefore).executeUpdate();
    }
}
