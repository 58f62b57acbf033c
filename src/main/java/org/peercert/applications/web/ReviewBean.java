package org.peercert.applications.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.peercert.account.web.CurrentUser;
import org.peercert.applications.ApplicationChecks;
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
import org.peercert.background.Adjudication;
import org.peercert.background.BackgroundCheck;
import org.peercert.background.CheckKind;
import org.peercert.background.CheckRecord;
import org.peercert.background.CheckResult;
import org.peercert.background.CheckStanding;
import org.peercert.background.EarlyAdvice;
import org.peercert.background.EarlyReview;
import org.peercert.document.ApplicationDocument;
import org.peercert.document.Attachment;
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
    ApplicationChecks applicationChecks;

    @Inject
    ApplicationProgress applicationProgress;

    @Inject
    ApplicationReview applicationReview;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private Long id;
    private long seenVersion;
    private boolean missing;
    private final Map<Long, String> rejectReasons = new HashMap<>();
    private Decision decision;
    private transient CertificationApplication application;
    private transient List<ApplicationDocument> documents;
    private transient List<ChecklistRow> checklist;
    private transient List<AuditEvent> history;
    private transient List<BackgroundCheck> checks;
    private transient List<EarlyReview> earlyReviews;
    /** Map values reach the bean as the chosen names: EL cannot tell a map's value type, so no enum converter runs. */
    private final Map<Long, String> earlyAdvice = new HashMap<>();
    private final Map<Long, String> earlyReasons = new HashMap<>();
    private transient String applicantEmail;
    private ApplicationPart[] reopen = {};
    private CheckKind checkKind;
    private CheckResult checkResult;
    private LocalDate performedOn;
    private String source;
    private String referenceNumber;
    private String checkNotes;
    private transient Part checkFile;
    private final Map<Long, String> adjudications = new HashMap<>();
    private final Map<Long, String> adjudicationReasons = new HashMap<>();
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

    public void recordCheck() {
        CheckRecord record = new CheckRecord(checkKind, checkResult, performedOn, source, referenceNumber, checkNotes);
        boolean recorded;
        try (InputStream content = isChosen(checkFile) ? checkFile.getInputStream() : null) {
            Attachment attachment = content == null ? null : new Attachment(checkFile.getSubmittedFileName(), content);
            recorded = act(() -> applicationChecks.recordCheck(currentUser.getEmail(), id, record, attachment));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            checkFile = null;
        }
        if (!recorded) {
            return;
        }
        checkKind = null;
        checkResult = null;
        performedOn = null;
        source = null;
        referenceNumber = null;
        checkNotes = null;
    }

    private static boolean isChosen(Part file) {
        return file != null && file.getSubmittedFileName() != null && !file.getSubmittedFileName().isBlank();
    }

    public Part getCheckFile() {
        return checkFile;
    }

    public void setCheckFile(Part checkFile) {
        this.checkFile = checkFile;
    }

    public void adjudicate(BackgroundCheck check) {
        act(() -> applicationChecks.adjudicateCheck(currentUser.getEmail(), check.getId(),
                chosen(Adjudication.class, adjudications.get(check.getId())), adjudicationReasons.get(check.getId())));
    }

    public CheckStanding standingOf(BackgroundCheck check) {
        return check.standingOn(LocalDate.now(clock));
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
    private boolean act(Runnable action) {
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
        checks = null;
        earlyReviews = null;
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

    public List<EarlyReview> getEarlyReviews() {
        if (earlyReviews == null) {
            earlyReviews = missing ? List.of() : applicationChecks.earlyReviewsOf(getApplication());
        }
        return earlyReviews;
    }

    /** R-BG-1: staff's advisory answer to an early review request. */
    public void answerEarlyReview(EarlyReview review) {
        act(() -> applicationChecks.answerEarlyReview(currentUser.getEmail(), review.getId(), chosen(EarlyAdvice.class, earlyAdvice.get(review.getId())),
                earlyReasons.get(review.getId())));
    }

    public EarlyAdvice[] getEarlyAdviceChoices() {
        return EarlyAdvice.values();
    }

    private static <E extends Enum<E>> E chosen(Class<E> type, String name) {
        return name == null || name.isBlank() ? null : Enum.valueOf(type, name);
    }

    public Map<Long, String> getEarlyAdvice() {
        return earlyAdvice;
    }

    public Map<Long, String> getEarlyReasons() {
        return earlyReasons;
    }

    public List<BackgroundCheck> getChecks() {
        if (checks == null) {
            checks = missing ? List.of() : applicationChecks.checksOf(getApplication());
        }
        return checks;
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

    public CheckKind[] getCheckKinds() {
        return CheckKind.values();
    }

    public CheckResult[] getCheckResults() {
        return CheckResult.values();
    }

    public Adjudication[] getAdjudicationChoices() {
        return Adjudication.values();
    }

    public Map<Long, String> getAdjudications() {
        return adjudications;
    }

    public Map<Long, String> getAdjudicationReasons() {
        return adjudicationReasons;
    }

    public CheckKind getCheckKind() {
        return checkKind;
    }

    public void setCheckKind(CheckKind checkKind) {
        this.checkKind = checkKind;
    }

    public CheckResult getCheckResult() {
        return checkResult;
    }

    public void setCheckResult(CheckResult checkResult) {
        this.checkResult = checkResult;
    }

    public LocalDate getPerformedOn() {
        return performedOn;
    }

    public void setPerformedOn(LocalDate performedOn) {
        this.performedOn = performedOn;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public void setReferenceNumber(String referenceNumber) {
        this.referenceNumber = referenceNumber;
    }

    public String getCheckNotes() {
        return checkNotes;
    }

    public void setCheckNotes(String checkNotes) {
        this.checkNotes = checkNotes;
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
