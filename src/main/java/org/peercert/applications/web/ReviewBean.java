package org.peercert.applications.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.RollbackException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peercert.account.web.CurrentUser;
import org.peercert.applications.ApplicationPart;
import org.peercert.applications.ApplicationProblem;
import org.peercert.applications.ApplicationService;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.ChecklistRow;
import org.peercert.applications.Decision;
import org.peercert.audit.AuditEvent;
import org.peercert.audit.AuditFilter;
import org.peercert.audit.AuditService;
import org.peercert.document.ApplicationDocument;
import org.peercert.platform.web.FacesMessages;

/** /staff/review.xhtml?id=N: one application with its documents, checklist, history and the decision. */
@Named
@ViewScoped
public class ReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HISTORY_ROWS = 100;

    @Inject
    transient ApplicationService applications;

    @Inject
    transient AuditService audit;

    @Inject
    transient CurrentUser currentUser;

    private Long id;
    private long seenVersion;
    private boolean missing;
    private final Map<Long, String> rejectReasons = new HashMap<>();
    private Decision decision;
    private ApplicationPart[] reopen = {};
    private String reason;

    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        try {
            seenVersion = applications.find(id).getVersion();
        } catch (ApplicationProblem notFound) {
            missing = true;
        }
    }

    public void startReview() {
        act(() -> applications.startReview(currentUser.getEmail(), id));
    }

    public void accept(ApplicationDocument document) {
        act(() -> applications.reviewDocument(currentUser.getEmail(), document.getId(), true, null));
    }

    public void reject(ApplicationDocument document) {
        act(() -> applications.reviewDocument(currentUser.getEmail(), document.getId(), false, rejectReasons.get(document.getId())));
    }

    public void decide() {
        if (decision == null) {
            FacesMessages.error("application.decisionRequired");
            return;
        }
        Set<ApplicationPart> parts = reopen == null || reopen.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(reopen));
        act(() -> applications.decide(currentUser.getEmail(), id, seenVersion, decision, reason, parts));
    }

    private void act(Runnable action) {
        try {
            action.run();
            seenVersion = applications.find(id).getVersion();
            FacesMessages.info("application.saved.staff");
        } catch (ApplicationProblem problem) {
            FacesMessages.error(problem.messageKey(), problem.arguments());
        } catch (RuntimeException e) {
            if (!causedByConcurrentChange(e)) {
                throw e;
            }
            FacesMessages.error("application.changedBySomeoneElse");
        }
    }

    private static boolean causedByConcurrentChange(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof RollbackException) {
                return true;
            }
        }
        return false;
    }

    public CertificationApplication getApplication() {
        return missing ? null : applications.find(id);
    }

    public List<ApplicationDocument> getDocuments() {
        return missing ? List.of() : applications.documentsOf(getApplication());
    }

    public List<ChecklistRow> getChecklist() {
        return missing ? List.of() : applications.eligibility(getApplication());
    }

    public List<AuditEvent> getHistory() {
        return missing ? List.of() : audit.find(new AuditFilter(null, null, getApplication().getNumber(), null, null), 0, HISTORY_ROWS).rows();
    }

    public String getApplicantEmail() {
        return missing ? null : applications.applicantEmail(getApplication());
    }

    public Decision[] getDecisions() {
        return Decision.values();
    }

    public boolean isMissing() {
        return missing;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Map<Long, String> getRejectReasons() {
        return rejectReasons;
    }

    public ApplicationPart[] getParts() {
        return ApplicationPart.values();
    }

    public ApplicationPart[] getReopen() {
        return reopen;
    }

    public void setReopen(ApplicationPart[] reopen) {
        this.reopen = reopen;
    }

    public Decision getDecision() {
        return decision;
    }

    public void setDecision(Decision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
