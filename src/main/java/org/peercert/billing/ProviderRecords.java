package org.peercert.billing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peercert.background.exclusion.ExclusionStanding;
import org.peercert.background.exclusion.ScreeningService;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateHistory;
import org.peercert.certificate.CertificateStatus;
import org.peercert.ceu.CeRequirement;
import org.peercert.ceu.CeService;
import org.peercert.supervision.SupervisionService;
import org.peercert.supervision.SupervisionStanding;

/**
 * Gathers {@link ProviderRecord}s for many certificates at once, with a fixed number of queries whatever their
 * number (a roster of hundreds must not cost a query per person).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ProviderRecords {

    private static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CeService ce;

    @Inject
    ScreeningService screening;

    @Inject
    SupervisionService supervision;

    @Inject
    BillingPolicy policy;

    @Inject
    CertificateHistory history;

    /** In the order given; supervision is the agency's own (each agency assigns its supervisors). */
    public List<ProviderRecord> of(long agencyId, List<Certificate> certificates, LocalDate day) {
        List<ProviderRecord> records = new ArrayList<>(certificates.size());
        for (int from = 0; from < certificates.size(); from += CHUNK) {
            records.addAll(chunk(agencyId, certificates.subList(from, Math.min(certificates.size(), from + CHUNK)), day));
        }
        return records;
    }

    private List<ProviderRecord> chunk(long agencyId, List<Certificate> certificates, LocalDate day) {
        if (certificates.isEmpty()) {
            return List.of();
        }
        List<Long> ids = certificates.stream().map(Certificate::getId).toList();
        Map<Long, LocalDate> births = birthDates(ids);
        Map<Long, ExclusionStanding.State> exclusions = screening.flagged(certificates.stream().map(Certificate::getHolderId).distinct().toList());
        Map<Long, CeRequirement.Standing> hours = ce.standings(certificates);
        Map<Long, SupervisionStanding> supervisions = supervision.standings(agencyId, ids, day);
        Map<Long, CertificateStatus> statusesThatDay = history.statusOn(ids, day);
        List<ProviderRecord> records = new ArrayList<>(certificates.size());
        for (Certificate c : certificates) {
            SupervisionStanding s = supervisions.getOrDefault(c.getId(), SupervisionStanding.NONE);
            ExclusionStanding.State exclusion = exclusions.getOrDefault(c.getHolderId(), ExclusionStanding.State.CLEAR);
            CertificateStatus thatDay = statusesThatDay.getOrDefault(c.getId(), c.getStatus());
            ProviderFacts.Suspension suspension = thatDay == CertificateStatus.SUSPENDED && c.getStatus() == CertificateStatus.SUSPENDED
                    ? new ProviderFacts.Suspension(c.getSuspendedUntil()) : null;
            ProviderFacts facts = new ProviderFacts(births.get(c.getId()), thatDay, suspension, c.getTrack(),
                    c.getIssuedOn(), c.getExpiresOn(), exclusion == ExclusionStanding.State.EXCLUDED, s.peerInPlace(), s.clinicalInPlace(), s.lastClinicalSession());
            records.add(new ProviderRecord(c, facts, hours.get(c.getId()), s, exclusion, BillingRules.personFindings(facts, day, policy.limits())));
        }
        return records;
    }

    private Map<Long, LocalDate> birthDates(List<Long> certificateIds) {
        Map<Long, LocalDate> births = new HashMap<>();
        em.createQuery("select c.id, a.dateOfBirth from Certificate c, CertificationApplication a where a.id = c.applicationId and c.id in :ids",
                Object[].class).setParameter("ids", certificateIds).getResultList().forEach(r -> births.put((Long) r[0], (LocalDate) r[1]));
        return births;
    }
}
