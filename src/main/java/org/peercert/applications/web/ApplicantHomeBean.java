package org.peercert.applications.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peercert.account.web.CurrentUser;
import org.peercert.applications.ApplicationChecks;
import org.peercert.applications.ApplicationDrafts;
import org.peercert.applications.ApplicationProgress;
import org.peercert.applications.ApplicationStatus;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.Progress;
import org.peercert.applications.Track;
import org.peercert.background.EarlyReview;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/** /applicant/index.xhtml: the live progress page, or the start of an application. */
@Named
@ViewScoped
public class ApplicantHomeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ApplicationChecks applicationChecks;

    @Inject
    ApplicationDrafts applicationDrafts;

    @Inject
    ApplicationProgress applicationProgress;

    @Inject
    CurrentUser currentUser;

    private transient CertificationApplication application;
    private transient Progress progress;
    private transient List<EarlyReview> earlyReviews;
    private boolean earlyReviewOpen;
    private Track track = Track.CPS;
    private String disclosure;

    @PostConstruct
    void load() {
        application = applicationDrafts.currentFor(currentUser.getEmail()).orElse(null);
        progress = application == null ? null : applicationProgress.progress(application);
        earlyReviews = application == null ? List.of() : applicationChecks.earlyReviewsOf(application);
        earlyReviewOpen = application != null && applicationChecks.earlyReviewRefusal(application).isEmpty();
    }

    /** R-BG-1: asks staff for an advisory early review of the applicant's criminal history. */
    public void requestEarlyReview() {
        try {
            applicationChecks.requestEarlyReview(currentUser.getEmail(), application.getId(), disclosure);
            disclosure = null;
            FacesMessages.info("earlyReview.requested");
            Redirects.to("/applicant/index.xhtml");
        } catch (UserProblem problem) {
            FacesMessages.fieldError("earlyReview:disclosure", problem.messageKey(), problem.arguments());
        }
    }

    public boolean canAskEarlyReview() {
        return earlyReviewOpen && earlyReviews.stream().allMatch(EarlyReview::isAnswered);
    }

    public List<EarlyReview> getEarlyReviews() {
        return earlyReviews;
    }

    public String getDisclosure() {
        return disclosure;
    }

    public void setDisclosure(String disclosure) {
        this.disclosure = disclosure;
    }

    public void start() {
        applicationDrafts.start(currentUser.getEmail(), track);
        Redirects.to(ApplicationBean.PAGE);
    }

    public boolean canStartNew() {
        return application == null || application.getStatus().closed() && application.getStatus() != ApplicationStatus.ELIGIBLE;
    }

    public Track[] getTracks() {
        return Track.values();
    }

    public CertificationApplication getApplication() {
        return application;
    }

    public Progress getProgress() {
        return progress;
    }

    public Track getTrack() {
        return track;
    }

    public void setTrack(Track track) {
        this.track = track;
    }
}
