package org.peercert.applications.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
import org.peercert.applications.ApplicationProgress;
import org.peercert.applications.ApplicationReview;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.ChecklistRow;
import org.peercert.applications.Decision;
import org.peercert.audit.AuditEvent;
import org.peercert.audit.AuditFilter;
import org.peercert.audit.AuditService;
import org.peercert.document.ApplicationDocument;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.ConcurrentChange;
import org.peercert.platform.web.FacesMessages;

/** /staff/review.xhtml?id=N: one application with its documents, checklist, history and the decision. */
@Named
@ViewScoped
public class ReviewBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HISTORY_ROWS = 100;


    @Inject
    ApplicationProgress applicationProgress;

    @Inject
    ApplicationReview applicationReview;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private long seenVersion;
    private boolean missing;
    private final Map<Long, String> rejectReasons = new HashMap<>();
    private Decision decision;
    private transient CertificationApplication application;
    private transient List<ApplicationDocument> documents;
    private transient List<ChecklistRow> checklist;
    private transient List<AuditEvent> history;
    private transient String applicantEmail;
    private ApplicationPart[] reopen = {};
    private String reason;

    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        try {
            seenVersion = applicationReview.find(id).getVersion();
        } catch (ApplicationProblem notFound) {
            missing = true;
        }
    }

    public void startReview() {
        act(() -> applicationReview.startReview(currentUser.getEmail(), id));
    }

    public void accept(ApplicationDocument document) {
        act(() -> applicationReview.reviewDocument(currentUser.getEmail(), document.getId(), true, null));
    }

    public void reject(ApplicationDocument document) {
        act(() -> applicationReview.reviewDocument(currentUser.getEmail(), document.getId(), false, rejectReasons.get(document.getId())));
    }

    public void decide() {
        if (decision == null) {
            FacesMessages.error("application.decisionRequired");
            return;
        }
        Set<ApplicationPart> parts = reopen == null || reopen.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(reopen));
        act(() -> applicationReview.decide(currentUser.getEmail(), id, seenVersion, decision, reason, parts));
    }

    /** Runs a staff action; on a refusal, says why and keeps what was typed. */
    boolean act(Runnable action) {
        try {
            action.run();
            seenVersion = applicationReview.find(id).getVersion();
            FacesMessages.info("application.saved.staff");
            return true;
        } catch (UserProblem problem) {
            FacesMessages.error(problem.messageKey(), problem.arguments());
        } catch (RuntimeException e) {
            if (!ConcurrentChange.isCauseOf(e)) {
                throw e;
            }
            FacesMessages.error("application.changedBySomeoneElse");
        }
        return false;
    }

    /** Forgets what was read for the last page, so each render reads the application afresh, once. */
    public void refresh() {
        application = null;
        documents = null;
        checklist = null;
        history = null;
        applicantEmail = null;
    }

    public CertificationApplication getApplication() {
        if (application == null && !missing) {
            application = applicationReview.find(id);
        }
        return application;
    }

    public List<ApplicationDocument> getDocuments() {
        if (documents == null) {
            documents = missing ? List.of() : applicationProgress.documentsOf(getApplication());
        }
        return documents;
    }

    public List<ChecklistRow> getChecklist() {
        if (checklist == null) {
            checklist = missing ? List.of() : applicationProgress.eligibility(getApplication());
        }
        return checklist;
    }

    public List<AuditEvent> getHistory() {
        if (history == null) {
            history = missing ? List.of()
                    : audit.find(new AuditFilter(null, null, getApplication().getNumber(), null, null), 0, HISTORY_ROWS).rows();
        }
        return history;
    }

    public String getApplicantEmail() {
        if (applicantEmail == null && !missing) {
            applicantEmail = applicationReview.applicantEmail(getApplication());
        }
        return applicantEmail;
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
