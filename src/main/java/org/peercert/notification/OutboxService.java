package org.peercert.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.platform.Paging;

/**
 * The outbox: features enqueue mail inside their own transaction; the delivery job sends it later,
 * one message per transaction, so a dead mail server delays mail but never loses or repeats it.
 */
@ApplicationScoped
public class OutboxService {

    private static final Logger LOG = Logger.getLogger(OutboxService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailPolicy policy;

    @Inject
    MailTransport transport;

    @Inject
    AuditService audit;

    @Inject
    Event<MailQueued> queued;

    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Mail mail) {
        OutboxMessage message = new OutboxMessage(mail.to(), mail.subject(), mail.body(), null, clock.instant());
        em.persist(message);
        if (!mail.attachments().isEmpty()) {
            em.flush();
            mail.attachments().forEach(file -> em.persist(new MailAttachment(message.getId(), file)));
        }
        queued.fire(new MailQueued(mail, null));
    }

    /** The files an outbox message carries, in the order they were added. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MailAttachment> attachmentsOf(long messageId) {
        return em.createQuery("select a from MailAttachment a where a.outboxId = :m order by a.id", MailAttachment.class)
                .setParameter("m", messageId).getResultList();
    }

    /**
     * Which of these dedupe keys an enqueued mail already carries, in one query on the key's unique index: a repeated
     * scan skips them before it renders a mail and tries an insert that would be ignored.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> alreadyEnqueued(Collection<String> dedupeKeys) {
        if (dedupeKeys.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select m.dedupeKey from OutboxMessage m where m.dedupeKey in :keys", String.class)
                .setParameter("keys", dedupeKeys).getResultList());
    }

    /** Enqueues the mail unless one with this key was enqueued before; @return whether this call enqueued it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean enqueueOnce(Mail mail, String dedupeKey) {
        boolean enqueued = em.createNativeQuery("INSERT IGNORE INTO mail_outbox (recipient, subject, body, dedupe_key, status, attempts, "
                        + "created_at, next_attempt_at, version) VALUES (?1, ?2, ?3, ?4, 'PENDING', 0, ?5, ?5, 0)")
                .setParameter(1, mail.to()).setParameter(2, mail.subject()).setParameter(3, mail.body()).setParameter(4, dedupeKey)
                .setParameter(5, clock.instant()).executeUpdate() == 1;
        if (enqueued) {
            queued.fire(new MailQueued(mail, dedupeKey));
        }
        return enqueued;
    }

    @Transactional
    public List<Long> dueMessageIds() {
        return em.createQuery("select m.id from OutboxMessage m where m.status = :pending and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id", Long.class)
                .setParameter("pending", OutboxStatus.PENDING)
                .setParameter("now", clock.instant())
                .setMaxResults(policy.batchSize())
                .getResultList();
    }

    /** Delivers one message if it is still due; the row lock keeps a second node from sending it too. */
    @Transactional
    public void deliver(long messageId) {
        OutboxMessage message = em.find(OutboxMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.isDue(clock.instant())) {
            return;
        }
        if (policy.captureLocally()) {
            message.delivered(OutboxStatus.CAPTURED, clock.instant());
            return;
        }
        try {
            transport.send(message, attachmentsOf(messageId));
            message.delivered(OutboxStatus.SENT, clock.instant());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Mail {0} to {1} not delivered yet: {2}", new Object[]{messageId, message.getRecipient(), e.toString()});
            if (DeliveryFailures.isPermanent(e)) {
                message.failedForGood(e.toString());
            } else {
                message.failed(e.toString(), clock.instant(), retrySchedule());
            }
            if (message.getStatus() == OutboxStatus.FAILED) {
                audit.record(AuditService.SYSTEM, AuditAction.MAIL_FAILED, message.getRecipient(),
                        "Gave up after " + message.getAttempts() + " attempts: " + message.getSubject());
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<OutboxMessage> find(String recipient, int first, int pageSize) {
        String where = recipient == null || recipient.isBlank() ? "" : " where lower(m.recipient) like :recipient";
        TypedQuery<OutboxMessage> page = em.createQuery("select m from OutboxMessage m" + where + " order by m.createdAt desc, m.id desc", OutboxMessage.class);
        TypedQuery<Long> count = em.createQuery("select count(m) from OutboxMessage m" + where, Long.class);
        if (!where.isEmpty()) {
            String pattern = "%" + recipient.trim().toLowerCase() + "%";
            page.setParameter("recipient", pattern);
            count.setParameter("recipient", pattern);
        }
        return new Paging<>(page.setFirstResult(first).setMaxResults(pageSize).getResultList(), count.getSingleResult());
    }

    private RetrySchedule retrySchedule() {
        return new RetrySchedule(policy.retryFirst(), policy.retryMax(), policy.maxAttempts());
    }
}
