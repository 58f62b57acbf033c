package org.peercert.network.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.peercert.account.web.CurrentUser;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyService;
import org.peercert.network.AuditKind;
import org.peercert.network.NetworkAudit;
import org.peercert.network.NetworkAudits;
import org.peercert.network.NetworkDocument;
import org.peercert.network.NetworkMessage;
import org.peercert.network.NetworkRequests;
import org.peercert.network.PlanDecision;
import org.peercert.network.PlanState;
import org.peercert.network.committee.Committee;
import org.peercert.network.committee.CommitteeItem;
import org.peercert.platform.NotYours;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/**
 * /network/request.xhtml?id=: one request as the network sees it, and its actions: return or acknowledge within the
 * business-day clock (R-NET-5), order the audit and record its findings (R-NET-2, R-NET-4); once decided, the
 * committee's decision (R-NET-3) with its votes and letter.
 */
@Named
@ViewScoped
public class NetworkRequestBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    NetworkRequests requests;

    @Inject
    NetworkAudits audits;

    @Inject
    AgencyService agencies;

    @Inject
    Committee committee;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private Long id;
    private transient NetworkRequests.QueueRow row;
    private transient Agency agency;
    private transient List<NetworkDocument> documents;
    private transient List<NetworkMessage> messages;
    private transient NetworkAudit audit;
    private transient NetworkAudits.RosterCertification certification;
    private transient CommitteeItem decision;
    private transient LocalDate decidedOn;
    private String problems;
    private AuditKind auditKind;
    private boolean supervisionPlanOk;
    private boolean recordKeepingOk;
    private String findings;
    private LocalDate correctivePlanDue;
    private String planNote;
    private LocalDate planNewDue;

    public void load() {
        try {
            row = id == null ? null : requests.row(id);
        } catch (NotYours unknown) {
            row = null;
        }
        if (row != null) {
            agency = agencies.find(row.request().getAgencyId());
            documents = requests.documentsOf(id);
            messages = requests.messagesOf(id);
            audit = audits.auditOf(id).orElse(null);
            certification = audits.rosterCertification(agency.getId());
            decision = committee.decisionOn(id).orElse(null);
            decidedOn = decision == null ? null : committee.meeting(decision.getMeetingId()).getMeetsOn();
            if (auditKind == null) {
                auditKind = audits.suggestedAuditKind(row.request());
            }
        }
    }

    public void returnToAgency() {
        act(() -> requests.returnToAgency(currentUser.getEmail(), id, row.request().getVersion(), problems), "network.returned", "decide:problems");
    }

    public void acknowledge() {
        act(() -> requests.acknowledge(currentUser.getEmail(), id, row.request().getVersion()), "network.acknowledged", "decide:problems");
    }

    public void orderAudit() {
        act(() -> audits.orderAudit(currentUser.getEmail(), id, auditKind), "network.auditOrdered", "audit:kind");
    }

    public void recordAudit() {
        act(() -> audits.recordAudit(currentUser.getEmail(), id, audit.getVersion(), supervisionPlanOk, recordKeepingOk, findings,
                correctivePlanDue), "network.auditRecorded", "findings:findingsText");
    }

    /** #26: the corrective action plan the agency sent is accepted. */
    public void acceptPlan() {
        act(() -> audits.decidePlan(currentUser.getEmail(), id, audit.getVersion(), PlanDecision.ACCEPTED, planNote, null), "network.planAccepted",
                "plan:planNote");
    }

    /** #26: the plan goes back to the agency with what to correct and, if given, a new due day. */
    public void returnPlan() {
        act(() -> audits.decidePlan(currentUser.getEmail(), id, audit.getVersion(), PlanDecision.RETURNED, planNote, planNewDue),
                "network.planReturned", "plan:planNote");
    }

    /** Where the corrective action plan stands today; null before the audit. */
    public PlanState getPlanState() {
        return audit == null ? null : audit.planState(LocalDate.now(clock));
    }

    /** The plan's document, once the agency sent one. */
    public NetworkDocument getPlanDocument() {
        return audit == null || audit.getPlanDocumentId() == null ? null
                : documents.stream().filter(d -> d.getId().equals(audit.getPlanDocumentId())).findFirst().orElse(null);
    }

    public String getPlanNote() {
        return planNote;
    }

    public void setPlanNote(String planNote) {
        this.planNote = planNote;
    }

    public LocalDate getPlanNewDue() {
        return planNewDue;
    }

    public void setPlanNewDue(LocalDate planNewDue) {
        this.planNewDue = planNewDue;
    }

    private void act(Runnable action, String doneKey, String fieldId) {
        try {
            action.run();
            FacesMessages.info(doneKey);
            Redirects.to("/network/request.xhtml?id=" + id);
        } catch (OptimisticLockException changed) {
            FacesMessages.error("network.changedMeanwhile");
            load();
        } catch (UserProblem problem) {
            FacesMessages.problemAt(fieldId, problem);
        }
    }

    public AuditKind[] getAuditKinds() {
        return AuditKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NetworkRequests.QueueRow getRow() {
        return row;
    }

    public Agency getAgency() {
        return agency;
    }

    public List<NetworkDocument> getDocuments() {
        return documents;
    }

    public List<NetworkMessage> getMessages() {
        return messages;
    }

    /** The committee's last recorded decision on the request, if any. */
    public CommitteeItem getDecision() {
        return decision;
    }

    /** The day of the meeting that decided. */
    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public NetworkAudit getAudit() {
        return audit;
    }

    public NetworkAudits.RosterCertification getCertification() {
        return certification;
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String problems) {
        this.problems = problems;
    }

    public AuditKind getAuditKind() {
        return auditKind;
    }

    public void setAuditKind(AuditKind auditKind) {
        this.auditKind = auditKind;
    }

    public boolean isSupervisionPlanOk() {
        return supervisionPlanOk;
    }

    public void setSupervisionPlanOk(boolean supervisionPlanOk) {
        this.supervisionPlanOk = supervisionPlanOk;
    }

    public boolean isRecordKeepingOk() {
        return recordKeepingOk;
    }

    public void setRecordKeepingOk(boolean recordKeepingOk) {
        this.recordKeepingOk = recordKeepingOk;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public LocalDate getCorrectivePlanDue() {
        return correctivePlanDue;
    }

    public void setCorrectivePlanDue(LocalDate correctivePlanDue) {
        this.correctivePlanDue = correctivePlanDue;
    }
}
