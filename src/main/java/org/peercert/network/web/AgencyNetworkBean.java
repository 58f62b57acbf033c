package org.peercert.network.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.peercert.account.web.CurrentUser;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyService;
import org.peercert.network.NetworkAudit;
import org.peercert.network.NetworkAudits;
import org.peercert.network.NetworkDocument;
import org.peercert.network.NetworkDocumentKind;
import org.peercert.network.NetworkMessage;
import org.peercert.network.NetworkRequest;
import org.peercert.network.NetworkRequestDrafts;
import org.peercert.network.NetworkRequests;
import org.peercert.network.PlanState;
import org.peercert.network.RequestForm;
import org.peercert.platform.FieldProblem;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/** /agency/network.xhtml: the agency's request to join the payer's network (R-NET-1, R-NET-5), its state and messages. */
@Named
@ViewScoped
public class AgencyNetworkBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/agency/network.xhtml";
    /** The flash entry that carries typed, unsaved fields over an upload's or a removal's redirect (#30). */
    private static final String UNSAVED = "network.unsavedForm";

    @Inject
    AgencyService agencies;

    @Inject
    NetworkRequests requests;

    @Inject
    NetworkRequestDrafts drafts;

    @Inject
    CurrentUser currentUser;

    @Inject
    NetworkAudits audits;

    @Inject
    Clock clock;

    private transient Agency agency;
    private transient NetworkRequest request;
    private transient List<NetworkDocument> documents;
    private transient List<NetworkMessage> messages;
    private transient List<FieldProblem> missing;
    private long version;
    private String services;
    private String countiesServed;
    private boolean groupContracts;
    private boolean accredited;
    private String accreditationBody;
    private boolean attestsCriteria;
    private boolean attestsCertifiedStaff;
    private boolean attestsSupervision;
    private boolean attestsRecordKeeping;
    private String supervisionSummary;
    private NetworkDocumentKind kind;
    private transient Part file;
    private transient Part planFile;
    private String reply;
    private transient NetworkAudit audit;

    @PostConstruct
    void load() {
        agency = agencies.agencyOf(currentUser.getEmail()).orElse(null);
        request = agency == null ? null : requests.latestOf(agency.getId()).orElse(null);
        documents = request == null ? List.of() : requests.documentsOf(request.getId());
        messages = request == null ? List.of() : requests.messagesOf(request.getId());
        missing = request == null || !request.getStatus().isEditable() ? List.of() : drafts.missing(request);
        audit = request == null ? null : audits.auditOf(request.getId()).orElse(null);
        if (request != null) {
            version = request.getVersion();
            RequestForm typed = (RequestForm) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(UNSAVED);
            show(typed != null && request.getStatus().isEditable() ? typed : request.form());
        }
    }

    /** The form's fields as saved, or as typed and not yet saved when a document was uploaded meanwhile (#30). */
    private void show(RequestForm f) {
        services = f.services();
        countiesServed = f.countiesServed();
        groupContracts = f.groupContracts();
        accredited = f.accredited();
        accreditationBody = f.accreditationBody();
        attestsCriteria = f.attestsCriteria();
        attestsCertifiedStaff = f.attestsCertifiedStaff();
        attestsSupervision = f.attestsSupervision();
        attestsRecordKeeping = f.attestsRecordKeeping();
        supervisionSummary = f.supervisionSummary();
    }

    public void start() {
        act(() -> drafts.start(currentUser.getEmail()), "network.started", "start:startRequest");
    }

    public void save() {
        act(() -> drafts.save(currentUser.getEmail(), version, form()), "network.saved", "forms:services");
    }

    public void submit() {
        try {
            drafts.submit(currentUser.getEmail(), version, form());
            FacesMessages.info("network.submitted");
            Redirects.to(PAGE);
        } catch (OptimisticLockException changed) {
            changedMeanwhile();
        }
    }

    public void upload() {
        if (file == null || file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank()) {
            FacesMessages.fieldError("forms:file", "network.fileMissing");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            NetworkDocument stored = drafts.upload(currentUser.getEmail(), kind, file.getSubmittedFileName(), content);
            FacesMessages.info("network.uploaded", stored.getKind().label(), stored.getName());
            reloadKeepingWhatWasTyped();
        } catch (UserProblem problem) {
            FacesMessages.fieldError("forms:file", problem.messageKey(), problem.arguments());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
    }

    /** #26: the corrective action plan the audit asked for. */
    public void sendPlan() {
        if (planFile == null || planFile.getSubmittedFileName() == null || planFile.getSubmittedFileName().isBlank()) {
            FacesMessages.fieldError("plan:planFile", "network.fileMissing");
            return;
        }
        try (InputStream content = planFile.getInputStream()) {
            NetworkDocument sent = audits.sendPlan(currentUser.getEmail(), planFile.getSubmittedFileName(), content);
            FacesMessages.info("network.planSent", sent.getName());
            Redirects.to(PAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            planFile = null;
        }
    }

    /** Where the plan the audit asked for stands today; null when there is no audit yet. */
    public PlanState getPlanState() {
        return audit == null ? null : audit.planState(LocalDate.now(clock));
    }

    public NetworkAudit getAudit() {
        return audit;
    }

    public Part getPlanFile() {
        return planFile;
    }

    public void setPlanFile(Part planFile) {
        this.planFile = planFile;
    }

    /** Removes a document of the draft; the fields typed meanwhile come back unsaved, as after an upload. */
    public void removeDocument(long documentId, String name) {
        try {
            drafts.removeDocument(currentUser.getEmail(), documentId);
            FacesMessages.info("network.documentRemoved", name);
            reloadKeepingWhatWasTyped();
        } catch (UserProblem problem) {
            FacesMessages.fieldError("forms:file", problem.messageKey(), problem.arguments());
        }
    }

    /** The upload and the removal send the whole form: what was typed and not saved comes back on the next page, still unsaved. */
    private void reloadKeepingWhatWasTyped() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().put(UNSAVED, form());
        Redirects.to(PAGE);
    }

    public void sendReply() {
        act(() -> drafts.reply(currentUser.getEmail(), reply), "network.replied", "reply:text");
    }

    private void act(Runnable action, String doneKey, String fieldId) {
        try {
            action.run();
            FacesMessages.info(doneKey);
            Redirects.to(PAGE);
        } catch (OptimisticLockException changed) {
            changedMeanwhile();
        } catch (UserProblem problem) {
            FacesMessages.fieldError(fieldId, problem.messageKey(), problem.arguments());
        }
    }

    private void changedMeanwhile() {
        FacesMessages.error("network.changedMeanwhile");
        load();
    }

    private RequestForm form() {
        return new RequestForm(services, countiesServed, groupContracts, accredited, accreditationBody, attestsCriteria, attestsCertifiedStaff,
                attestsSupervision, attestsRecordKeeping, supervisionSummary);
    }

    public boolean isEditable() {
        return request != null && request.getStatus().isEditable();
    }

    public List<NetworkDocumentKind> getKinds() {
        return Arrays.stream(NetworkDocumentKind.values()).filter(NetworkDocumentKind::withRequest).toList();
    }

    public Agency getAgency() {
        return agency;
    }

    public NetworkRequest getRequest() {
        return request;
    }

    public List<NetworkDocument> getDocuments() {
        return documents;
    }

    public List<NetworkMessage> getMessages() {
        return messages;
    }

    public List<FieldProblem> getMissing() {
        return missing;
    }

    public String getServices() {
        return services;
    }

    public void setServices(String services) {
        this.services = services;
    }

    public String getCountiesServed() {
        return countiesServed;
    }

    public void setCountiesServed(String countiesServed) {
        this.countiesServed = countiesServed;
    }

    public boolean isGroupContracts() {
        return groupContracts;
    }

    public void setGroupContracts(boolean groupContracts) {
        this.groupContracts = groupContracts;
    }

    public boolean isAccredited() {
        return accredited;
    }

    public void setAccredited(boolean accredited) {
        this.accredited = accredited;
    }

    public String getAccreditationBody() {
        return accreditationBody;
    }

    public void setAccreditationBody(String accreditationBody) {
        this.accreditationBody = accreditationBody;
    }

    public boolean isAttestsCriteria() {
        return attestsCriteria;
    }

    public void setAttestsCriteria(boolean attestsCriteria) {
        this.attestsCriteria = attestsCriteria;
    }

    public boolean isAttestsCertifiedStaff() {
        return attestsCertifiedStaff;
    }

    public void setAttestsCertifiedStaff(boolean attestsCertifiedStaff) {
        this.attestsCertifiedStaff = attestsCertifiedStaff;
    }

    public boolean isAttestsSupervision() {
        return attestsSupervision;
    }

    public void setAttestsSupervision(boolean attestsSupervision) {
        this.attestsSupervision = attestsSupervision;
    }

    public boolean isAttestsRecordKeeping() {
        return attestsRecordKeeping;
    }

    public void setAttestsRecordKeeping(boolean attestsRecordKeeping) {
        this.attestsRecordKeeping = attestsRecordKeeping;
    }

    public String getSupervisionSummary() {
        return supervisionSummary;
    }

    public void setSupervisionSummary(String supervisionSummary) {
        this.supervisionSummary = supervisionSummary;
    }

    public NetworkDocumentKind getKind() {
        return kind;
    }

    public void setKind(NetworkDocumentKind kind) {
        this.kind = kind;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
