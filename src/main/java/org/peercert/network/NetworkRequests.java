package org.peercert.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.peercert.account.EmailAddress;
import org.peercert.account.UserAccount;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyProblem;
import org.peercert.agency.AgencyService;
import org.peercert.agency.RosterService;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateStatus;
import org.peercert.document.DocumentService;
import org.peercert.network.committee.Outcome;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.BusinessCalendar;
import org.peercert.platform.NotYours;
import org.peercert.platform.Paging;
import org.peercert.platform.PortalUrls;
import org.peercert.platform.Words;

/**
 * R-NET-1, R-NET-2, R-NET-4, R-NET-5: an agency's credentialing request, from its forms and documents to the
 * network's return or acknowledgement (within the business-day clock) and audit.
 */
@ApplicationScoped
@Transactional
public class NetworkRequests {

    private static final int TEXT_MAX = 500;
    private static final int LONG_TEXT_MAX = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BusinessCalendar calendar;

    @Inject
    AuditService audit;

    @Inject
    AgencyService agencies;

    @Inject
    RosterService roster;

    @Inject
    DocumentService documents;

    @Inject
    NetworkPolicy policy;

    @Inject
    MailTemplates templates;

    @Inject
    OutboxService outbox;

    @Inject
    PortalUrls urls;

    // --- the agency

    /** The agency's newest request, open or decided. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<NetworkRequest> latestOf(long agencyId) {
        return em.createQuery("select r from NetworkRequest r where r.agencyId = :a order by r.createdAt desc, r.id desc", NetworkRequest.class)
                .setParameter("a", agencyId).setMaxResults(1).getResultStream().findFirst();
    }

    /** A new draft, or the open request the agency already has (one at a time). */
    public NetworkRequest start(String adminEmail) {
        Agency agency = agencies.requireAgencyOf(adminEmail);
        if (!agency.isVerified()) {
            throw new AgencyProblem("agency.notVerified");
        }
        Optional<NetworkRequest> open = latestOf(agency.getId()).filter(r -> !r.getStatus().isClosed());
        if (open.isPresent()) {
            return open.get();
        }
        NetworkRequest request = new NetworkRequest(agency.getId(), policy.payer(), EmailAddress.normalize(adminEmail), clock.instant());
        em.persist(request);
        audit.record(EmailAddress.normalize(adminEmail), AuditAction.NETWORK_REQUEST_STARTED, subject(request), policy.payer());
        return request;
    }

    public NetworkRequest save(String adminEmail, long seenVersion, RequestForm form) {
        NetworkRequest request = editable(adminEmail, seenVersion);
        request.fill(checked(form), clock.instant());
        return request;
    }

    public NetworkDocument upload(String adminEmail, NetworkDocumentKind kind, String fileName, InputStream content) {
        NetworkRequest request = editable(adminEmail, -1);
        if (kind == null) {
            throw new NetworkProblem("network.documentKind");
        }
        DocumentService.StoredFile file = documents.keepChecked(fileName, content);
        NetworkDocument document = new NetworkDocument(request.getId(), kind, file, EmailAddress.normalize(adminEmail), clock.instant());
        em.persist(document);
        audit.record(EmailAddress.normalize(adminEmail), AuditAction.NETWORK_DOCUMENT_UPLOADED, subject(request), Words.of(kind) + ": " + file.name());
        return document;
    }

    /** R-NET-1: the forms as last typed, sent only when complete; otherwise what is missing is listed and nothing changes. */
    public NetworkRequest submit(String adminEmail, long seenVersion, RequestForm form) {
        NetworkRequest request = editable(adminEmail, seenVersion);
        request.fill(checked(form), clock.instant());
        List<String> missing = missing(request);
        if (!missing.isEmpty()) {
            throw new NetworkProblem("network.incomplete", String.join("; ", missing));
        }
        request.submitted(LocalDate.now(clock), clock.instant());
        String actor = EmailAddress.normalize(adminEmail);
        audit.record(actor, AuditAction.NETWORK_REQUEST_SUBMITTED, subject(request), "received " + request.getReceivedOn());
        em.persist(new NetworkMessage(request.getId(), actor, false, "Request sent to the network.", clock.instant()));
        return request;
    }

    public void reply(String adminEmail, String text) {
        Agency agency = agencies.requireAgencyOf(adminEmail);
        NetworkRequest request = latestOf(agency.getId()).orElseThrow(() -> new NetworkProblem("network.noRequest"));
        em.persist(new NetworkMessage(request.getId(), EmailAddress.normalize(adminEmail), false, required(text, "network.messageRequired"),
                clock.instant()));
    }

    /** What still keeps the request from being sent, in words for the agency. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> missing(NetworkRequest request) {
        RequestForm form = request.form();
        List<String> missing = new ArrayList<>();
        if (form.services().isBlank()) {
            missing.add("the services you will provide");
        }
        if (form.countiesServed().isBlank()) {
            missing.add("the counties you serve");
        }
        if (form.accredited() && (form.accreditationBody() == null || form.accreditationBody().isBlank())) {
            missing.add("the accrediting body");
        }
        if (!(form.attestsCriteria() && form.attestsCertifiedStaff() && form.attestsSupervision() && form.attestsRecordKeeping())) {
            missing.add("all four attestations of the credentialing application");
        }
        if (form.supervisionSummary().isBlank()) {
            missing.add("the addendum's summary of how specialists are supervised");
        }
        EnumSet<NetworkDocumentKind> present = EnumSet.noneOf(NetworkDocumentKind.class);
        documentsOf(request.getId()).forEach(d -> present.add(d.getKind()));
        for (NetworkDocumentKind kind : NetworkDocumentKind.values()) {
            if (kind.requiredOf(form.accredited()) && !present.contains(kind)) {
                missing.add(kind.label().toLowerCase(java.util.Locale.ROOT));
            }
        }
        if (roster.members(request.getAgencyId()).isEmpty()) {
            missing.add("at least one peer support specialist on your roster (the addendum's staff list)");
        }
        return missing;
    }

    // --- the network

    /** A request in the network's queue, with its business-day clock (R-NET-5). */
    public record QueueRow(NetworkRequest request, String agencyName, LocalDate dueOn, boolean overdue) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<QueueRow> queue(boolean openOnly, int first, int pageSize) {
        String where = openOnly ? "r.status not in (:draft, :approved, :denied)" : "r.status <> :draft";
        var query = em.createQuery("select r, a.legalName from NetworkRequest r, Agency a where a.id = r.agencyId and " + where
                + " order by case when r.status = :submitted then 0 else 1 end, r.receivedOn, r.id", Object[].class)
                .setParameter("draft", RequestStatus.DRAFT).setParameter("submitted", RequestStatus.SUBMITTED);
        var count = em.createQuery("select count(r) from NetworkRequest r where " + where, Long.class).setParameter("draft", RequestStatus.DRAFT);
        if (openOnly) {
            query.setParameter("approved", RequestStatus.APPROVED).setParameter("denied", RequestStatus.DENIED);
            count.setParameter("approved", RequestStatus.APPROVED).setParameter("denied", RequestStatus.DENIED);
        }
        List<QueueRow> rows = query.setFirstResult(first).setMaxResults(pageSize).getResultList().stream()
                .map(row -> queueRow((NetworkRequest) row[0], (String) row[1])).toList();
        return new Paging<>(rows, count.getSingleResult());
    }

    private QueueRow queueRow(NetworkRequest request, String agencyName) {
        LocalDate received = request.getReceivedOn();
        LocalDate due = received == null ? null : calendar.dueBy(received, policy.responseBusinessDays());
        boolean overdue = request.getStatus().isOnTheClock() && calendar.isOverdue(received, policy.responseBusinessDays(), LocalDate.now(clock));
        return new QueueRow(request, agencyName, due, overdue);
    }

    /** Requests in a state, with their agencies' names, in one query (e.g. those ready for a committee's agenda). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<QueueRow> inState(RequestStatus status) {
        return em.createQuery("select r, a.legalName from NetworkRequest r, Agency a where a.id = r.agencyId and r.status = :s order by r.updatedAt, r.id",
                Object[].class).setParameter("s", status).getResultList().stream().map(row -> queueRow((NetworkRequest) row[0], (String) row[1]))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public QueueRow row(long requestId) {
        NetworkRequest request = find(requestId);
        return queueRow(request, em.find(Agency.class, request.getAgencyId()).getLegalName());
    }

    /** R-NET-5: an incomplete or inaccurate request goes back to the agency with the list of problems. */
    public NetworkRequest returnToAgency(String staffEmail, long requestId, long seenVersion, String problems) {
        NetworkRequest request = onTheClock(requestId, seenVersion);
        String list = required(problems, "network.problemsRequired");
        request.returned(list, clock.instant());
        tellAgency(request, staffEmail, "Your request was returned to you to correct:\n" + list, AuditAction.NETWORK_REQUEST_RETURNED);
        return request;
    }

    /** R-NET-5: a complete request is acknowledged. */
    public NetworkRequest acknowledge(String staffEmail, long requestId, long seenVersion) {
        NetworkRequest request = onTheClock(requestId, seenVersion);
        request.moveTo(RequestStatus.ACKNOWLEDGED, clock.instant());
        tellAgency(request, staffEmail, "Your request is complete and acknowledged. The network will audit your peer support program next.",
                AuditAction.NETWORK_REQUEST_ACKNOWLEDGED);
        return request;
    }

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
        tellAgency(request, staffEmail, "The network ordered a " + kind.label().toLowerCase(java.util.Locale.ROOT)
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
        unchanged(pending, pending.getVersion(), seenVersion);
        if (correctivePlanDue != null && !correctivePlanDue.isAfter(LocalDate.now(clock))) {
            throw new NetworkProblem("network.planDueInPast");
        }
        NetworkRequest request = find(requestId);
        RosterCertification certification = rosterCertification(request.getAgencyId());
        String text = findings == null ? "" : findings.strip();
        if (text.length() > 4000) {
            throw new NetworkProblem("network.tooLong", 4000);
        }
        pending.complete(certification.total(), certification.certified(), supervisionPlanOk, recordKeepingOk, text, correctivePlanDue,
                EmailAddress.normalize(staffEmail), clock.instant());
        request.moveTo(RequestStatus.READY, clock.instant());
        String plan = correctivePlanDue == null ? "" : "\nPlease send a corrective action plan by " + correctivePlanDue + ".";
        tellAgency(request, staffEmail, "The audit is complete and your request goes to the credentialing committee."
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

    /**
     * Tells the administrators of each approved agency whose approval ends within the reminder period to apply again,
     * once per approval (an agency approved anew gets a new reminder). Returns how many agencies were reminded.
     */
    public int remindToRecredential() {
        LocalDate today = LocalDate.now(clock);
        LocalDate approvedOnOrBefore = today.plusDays(policy.recredentialReminderDays()).minusYears(policy.recredentialYears());
        List<Agency> due = em.createQuery("select a from Agency a where a.networkApprovedFrom is not null and a.networkApprovedFrom <= :d",
                Agency.class).setParameter("d", approvedOnOrBefore).getResultList();
        int reminded = 0;
        for (Agency agency : due) {
            LocalDate ends = agency.getNetworkApprovedFrom().plusYears(policy.recredentialYears());
            boolean told = false;
            for (UserAccount admin : agencies.adminsOf(agency.getId())) {
                told |= outbox.enqueueOnce(templates.render("network-recredential", admin.getEmail(), admin.getFirstName(),
                        agency.getLegalName(), policy.payer(), ends, urls.absolute("/agency/network.xhtml")),
                        "recredential:" + agency.getId() + ":" + agency.getNetworkApprovedFrom() + ":" + admin.getId());
            }
            reminded += told ? 1 : 0;
        }
        return reminded;
    }

    // --- reading

    @Transactional(Transactional.TxType.SUPPORTS)
    public NetworkRequest find(long requestId) {
        return Optional.ofNullable(em.find(NetworkRequest.class, requestId)).orElseThrow(() -> new NotYours("network request " + requestId));
    }

    /** The request if the administrator's agency made it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public NetworkRequest ownedBy(String adminEmail, long requestId) {
        Agency agency = agencies.requireAgencyOf(adminEmail);
        NetworkRequest request = find(requestId);
        if (!request.getAgencyId().equals(agency.getId())) {
            throw new NotYours("network request " + requestId + " of agency " + request.getAgencyId());
        }
        return request;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NetworkDocument> documentsOf(long requestId) {
        return em.createQuery("select d from NetworkDocument d where d.requestId = :r order by d.kind, d.uploadedAt desc, d.id desc",
                NetworkDocument.class).setParameter("r", requestId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<NetworkDocument> document(long documentId) {
        return Optional.ofNullable(em.find(NetworkDocument.class, documentId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NetworkMessage> messagesOf(long requestId) {
        return em.createQuery("select m from NetworkMessage m where m.requestId = :r order by m.sentAt desc, m.id desc", NetworkMessage.class)
                .setParameter("r", requestId).getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<NetworkAudit> auditOf(long requestId) {
        return em.createQuery("select a from NetworkAudit a where a.requestId = :r", NetworkAudit.class).setParameter("r", requestId)
                .getResultStream().findFirst();
    }

    // --- shared with the committee

    public void putOnAgenda(NetworkRequest request) {
        request.moveTo(RequestStatus.ON_AGENDA, clock.instant());
    }

    /**
     * R-NET-3: the committee's decision. Only an approval makes the agency an approved Peer Support Service provider,
     * from the effective date (which the billing check's R-SVC-6 reads); a deferral waits for a later agenda.
     */
    public void decided(NetworkRequest request, Outcome outcome, LocalDate meetingDay, LocalDate effectiveFrom, String recorder, String minutes) {
        switch (outcome) {
            case APPROVED -> {
                request.decided(RequestStatus.APPROVED, meetingDay, effectiveFrom, clock.instant());
                agencies.approveInNetwork(request.getAgencyId(), effectiveFrom);
                tellAgency(request, recorder, "The credentialing committee approved your agency as a Peer Support Service provider in the "
                        + request.getPayer() + " network from " + effectiveFrom + ", until " + effectiveFrom.plusYears(policy.recredentialYears())
                        + ". Your decision letter is on your Network credentialing page.", AuditAction.NETWORK_REQUEST_DECIDED);
            }
            case DENIED -> {
                request.decided(RequestStatus.DENIED, meetingDay, null, clock.instant());
                tellAgency(request, recorder, "The credentialing committee did not approve your request. The committee's minutes: " + minutes
                        + "\nYour decision letter is on your Network credentialing page.", AuditAction.NETWORK_REQUEST_DECIDED);
            }
            case DEFERRED -> {
                request.moveTo(RequestStatus.READY, clock.instant());
                tellAgency(request, recorder, "The credentialing committee deferred your request to a later meeting. The committee's minutes: "
                        + minutes, AuditAction.NETWORK_REQUEST_DECIDED);
            }
        }
    }

    /** Records a message from the network on the request and tells the agency's administrators, in the portal and by mail. */
    void tellAgency(NetworkRequest request, String author, String text, AuditAction action) {
        String actor = EmailAddress.normalize(author);
        em.persist(new NetworkMessage(request.getId(), actor, true, text, clock.instant()));
        audit.record(actor, action, subject(request), text.length() > 500 ? text.substring(0, 500) : text);
        Agency agency = em.find(Agency.class, request.getAgencyId());
        for (UserAccount admin : agencies.adminsOf(agency.getId())) {
            outbox.enqueue(templates.render("network-message", admin.getEmail(), admin.getFirstName(), agency.getLegalName(),
                    request.getPayer(), text, urls.absolute("/agency/network.xhtml")));
        }
    }

    static String subject(NetworkRequest request) {
        return "network request " + request.getId();
    }

    private NetworkRequest editable(String adminEmail, long seenVersion) {
        Agency agency = agencies.requireAgencyOf(adminEmail);
        NetworkRequest request = latestOf(agency.getId()).filter(r -> r.getStatus().isEditable())
                .orElseThrow(() -> new NetworkProblem("network.notEditable"));
        if (seenVersion >= 0) {
            unchanged(request, request.getVersion(), seenVersion);
        }
        return request;
    }

    private NetworkRequest onTheClock(long requestId, long seenVersion) {
        NetworkRequest request = find(requestId);
        unchanged(request, request.getVersion(), seenVersion);
        if (!request.getStatus().isOnTheClock()) {
            throw new NetworkProblem("network.notWaiting", request.getStatus().label());
        }
        return request;
    }

    /** Someone else changed it since the page was shown: the page says so and shows it afresh. */
    public static void unchanged(Object entity, long version, long seenVersion) {
        if (version != seenVersion) {
            throw new OptimisticLockException(entity);
        }
    }

    private static RequestForm checked(RequestForm form) {
        return new RequestForm(text(form.services(), TEXT_MAX), text(form.countiesServed(), TEXT_MAX), form.groupContracts(), form.accredited(),
                form.accredited() ? text(form.accreditationBody(), 200) : null, form.attestsCriteria(), form.attestsCertifiedStaff(),
                form.attestsSupervision(), form.attestsRecordKeeping(), text(form.supervisionSummary(), LONG_TEXT_MAX));
    }

    private static String text(String value, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.length() > max) {
            throw new NetworkProblem("network.tooLong", max);
        }
        return stripped;
    }

    private static String required(String value, String messageKey) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new NetworkProblem(messageKey);
        }
        return text(stripped, LONG_TEXT_MAX);
    }
}
