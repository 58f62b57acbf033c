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

    /** The failures for this email from every address, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Instant> failuresSince(String email, Instant since) {
        return em.createQuery("select f.failedAt from SignInFailure f where f.email = :email and f.failedAt > :since order by f.failedAt", Instant.class)
                .setParameter("email", email)
                .setParameter("since", since)
                .getResultList();
    }

    /** The failures for this email from this address (null: not over HTTP), oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Instant> failuresSince(String email, String clientAddress, Instant since) {
        String from = clientAddress == null ? "f.clientAddress is null" : "f.clientAddress = :address";
        var query = em.createQuery("select f.failedAt from SignInFailure f where f.email = :email and " + from + " and f.failedAt > :since"
                + " order by f.failedAt", Instant.class).setParameter("email", email).setParameter("since", since);
        if (clientAddress != null) {
            query.setParameter("address", clientAddress);
        }
        return query.getResultList();
    }

    /** The failures from this address for any email, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Instant> failuresFromSince(String clientAddress, Instant since) {
        return em.createQuery("select f.failedAt from SignInFailure f where f.clientAddress = :address and f.failedAt > :since order by f.failedAt",
                Instant.class).setParameter("address", clientAddress).setParameter("since", since).getResultList();
    }

    public void failed(String email, String clientAddress, Instant at, String why) {
        em.persist(new SignInFailure(email, clientAddress, at));
        audit.record(email, AuditAction.SIGN_IN_FAILED, email, why);
    }

    /** A password set by a reset link: whoever tried to guess the old one no longer holds the email back. */
    public void forgetFailures(String email) {
        em.createQuery("delete from SignInFailure f where f.email = :email").setParameter("email", email).executeUpdate();
    }

    /** Records an attempt that changed nothing: a refusal, a throttled attempt, a sign-out. */
    public void noted(String email, AuditAction action, String why) {
        audit.record(email, action, email, why);
    }

    public void succeeded(String email) {
        forgetFailures(email);
        audit.record(email, AuditAction.SIGNED_IN, email, null);
    }
}
