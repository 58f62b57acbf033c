package org.peercert.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peercert.platform.Paging;
import org.peercert.platform.web.ClientAddress;

/** Writes and reads the audit trail. It only ever appends: there is no update or delete here, by design. */
@ApplicationScoped
public class AuditService {

    private static final int CHUNK = 1000;

    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ClientAddress clientAddress;

    /** Joins the caller's transaction, so the trail records exactly the changes that were committed. */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(String actor, AuditAction action, String subject, String details) {
        append(actor, action, subject, details);
    }

    /**
     * For refusals: the refused request's own transaction rolls back, but the record of the refusal
     * (an access denied, a rejected upload) must stay.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusal(String actor, AuditAction action, String subject, String details) {
        append(actor, action, subject, details);
    }

    /** As {@link #recordRefusal}, for many subjects at once, in one transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordRefusals(String actor, AuditAction action, Collection<String> subjects, String details) {
        subjects.forEach(subject -> append(actor, action, subject, details));
    }

    private void append(String actor, AuditAction action, String subject, String details) {
        em.persist(new AuditEvent(clock.instant(), actor == null ? SYSTEM : actor, action, subject, details, remoteAddress()));
    }

    /**
     * How many events of these actions each subject has had since a moment, by one actor or (null) anyone: the count a
     * daily or hourly limit reads (date-of-birth checks, link mails). Subjects without any are left out.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> countsSince(Collection<String> subjects, Collection<AuditAction> actions, String actor, Instant since) {
        Map<String, Long> counts = new HashMap<>();
        List<String> all = List.copyOf(subjects);
        String byActor = actor == null ? "" : " and e.actor = :actor";
        for (int from = 0; from < all.size(); from += CHUNK) {
            TypedQuery<Object[]> query = em.createQuery("select e.subject, count(e) from AuditEvent e where e.subject in :subjects"
                    + " and e.action in :actions" + byActor + " and e.occurredAt >= :since group by e.subject", Object[].class)
                    .setParameter("subjects", all.subList(from, Math.min(all.size(), from + CHUNK))).setParameter("actions", actions)
                    .setParameter("since", since);
            if (actor != null) {
                query.setParameter("actor", actor);
            }
            query.getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        }
        return counts;
    }

    /** The newest events about exactly this subject (a certificate number, an application), on the subject index. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> about(String subject, int max) {
        return em.createQuery("select e from AuditEvent e where e.subject = :s order by e.occurredAt desc, e.id desc", AuditEvent.class)
                .setParameter("s", subject).setMaxResults(max).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<AuditEvent> find(AuditFilter filter, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.where(matching(filter, cb, event)).orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
        TypedQuery<AuditEvent> page = em.createQuery(query).setFirstResult(first).setMaxResults(pageSize);

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEvent> counted = count.from(AuditEvent.class);
        count.select(cb.count(counted)).where(matching(filter, cb, counted));
        return new Paging<>(page.getResultList(), em.createQuery(count).getSingleResult());
    }

    private static Predicate[] matching(AuditFilter filter, CriteriaBuilder cb, Root<AuditEvent> event) {
        List<Predicate> where = new ArrayList<>();
        if (hasText(filter.actor())) {
            where.add(cb.like(cb.lower(event.get("actor")), "%" + filter.actor().trim().toLowerCase() + "%"));
        }
        if (filter.action() != null) {
            where.add(cb.equal(event.get("action"), filter.action()));
        }
        if (hasText(filter.subject())) {
            where.add(cb.like(cb.lower(event.get("subject")), "%" + filter.subject().trim().toLowerCase() + "%"));
        }
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), filter.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(event.get("occurredAt"), filter.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return where.toArray(Predicate[]::new);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    private String remoteAddress() {
        return clientAddress.current().orElse(null);
    }
}
