package org.peercert.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.peercert.account.UserAccount;
import org.peercert.platform.BusinessCalendar;
import org.peercert.platform.Paging;

/** Staff's queue of applications, and the decision clock: each application's target decision date in business days. */
@ApplicationScoped
@Transactional
public class ApplicationQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BusinessCalendar calendar;

    @Inject
    ApplicationPolicy policy;

    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate targetDecisionDate(CertificationApplication a) {
        return a.getSubmittedAt() == null ? null
                : calendar.addBusinessDays(LocalDate.ofInstant(a.getLastSubmittedAt(), ZoneOffset.UTC), policy.serviceLevelBusinessDays());
    }

    /**
     * Applications submitted before this moment are past their target decision date today (the service level of
     * {@code peercert.application.service-level-business-days}, counted from the day of submission).
     */
    Instant pastTargetCutoff(LocalDate today) {
        return calendar.lastStartPastDue(today, policy.serviceLevelBusinessDays()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<QueueRow> queue(QueueFilter filter, int first, int pageSize) {
        StringBuilder where = new StringBuilder(" where a.status <> :draft");
        if (filter.status() != null) {
            where.append(" and a.status = :status");
        }
        if (filter.track() != null) {
            where.append(" and a.track = :track");
        }
        if (filter.assignee() != null && !filter.assignee().isBlank()) {
            where.append(" and a.assignee = :assignee");
        }
        if (filter.olderThanDays() != null) {
            where.append(" and a.submittedAt <= :submittedBefore");
        }
        if (filter.pastTargetDate()) {
            where.append(" and a.status in :awaitingStaff and coalesce(a.resubmittedAt, a.submittedAt) < :pastTargetBefore");
        }
        QueueSearch search = QueueSearch.of(filter.search());
        where.append(search.condition());
        QueueSort sort = filter.sort() == null ? QueueSort.OLDEST_FIRST : filter.sort();
        TypedQuery<Object[]> page = em.createQuery("select a, u.email from CertificationApplication a join UserAccount u on u.id = a.applicantId"
                + where + " order by " + sort.orderBy(), Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(a) from CertificationApplication a" + where, Long.class);
        for (TypedQuery<?> query : List.of(page, count)) {
            query.setParameter("draft", ApplicationStatus.DRAFT);
            if (filter.status() != null) {
                query.setParameter("status", filter.status());
            }
            if (filter.track() != null) {
                query.setParameter("track", filter.track());
            }
            if (filter.assignee() != null && !filter.assignee().isBlank()) {
                query.setParameter("assignee", filter.assignee().strip());
            }
            if (filter.olderThanDays() != null) {
                query.setParameter("submittedBefore", clock.instant().minus(Duration.ofDays(filter.olderThanDays())));
            }
            if (filter.pastTargetDate()) {
                query.setParameter("awaitingStaff", EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW));
                query.setParameter("pastTargetBefore", pastTargetCutoff(LocalDate.now(clock)));
            }
            search.bind(query);
        }
        LocalDate today = LocalDate.now(clock);
        List<QueueRow> rows = page.setFirstResult(first).setMaxResults(pageSize).getResultList().stream().map(r -> {
            CertificationApplication a = (CertificationApplication) r[0];
            LocalDate target = targetDecisionDate(a);
            return new QueueRow(a, (String) r[1], target, a.getStatus().awaitingStaff() && target != null && today.isAfter(target));
        }).toList();
        return new Paging<>(rows, count.getSingleResult());
    }
}
