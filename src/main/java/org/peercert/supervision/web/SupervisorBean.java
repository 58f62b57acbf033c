package org.peercert.supervision.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.peercert.account.web.CurrentUser;
import org.peercert.platform.NotYours;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Forbidden;
import org.peercert.platform.web.Redirects;
import org.peercert.supervision.AssignmentRow;
import org.peercert.supervision.AssignmentStatus;
import org.peercert.supervision.Qualification;
import org.peercert.supervision.QualificationKind;
import org.peercert.supervision.SessionFormat;
import org.peercert.supervision.SupervisionService;

/** /supervisor/index.xhtml (R-SUP-1): the supervisor's qualifications, the assignments proposed to them, and their sessions. */
@Named
@ViewScoped
public class SupervisorBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String HOME = "/supervisor/index.xhtml";

    @Inject
    SupervisionService supervision;

    @Inject
    CurrentUser currentUser;

    private transient List<Qualification> qualifications;
    private transient List<AssignmentRow> assignments;
    private QualificationKind kind;
    private String licenseNumber;
    private String licenseState;
    private LocalDate licenseExpiresOn;
    private Long sessionAssignmentId;
    private LocalDate heldOn;
    private Integer minutes;
    private SessionFormat format;
    private String topics;
    private String endReason;

    @PostConstruct
    void load() {
        qualifications = supervision.qualificationsOf(currentUser.getEmail());
        assignments = supervision.assignmentsOfSupervisor(currentUser.getEmail());
    }

    public void declare() {
        try {
            Qualification q = supervision.declare(currentUser.getEmail(), kind, licenseNumber, licenseState, licenseExpiresOn);
            FacesMessages.info("supervision.declared", q.getKind().label());
            Redirects.to(HOME);
        } catch (UserProblem problem) {
            FacesMessages.fieldError("declare:kind", problem.messageKey(), problem.arguments());
        }
    }

    public void answer(long assignmentId, long version, boolean accept) {
        try {
            supervision.answer(currentUser.getEmail(), assignmentId, version, accept);
            FacesMessages.info("supervision.answered", accept ? "accepted" : "declined");
            Redirects.to(HOME);
        } catch (NotYours notYours) {
            Forbidden.send();
        }
    }

    public void end(long assignmentId) {
        try {
            supervision.endBySupervisor(currentUser.getEmail(), assignmentId, endReason);
            FacesMessages.info("supervision.ended");
            Redirects.to(HOME);
        } catch (NotYours notYours) {
            Forbidden.send();
        } catch (UserProblem problem) {
            FacesMessages.fieldError("assignments:endReason", problem.messageKey(), problem.arguments());
        }
    }

    public void logSession() {
        try {
            if (sessionAssignmentId == null) {
                throw new org.peercert.supervision.SupervisionProblem("supervision.notAccepted");
            }
            supervision.logSession(currentUser.getEmail(), sessionAssignmentId, heldOn, minutes, format, topics);
            FacesMessages.info("supervision.logged", heldOn);
            Redirects.to(HOME);
        } catch (NotYours notYours) {
            Forbidden.send();
        } catch (UserProblem problem) {
            FacesMessages.fieldError("session:assignment", problem.messageKey(), problem.arguments());
        }
    }

    public List<AssignmentRow> getAccepted() {
        return assignments.stream().filter(a -> a.assignment().getStatus() == AssignmentStatus.ACCEPTED).toList();
    }

    public String roleOf(AssignmentRow row) {
        return row.assignment().getRole().label().toLowerCase(Locale.ROOT);
    }

    public List<Qualification> getQualifications() {
        return qualifications;
    }

    public List<AssignmentRow> getAssignments() {
        return assignments;
    }

    public QualificationKind[] getKinds() {
        return QualificationKind.values();
    }

    public SessionFormat[] getFormats() {
        return SessionFormat.values();
    }

    public QualificationKind getKind() {
        return kind;
    }

    public void setKind(QualificationKind kind) {
        this.kind = kind;
    }

    public String getLicenseNumber() {
        return licenseNumber;
    }

    public void setLicenseNumber(String licenseNumber) {
        this.licenseNumber = licenseNumber;
    }

    public String getLicenseState() {
        return licenseState;
    }

    public void setLicenseState(String licenseState) {
        this.licenseState = licenseState;
    }

    public LocalDate getLicenseExpiresOn() {
        return licenseExpiresOn;
    }

    public void setLicenseExpiresOn(LocalDate licenseExpiresOn) {
        this.licenseExpiresOn = licenseExpiresOn;
    }

    public Long getSessionAssignmentId() {
        return sessionAssignmentId;
    }

    public void setSessionAssignmentId(Long sessionAssignmentId) {
        this.sessionAssignmentId = sessionAssignmentId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public SessionFormat getFormat() {
        return format;
    }

    public void setFormat(SessionFormat format) {
        this.format = format;
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }
}
