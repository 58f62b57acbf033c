package org.peercert.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;

/** The short transactions of a sign-in: reading recent failures, recording a failure or a success. */
@ApplicationScoped
@Transactional
public class SignInRecords {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditService audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Instant> failuresSince(String email, Instant since) {
        return em.createQuery("select f.failedAt from SignInFailure f where f.email = :email and f.failedAt > :since order by f.failedAt", Instant.class)
                .setParameter("email", email)
                .setParameter("since", since)
                .getResultList();
    }

    public void failed(String email, Instant at, String why) {
        em.persist(new SignInFailure(email, at));
        audit.record(email, AuditAction.SIGN_IN_FAILED, email, why);
    }

    /** Records an attempt that changed nothing: a refusal, a throttled attempt, a sign-out. */
    public void noted(String email, AuditAction action, String why) {
        audit.record(email, action, email, why);
    }

    public void succeeded(String email) {
        em.createQuery("delete from SignInFailure f where f.email = :email").setParameter("email", email).executeUpdate();
        audit.record(email, AuditAction.SIGNED_IN, email, null);
    }
}
