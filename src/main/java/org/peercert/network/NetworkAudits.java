package org.peercert.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peercert.account.EmailAddress;
import org.peercert.agency.RosterService;
import org.peercert.audit.AuditAction;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateStatus;
import org.peercert.platform.NotYours;
import org.peercert.platform.format.UsDates;

/**
 * R-NET-2, R-NET-4: the network's audit of an acknowledged request: which kind the agency calls for, ordering it, and
 * the auditor's findings with the roster's certification counted from the registry.
 */
@ApplicationScoped
@Transactional
public class NetworkAudits {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RosterService roster;

    @Inject
    NetworkRequests requests;

    /** R-NET-2: the audit the request's agency calls for: site for unaccredited agencies pursuing group contracts, else desk-top. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditKind suggestedAuditKind(NetworkRequest request) {
        return AuditKind.calledFor(request.isAccredited(), request.isGroupContracts());
    }

    /** R-NET-2: one audit per request, ordered once the request is acknowledged. */
    public NetworkAudit orderAudit(String staffEmail, long requestId, AuditKind kind) {
        NetworkRequest request = em.find(NetworkRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new NotYours("network request " + requestId);
        }
        if (auditOf(requestId).isPresent()) {
            throw new NetworkProblem("network.auditAlreadyOrdered");
        }
        if (request.getStatus() != RequestStatus.ACKNOWLEDGED) {
            throw new NetworkProblem("network.notAcknowledged");
        }
        if (kind == null) {
            throw new NetworkProblem("network.auditKind");
        }
        NetworkAudit ordered = new NetworkAudit(requestId, kind, EmailAddress.normalize(staffEmail), clock.instant());
        em.persist(ordered);
        request.moveTo(RequestStatus.IN_AUDIT, clock.instant());
        requests.tellAgency(request, staffEmail, "The network ordered a " + kind.label().toLowerCase(Locale.ROOT)
                + " of your peer support program: the specialists' certification, your supervision plan and your record-keeping protocols.",
                AuditAction.NETWORK_AUDIT_ORDERED);
        return ordered;
    }

    /**
     * R-NET-2, R-NET-4: the auditor's findings. The specialists' certification is counted from the registry now;
     * a corrective action plan may be asked for by a date. The request is then ready for the committee.
     */
    public NetworkAudit recordAudit(String staffEmail, long requestId, long seenVersion, boolean supervisionPlanOk, boolean recordKeepingOk,
            String findings, LocalDate correctivePlanDue) {
        NetworkAudit pending = auditOf(requestId).filter(a -> !a.isComplete()).orElseThrow(() -> new NetworkProblem("network.noOpenAudit"));
        NetworkRequests.unchanged(pending, pending.getVersion(), seenVersion);
        if (correctivePlanDue != null && !correctivePlanDue.isAfter(LocalDate.now(clock))) {
            throw new NetworkProblem("network.planDueInPast");
        }
        NetworkRequest request = requests.find(requestId);
        RosterCertification certification = rosterCertification(request.getAgencyId());
        String text = findings == null ? "" : findings.strip();
        if (text.length() > 4000) {
            throw new NetworkProblem("network.tooLong", 4000);
        }
        pending.complete(certification.total(), certification.certified(), supervisionPlanOk, recordKeepingOk, text, correctivePlanDue,
                EmailAddress.normalize(staffEmail), clock.instant());
        request.moveTo(RequestStatus.READY, clock.instant());
        String plan = correctivePlanDue == null ? "" : "\nPlease send a corrective action plan by " + UsDates.shown(correctivePlanDue) + ".";
        requests.tellAgency(request, staffEmail, "The audit is complete and your request goes to the credentialing committee."
                + (text.isEmpty() ? "" : "\nFindings: " + text) + plan, AuditAction.NETWORK_AUDIT_COMPLETED);
        return pending;
    }

    /** R-NET-4, live: how many of the agency's rostered people hold an active certificate today. */
    public record RosterCertification(int total, int certified, List<String> uncertified) {
        public boolean allCertified() {
            return total > 0 && total == certified;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RosterCertification rosterCertification(long agencyId) {
        List<Certificate> people = roster.members(agencyId);
        List<String> uncertified = people.stream().filter(c -> c.getStatus() != CertificateStatus.ACTIVE)
                .map(c -> c.getHolderName() + " (" + c.getNumber() + ", " + c.getStatus().label() + ")").toList();
        return new RosterCertification(people.size(), people.size() - uncertified.size(), uncertified);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<NetworkAudit> auditOf(long requestId) {
        return em.createQuery("select a from NetworkAudit a where a.requestId = :r", NetworkAudit.class).setParameter("r", requestId)
                .getResultStream().findFirst();
    }
}
