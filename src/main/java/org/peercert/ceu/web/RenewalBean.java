package org.peercert.ceu.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.peercert.account.web.CurrentUser;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateRecords;
import org.peercert.ceu.CeActivity;
import org.peercert.ceu.CeRequirement;
import org.peercert.ceu.CeService;
import org.peercert.ceu.Renewal;
import org.peercert.ceu.RenewalService;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/** /staff/renewal.xhtml?id=N: one renewal: the cycle's CE (with its audit, when drawn), approve or return (R-CEU-1/2). */
@Named
@ViewScoped
public class RenewalBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    RenewalService renewals;

    @Inject
    CeService ce;

    @Inject
    CertificateRecords certificates;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private transient Renewal renewal;
    private transient Certificate certificate;
    private transient List<CeActivity> activities;
    private transient CeRequirement.Standing standing;
    private transient List<String> missing;
    private long openAuditItems;
    private String reason;

    public void load() {
        renewal = id == null ? null : renewals.find(id).orElse(null);
        certificate = renewal == null ? null : certificates.find(renewal.getCertificateId()).orElse(null);
        activities = certificate == null ? List.of() : ce.cycleActivities(certificate);
        standing = certificate == null ? null : ce.standing(certificate);
        missing = certificate == null ? List.of() : renewals.missing(certificate);
        openAuditItems = renewal == null ? 0 : renewals.openAuditItems(renewal);
    }

    public void approve() {
        try {
            Certificate renewed = renewals.approve(currentUser.getEmail(), id);
            FacesMessages.info("renewal.approved", renewed.getNumber(), renewed.getExpiresOn());
            Redirects.to("/staff/renewals.xhtml");
        } catch (UserProblem problem) {
            FacesMessages.error(problem.messageKey(), problem.arguments());
            load();
        }
    }

    public void returnToHolder() {
        try {
            renewals.returnToHolder(currentUser.getEmail(), id, reason);
            FacesMessages.info("renewal.returned");
            Redirects.to("/staff/renewals.xhtml");
        } catch (UserProblem problem) {
            FacesMessages.fieldError("decide:reason", problem.messageKey(), problem.arguments());
            load();
        }
    }

    public void accept(long activityId) {
        judge(activityId, CeActivity.Verdict.ACCEPTED);
    }

    public void reject(long activityId) {
        judge(activityId, CeActivity.Verdict.REJECTED);
    }

    private void judge(long activityId, CeActivity.Verdict verdict) {
        try {
            ce.auditActivity(currentUser.getEmail(), activityId, verdict, reason);
            reason = null;
            Redirects.to("/staff/renewal.xhtml?id=" + id);
        } catch (UserProblem problem) {
            FacesMessages.error(problem.messageKey(), problem.arguments());
            load();
        }
    }

    public List<CeActivity> getActivities() {
        return activities;
    }

    public CeRequirement.Standing getStanding() {
        return standing;
    }

    public List<String> getMissing() {
        return missing;
    }

    public long getOpenAuditItems() {
        return openAuditItems;
    }

    public Renewal getRenewal() {
        return renewal;
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
