package org.peercert.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.peercert.account.AccountService;
import org.peercert.account.EmailAddress;
import org.peercert.account.Role;
import org.peercert.account.UserAccount;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyService;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.network.committee.Outcome;
import org.peercert.notification.Mail;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.BusinessCalendar;
import org.peercert.platform.NotYours;
import org.peercert.platform.Paging;
import org.peercert.platform.PortalUrls;
import org.peercert.platform.Words;
import org.peercert.platform.format.UsDates;

/**
 * R-NET-1, R-NET-3, R-NET-5: credentialing requests as the network sees them: its queue with the business-day clock,
 * returning or acknowledging a request, the committee's decision, the recredentialing reminder, and the messages to the
 * agency. The agency's draft is {@link NetworkRequestDrafts}; the audit {@link NetworkAudits}.
 */
@ApplicationScoped
@Transactional
public class NetworkRequests {

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
    NetworkPolicy policy;

    @Inject
    MailTemplates templates;

    @Inject
    OutboxService outbox;

    @Inject
    PortalUrls urls;

    @Inject
    AccountService accounts;

    // --- the agency

    /** The agency's newest request, open or decided. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<NetworkRequest> latestOf(long agencyId) {
        return em.createQuery("select r from NetworkRequest r where r.agencyId = :a order by r.createdAt desc, r.id desc", NetworkRequest.class)
                .setParameter("a", agencyId).setMaxResults(1).getResultStream().findFirst();
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
        String list = RequestTexts.required(problems, "network.problemsRequired");
        request.returned(list, clock.instant());
        tellAgency(request, staffEmail, Words.message("network.headline.returned"), "Your request was returned to you to correct:\n" + list,
                AuditAction.NETWORK_REQUEST_RETURNED);
        return request;
    }

    /** R-NET-5: a complete request is acknowledged. */
    public NetworkRequest acknowledge(String staffEmail, long requestId, long seenVersion) {
        NetworkRequest request = onTheClock(requestId, seenVersion);
        request.moveTo(RequestStatus.ACKNOWLEDGED, clock.instant());
        tellAgency(request, staffEmail, Words.message("network.headline.acknowledged"),
                "Your request is complete and acknowledged. The network will audit your peer support program next.",
                AuditAction.NETWORK_REQUEST_ACKNOWLEDGED);
        return request;
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

    // --- shared with the committee

    public void putOnAgenda(NetworkRequest request) {
        request.moveTo(RequestStatus.ON_AGENDA, clock.instant());
    }

    /**
     * R-NET-3: the committee's decision. Only an approval makes the agency an approved Peer Support Service provider,
     * from the effective date (which the billing check's R-SVC-6 reads); a deferral waits for a later agenda.
     */
    public void decided(NetworkRequest request, Outcome outcome, LocalDate meetingDay, LocalDate effectiveFrom, String recorder, String minutes,
                        Function<NetworkRequest, byte[]> letter) {
        switch (outcome) {
            case APPROVED -> {
                request.decided(RequestStatus.APPROVED, meetingDay, effectiveFrom, clock.instant());
                agencies.approveInNetwork(request.getAgencyId(), effectiveFrom);
                tellAgency(request, recorder, Words.message("network.headline.approved", UsDates.shown(effectiveFrom)),
                        "The credentialing committee approved your agency as a Peer Support Service provider in the "
                        + request.getPayer() + " network from " + UsDates.shown(effectiveFrom) + ", until "
                        + UsDates.shown(effectiveFrom.plusYears(policy.recredentialYears()))
                        + ". The decision letter is attached, and on your Network credentialing page.", AuditAction.NETWORK_REQUEST_DECIDED,
                        letterOf(request, letter));
            }
            case DENIED -> {
                request.decided(RequestStatus.DENIED, meetingDay, null, clock.instant());
                tellAgency(request, recorder, Words.message("network.headline.denied"),
                        "The credentialing committee did not approve your request. The committee's minutes: " + minutes
                        + "\nThe decision letter is attached, and on your Network credentialing page.", AuditAction.NETWORK_REQUEST_DECIDED,
                        letterOf(request, letter));
            }
            case DEFERRED -> {
                request.moveTo(RequestStatus.READY, clock.instant());
                tellAgency(request, recorder, Words.message("network.headline.deferred"),
                        "The credentialing committee deferred your request to a later meeting. The committee's minutes: " + minutes,
                        AuditAction.NETWORK_REQUEST_DECIDED);
            }
        }
    }

    /**
     * Records a message from the network on the request and tells the agency's administrators, in the portal and by mail;
     * the headline says what happened, in the mail's subject (#30.10).
     */
    void tellAgency(NetworkRequest request, String author, String headline, String text, AuditAction action) {
        tellAgency(request, author, headline, text, action, null);
    }

    /** As {@link #tellAgency(NetworkRequest, String, String, String, AuditAction)}, the mail carrying a file when one is given. */
    private void tellAgency(NetworkRequest request, String author, String headline, String text, AuditAction action, Mail.Attachment file) {
        String actor = EmailAddress.normalize(author);
        em.persist(new NetworkMessage(request.getId(), actor, true, text, clock.instant()));
        audit.record(actor, action, subject(request), text.length() > 500 ? text.substring(0, 500) : text);
        Agency agency = em.find(Agency.class, request.getAgencyId());
        for (UserAccount admin : agencies.adminsOf(agency.getId())) {
            Mail mail = templates.render("network-message", admin.getEmail(), admin.getFirstName(), agency.getLegalName(),
                    request.getPayer(), text, urls.absolute("/agency/network.xhtml"), headline);
            outbox.enqueue(file == null ? mail : mail.with(file));
        }
    }

    /**
     * Tells the network's staff of something the agency did (#30: a request sent, a plan sent), each by mail and in
     * their notices, with the request's page; the network answers a sent request within its business days.
     */
    void tellNetwork(NetworkRequest request, String what) {
        Agency agency = em.find(Agency.class, request.getAgencyId());
        String page = urls.absolute("/network/request.xhtml?id=" + request.getId());
        for (UserAccount staff : accounts.activeHoldersOf(Role.NETWORK_STAFF)) {
            outbox.enqueue(templates.render("network-staff-message", staff.getEmail(), staff.getFirstName(), agency.getLegalName(), what, page));
        }
    }

    /** #30: the network's staff hear of a request sent, or sent again after a return, and by when to answer it. */
    void tellNetworkSent(NetworkRequest request, boolean again) {
        String answerBy = UsDates.shown(calendar.dueBy(request.getReceivedOn(), policy.responseBusinessDays()));
        tellNetwork(request, again ? Words.message("network.sentAgainToStaff", answerBy) : Words.message("network.sentToStaff", answerBy));
    }

    /** The decision letter, as the agency downloads it, to travel with the decision mail. */
    private static Mail.Attachment letterOf(NetworkRequest request, Function<NetworkRequest, byte[]> letter) {
        return new Mail.Attachment("credentialing-decision-" + request.getId() + ".pdf", "application/pdf", letter.apply(request));
    }

    static String subject(NetworkRequest request) {
        return "network request " + request.getId();
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
}
