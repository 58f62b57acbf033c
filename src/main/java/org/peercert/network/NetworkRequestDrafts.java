package org.peercert.network;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyProblem;
import org.peercert.agency.AgencyService;
import org.peercert.agency.RosterService;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.document.DocumentService;
import org.peercert.platform.FieldProblem;
import org.peercert.platform.InvalidFields;
import org.peercert.platform.NotYours;
import org.peercert.platform.Words;

/**
 * R-NET-1: the agency's side of a credentialing request: a draft of the forms and documents, sent to the network only
 * when nothing is missing, and the agency's replies.
 */
@ApplicationScoped
@Transactional
public class NetworkRequestDrafts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

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
    NetworkRequests requests;

    /** A new draft, or the open request the agency already has (one at a time). */
    public NetworkRequest start(String adminEmail) {
        Agency agency = agencies.requireAgencyOf(adminEmail);
        if (!agency.isVerified()) {
            throw new AgencyProblem("agency.notVerified");
        }
        Optional<NetworkRequest> open = requests.latestOf(agency.getId()).filter(r -> !r.getStatus().isClosed());
        if (open.isPresent()) {
            return open.get();
        }
        NetworkRequest request = new NetworkRequest(agency.getId(), policy.payer(), EmailAddress.normalize(adminEmail), clock.instant());
        em.persist(request);
        audit.record(EmailAddress.normalize(adminEmail), AuditAction.NETWORK_REQUEST_STARTED, NetworkRequests.subject(request), policy.payer());
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
        audit.record(EmailAddress.normalize(adminEmail), AuditAction.NETWORK_DOCUMENT_UPLOADED, NetworkRequests.subject(request), Words.of(kind) + ": " + file.name());
        return document;
    }

    /**
     * Takes a document off a request the agency can still change, e.g. one a newer upload superseded (#30). Its stored
     * content stays, as for an applicant's removed document; the audit trail names what was removed.
     */
    public void removeDocument(String adminEmail, long documentId) {
        NetworkRequest request = editable(adminEmail, -1);
        NetworkDocument document = em.find(NetworkDocument.class, documentId);
        if (document == null || !document.getRequestId().equals(request.getId())) {
            throw new NotYours("network document " + documentId);
        }
        em.remove(document);
        audit.record(EmailAddress.normalize(adminEmail), AuditAction.NETWORK_DOCUMENT_REMOVED, NetworkRequests.subject(request),
                Words.of(document.getKind()) + ": " + document.getName());
    }

    /** R-NET-1: the forms as last typed, sent only when complete; otherwise what is missing is listed and nothing changes. */
    public NetworkRequest submit(String adminEmail, long seenVersion, RequestForm form) {
        NetworkRequest request = editable(adminEmail, seenVersion);
        request.fill(checked(form), clock.instant());
        List<FieldProblem> missing = missing(request);
        if (!missing.isEmpty()) {
            List<FieldProblem> refusal = new ArrayList<>(List.of(new FieldProblem(null, "network.incomplete")));
            refusal.addAll(missing);
            throw new InvalidFields(refusal);
        }
        boolean again = request.getStatus() == RequestStatus.RETURNED;
        request.submitted(LocalDate.now(clock), clock.instant());
        requests.tellNetworkSent(request, again);
        String actor = EmailAddress.normalize(adminEmail);
        audit.record(actor, AuditAction.NETWORK_REQUEST_SUBMITTED, NetworkRequests.subject(request), "received " + request.getReceivedOn());
        em.persist(new NetworkMessage(request.getId(), actor, false, "Request sent to the network.", clock.instant()));
        return request;
    }

    public void reply(String adminEmail, String text) {
        Agency agency = agencies.requireAgencyOf(adminEmail);
        NetworkRequest request = requests.latestOf(agency.getId()).orElseThrow(() -> new NetworkProblem("network.noRequest"));
        em.persist(new NetworkMessage(request.getId(), EmailAddress.normalize(adminEmail), false, RequestTexts.required(text, "network.messageRequired"),
                clock.instant()));
    }

    /**
     * What still keeps the request from being sent, each at the field of the request form that gives it (documents and
     * the roster concern the request as a whole: no field).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FieldProblem> missing(NetworkRequest request) {
        RequestForm form = request.form();
        List<FieldProblem> missing = new ArrayList<>();
        if (form.services().isBlank()) {
            missing.add(new FieldProblem("services", "network.missing.services"));
        }
        if (form.countiesServed().isBlank()) {
            missing.add(new FieldProblem("counties", "network.missing.counties"));
        }
        if (form.accredited() && (form.accreditationBody() == null || form.accreditationBody().isBlank())) {
            missing.add(new FieldProblem("accreditationBody", "network.missing.accreditationBody"));
        }
        attestation(missing, form.attestsCriteria(), "attestsCriteria");
        attestation(missing, form.attestsCertifiedStaff(), "attestsCertifiedStaff");
        attestation(missing, form.attestsSupervision(), "attestsSupervision");
        attestation(missing, form.attestsRecordKeeping(), "attestsRecordKeeping");
        if (form.supervisionSummary().isBlank()) {
            missing.add(new FieldProblem("supervisionSummary", "network.missing.supervisionSummary"));
        }
        EnumSet<NetworkDocumentKind> present = EnumSet.noneOf(NetworkDocumentKind.class);
        requests.documentsOf(request.getId()).forEach(d -> present.add(d.getKind()));
        for (NetworkDocumentKind kind : NetworkDocumentKind.values()) {
            if (kind.requiredOf(form.accredited()) && !present.contains(kind)) {
                missing.add(new FieldProblem(null, "network.missing.document", kind));
            }
        }
        if (roster.members(request.getAgencyId()).isEmpty()) {
            missing.add(new FieldProblem(null, "network.missing.roster"));
        }
        return missing;
    }

    private static void attestation(List<FieldProblem> missing, boolean ticked, String field) {
        if (!ticked) {
            missing.add(new FieldProblem(field, "network.missing.attestation"));
        }
    }

    private NetworkRequest editable(String adminEmail, long seenVersion) {
        Agency agency = agencies.requireAgencyOf(adminEmail);
        NetworkRequest request = requests.latestOf(agency.getId()).filter(r -> r.getStatus().isEditable())
                .orElseThrow(() -> new NetworkProblem("network.notEditable"));
        if (seenVersion >= 0) {
            NetworkRequests.unchanged(request, request.getVersion(), seenVersion);
        }
        return request;
    }

    private static RequestForm checked(RequestForm form) {
        return new RequestForm(RequestTexts.limited(form.services(), RequestTexts.SHORT), RequestTexts.limited(form.countiesServed(),
                RequestTexts.SHORT), form.groupContracts(), form.accredited(),
                form.accredited() ? RequestTexts.limited(form.accreditationBody(), 200) : null, form.attestsCriteria(), form.attestsCertifiedStaff(),
                form.attestsSupervision(), form.attestsRecordKeeping(), RequestTexts.limited(form.supervisionSummary(), RequestTexts.LONG));
    }
}
