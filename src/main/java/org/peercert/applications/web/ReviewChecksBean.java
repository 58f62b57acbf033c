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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peercert.account.web.CurrentUser;
import org.peercert.applications.ApplicationChecks;
import org.peercert.background.Adjudication;
import org.peercert.background.BackgroundCheck;
import org.peercert.background.CheckKind;
import org.peercert.background.CheckRecord;
import org.peercert.background.CheckResult;
import org.peercert.background.CheckStanding;
import org.peercert.background.EarlyAdvice;
import org.peercert.background.EarlyReview;
import org.peercert.document.Attachment;

/**
 * The background panel of /staff/review.xhtml (R-BG-1, R-BG-2): the checks recorded for the application and their
 * adjudication by a second staff member, and the applicant's early criminal-history review requests. Actions go
 * through {@link ReviewBean#act}, so the page keeps one view of the application's version.
 */
@Named
@ViewScoped
public class ReviewChecksBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewBean review;

    @Inject
    ApplicationChecks applicationChecks;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Map values reach the bean as the chosen names: EL cannot tell a map's value type, so no enum converter runs. */
    private final Map<Long, String> earlyAdvice = new HashMap<>();
    private final Map<Long, String> earlyReasons = new HashMap<>();
    private final Map<Long, String> adjudications = new HashMap<>();
    private final Map<Long, String> adjudicationReasons = new HashMap<>();
    private CheckKind checkKind;
    private CheckResult checkResult;
    private LocalDate performedOn;
    private String source;
    private String referenceNumber;
    private String checkNotes;
    private transient Part checkFile;
    private transient List<BackgroundCheck> checks;
    private transient List<EarlyReview> earlyReviews;

    /** Forgets what was read for the last page, so each render reads the checks afresh, once. */
    public void refresh() {
        checks = null;
        earlyReviews = null;
    }

    public void recordCheck() {
        CheckRecord record = new CheckRecord(checkKind, checkResult, performedOn, source, referenceNumber, checkNotes);
        boolean recorded;
        try (InputStream content = isChosen(checkFile) ? checkFile.getInputStream() : null) {
            Attachment attachment = content == null ? null : new Attachment(checkFile.getSubmittedFileName(), content);
            recorded = review.act(() -> applicationChecks.recordCheck(currentUser.getEmail(), review.getId(), record, attachment));
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
        review.act(() -> applicationChecks.adjudicateCheck(currentUser.getEmail(), check.getId(),
                chosen(Adjudication.class, adjudications.get(check.getId())), adjudicationReasons.get(check.getId())));
    }

    public CheckStanding standingOf(BackgroundCheck check) {
        return check.standingOn(LocalDate.now(clock));
    }

    public List<EarlyReview> getEarlyReviews() {
        if (earlyReviews == null) {
            earlyReviews = review.isMissing() ? List.of() : applicationChecks.earlyReviewsOf(review.getApplication());
        }
        return earlyReviews;
    }

    /** R-BG-1: staff's advisory answer to an early review request. */
    public void answerEarlyReview(EarlyReview request) {
        review.act(() -> applicationChecks.answerEarlyReview(currentUser.getEmail(), request.getId(), chosen(EarlyAdvice.class, earlyAdvice.get(request.getId())),
                earlyReasons.get(request.getId())));
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
            checks = review.isMissing() ? List.of() : applicationChecks.checksOf(review.getApplication());
        }
        return checks;
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
}
