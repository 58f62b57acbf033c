package org.peercert.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.peercert.platform.Paging;

/**
 * Tells a person something in the portal (their Notifications page) and by mail, in the caller's transaction.
 * With a dedupe key it happens at most once, ever: the key is unique in both tables, and a second attempt (a job
 * run twice, a second node) inserts nothing.
 */
@ApplicationScoped
public class NoticeService {

    private static final String ONCE = "INSERT IGNORE INTO notice (recipient_id, subject, body, dedupe_key, created_at) VALUES (?1, ?2, ?3, ?4, ?5)";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** In the portal only: for people who chose to get such news by mail once a day, in a digest. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(long recipientId, Mail mail) {
        em.persist(new Notice(recipientId, mail, null, clock.instant()));
    }

    /** Notices told to a person since an instant whose subject starts as given, oldest first (what a digest sums up). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notice> since(long recipientId, java.time.Instant since, String subjectPrefix) {
        return em.createQuery("select n from Notice n where n.recipientId = :r and n.createdAt >= :s and n.subject like :p"
                        + " order by n.createdAt, n.id", Notice.class).setParameter("r", recipientId).setParameter("s", since)
                .setParameter("p", subjectPrefix.replace("%", "") + "%").getResultList();
    }

    /** In the portal only, at most once per key (a digest mails it later). @return whether this call recorded it */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordOnce(long recipientId, Mail mail, String dedupeKey) {
        Notice notice = new Notice(recipientId, mail, dedupeKey, clock.instant());
        return em.createNativeQuery(ONCE).setParameter(1, recipientId).setParameter(2, notice.getSubject())
                .setParameter(3, notice.getBody()).setParameter(4, dedupeKey).setParameter(5, notice.getCreatedAt()).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<Notice> of(long recipientId, int first, int pageSize) {
        List<Notice> rows = em.createQuery("select n from Notice n where n.recipientId = :r order by n.createdAt desc, n.id desc", Notice.class)
                .setParameter("r", recipientId).setFirstResult(first).setMaxResults(pageSize).getResultList();
        long total = em.createQuery("select count(n) from Notice n where n.recipientId = :r", Long.class).setParameter("r", recipientId)
                .getSingleResult();
        return new Paging<>(rows, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread(long recipientId) {
        return em.createQuery("select count(n) from Notice n where n.recipientId = :r and n.readAt is null", Long.class)
                .setParameter("r", recipientId).getSingleResult();
    }

    @Transactional
    public void markAllRead(long recipientId) {
        em.createQuery("update Notice n set n.readAt = :now where n.recipientId = :r and n.readAt is null")
                .setParameter("now", clock.instant()).setParameter("r", recipientId).executeUpdate();
    }
}
