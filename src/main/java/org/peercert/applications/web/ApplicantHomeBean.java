package org.peercert.applications.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.peercert.account.web.CurrentUser;
import org.peercert.applications.ApplicationService;
import org.peercert.applications.ApplicationStatus;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.Progress;
import org.peercert.applications.Track;
import org.peercert.platform.web.Redirects;

/** /applicant/index.xhtml: the live progress page, or the start of an application. */
@Named
@ViewScoped
public class ApplicantHomeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ApplicationService applications;

    @Inject
    transient CurrentUser currentUser;

    private transient CertificationApplication application;
    private transient Progress progress;
    private Track track = Track.CPS;

    @PostConstruct
    void load() {
        application = applications.currentFor(currentUser.getEmail()).orElse(null);
        progress = application == null ? null : applications.progress(application);
    }

    public void start() {
        applications.start(currentUser.getEmail(), track);
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
