package org.peercert.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peercert.account.EmailAddress;
import org.peercert.agency.AgencyService;
import org.peercert.agency.RosterService;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateStatus;
import org.peercert.document.DocumentService;
import org.peercert.platform.FieldProblem;
import org.peercert.platform.InvalidFields;
import org.peercert.platform.NotYours;
import org.peercert.platform.Words;
import org.peercert.platform.format.UsDates;

/**
 * R-NET-2, R-NET-4: the network's audit of an acknowledged request: which kind the agency calls for, ordering it, and
 * the auditor's findings with the roster's certification counted from the registry.
 */
@ApplicationScoped
@Transactional
public class NetworkAudits {

    /** The longest note on a plan the network returns (the column's size). */
    static final int PLAN_NOTE_MAX = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RosterService roster;

    @Inject
    NetworkRequests requests;

    @Inject
    AgencyService agencies;

    @Inject
    DocumentService documents;

    @Inject
    AuditService audit;

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
        String audit = kind.label().toLowerCase(Locale.ROOT);
        requests.tellAgency(request, staffEmail, Words.message("network.headline.auditOrdered", audit), "The network ordered a " + audit
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
        requests.tellAgency(request, staffEmail, Words.message("network.headline.audited"),
                "The audit is complete and your request goes to the credentialing committee."
                + (text.isEmpty() ? "" : "\nFindings: " + text) + plan, AuditAction.NETWORK_AUDIT_COMPLETED);
        return pending;
    }

    /**
     * #26: the agency sends the corrective action plan its audit asked for (again after a return, or a better one
     * before the network answered). The network's staff are told; the plan waits for their answer.
     */
    public NetworkDocument sendPlan(String adminEmail, String fileName, InputStream content) {
        String actor = EmailAddress.normalize(adminEmail);
        NetworkRequest request = requests.latestOf(agencies.requireAgencyOf(actor).getId()).orElseThrow(() -> new NetworkProblem("network.noRequest"));
        NetworkAudit asking = lockedAudit(request.getId()).filter(a -> a.planState(LocalDate.now(clock)).acceptsPlan())
                .orElseThrow(() -> new NetworkProblem("network.noPlanAsked"));
        DocumentService.StoredFile file = documents.keepChecked(fileName, content);
        NetworkDocument plan = new NetworkDocument(request.getId(), NetworkDocumentKind.CORRECTIVE_ACTION_PLAN, file, actor, clock.instant());
        em.persist(plan);
        em.flush();
        asking.planReceived(plan.getId(), clock.instant());
        audit.record(actor, AuditAction.NETWORK_PLAN_SENT, NetworkRequests.subject(request), file.name());
        requests.tellNetwork(request, Words.message("network.planSentToStaff", file.name()));
        return plan;
    }

    /**
     * #26: the network accepts the plan it received, or returns it with what to correct (and, if it gives one, a new
     * due day after today). The agency is told either way.
     */
    public NetworkAudit decidePlan(String staffEmail, long requestId, long seenVersion, PlanDecision decision, String note, LocalDate newDue) {
        NetworkAudit audited = lockedAudit(requestId).orElseThrow(() -> new NetworkProblem("network.noPlanAsked"));
        NetworkRequests.unchanged(audited, audited.getVersion(), seenVersion);
        LocalDate today = LocalDate.now(clock);
        if (audited.planState(today) != PlanState.RECEIVED) {
            throw new NetworkProblem("network.noPlanToDecide");
        }
        String text = note == null ? "" : note.strip();
        if (decision == PlanDecision.RETURNED && text.isEmpty()) {
            throw new InvalidFields(List.of(new FieldProblem("planNote", "network.planNoteRequired")));
        }
        if (text.length() > PLAN_NOTE_MAX) {
            throw new InvalidFields(List.of(new FieldProblem("planNote", "network.tooLong", PLAN_NOTE_MAX)));
        }
        if (newDue != null && (decision != PlanDecision.RETURNED || !newDue.isAfter(today))) {
            throw new InvalidFields(List.of(new FieldProblem("planNewDue", "network.planDueInPast")));
        }
        String staff = EmailAddress.normalize(staffEmail);
        audited.planDecided(decision, staff, clock.instant(), text.isEmpty() ? null : text, newDue);
        NetworkRequest request = requests.find(requestId);
        if (decision == PlanDecision.ACCEPTED) {
            requests.tellAgency(request, staff, Words.message("network.headline.planAccepted"),
                    Words.message("network.planAcceptedToAgency") + (text.isEmpty() ? "" : "\n" + text), AuditAction.NETWORK_PLAN_ACCEPTED);
        } else {
            requests.tellAgency(request, staff, Words.message("network.headline.planReturned", UsDates.shown(audited.getCorrectivePlanDue())),
                    Words.message("network.planReturnedToAgency", text, UsDates.shown(audited.getCorrectivePlanDue())),
                    AuditAction.NETWORK_PLAN_RETURNED);
        }
        return audited;
    }

    /**
     * #26: the requests whose corrective action plan is overdue today, for the network's queue. The query only narrows
     * to plans past their day and not accepted; {@link PlanState} decides, as everywhere else.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> plansOverdue() {
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("select a from NetworkAudit a where a.correctivePlanDue < :today and (a.planDecision is null or a.planDecision <> :accepted)",
                NetworkAudit.class).setParameter("today", today).setParameter("accepted", PlanDecision.ACCEPTED).getResultStream()
                .filter(a -> a.planState(today) == PlanState.OVERDUE).map(NetworkAudit::getRequestId).collect(Collectors.toSet());
    }

    private Optional<NetworkAudit> lockedAudit(long requestId) {
        return auditOf(requestId).map(a -> em.find(NetworkAudit.class, a.getId(), LockModeType.PESSIMISTIC_WRITE));
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
