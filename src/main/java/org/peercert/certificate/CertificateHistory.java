package org.peercert.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The status each certificate had on each day (R-TRN-3): every issue and change is written down, effective from the
 * day it happened, so a billing check for a past date of service asks what held then (issue #22, finding 7).
 */
@ApplicationScoped
@Transactional
public class CertificateHistory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** In the changing transaction: an issue, a status change or a renewal is history from today. */
    void record(@Observes CertificateChanged changed) {
        em.persist(new CertificateStatusEntry(changed.certificateId(), changed.status(), LocalDate.now(clock), clock.instant()));
    }

    /** Each certificate's status on the day; a certificate not yet issued that day is left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, CertificateStatus> statusOn(List<Long> certificateIds, LocalDate day) {
        Map<Long, CertificateStatus> statuses = new HashMap<>();
        if (certificateIds.isEmpty()) {
            return statuses;
        }
        // Ordered oldest first, so the last entry put for a certificate is the one in force on the day.
        em.createQuery("select e.certificateId, e.status from CertificateStatusEntry e where e.certificateId in :ids and e.effectiveOn <= :day "
                        + "order by e.effectiveOn, e.id", Object[].class).setParameter("ids", certificateIds).setParameter("day", day)
                .getResultList().forEach(row -> statuses.put((Long) row[0], (CertificateStatus) row[1]));
        return statuses;
    }
}
