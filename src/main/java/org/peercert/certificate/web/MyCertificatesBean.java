package org.peercert.certificate.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.peercert.account.web.CurrentUser;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateProblem;
import org.peercert.certificate.CertificateRecords;
import org.peercert.certificate.CertificateService;
import org.peercert.certificate.CertificateStatus;
import org.peercert.platform.Words;
import org.peercert.platform.format.UsDates;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/** The holder's certificates on /applicant/index.xhtml: status, documents, and setting one inactive. */
@Named
@ViewScoped
public class MyCertificatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateRecords certificateRecords;

    @Inject
    CurrentUser currentUser;

    private transient List<Certificate> mine;
    private String reason;

    @PostConstruct
    void load() {
        mine = certificateRecords.ofHolder(currentUser.getEmail());
    }

    public void inactivate(long certificateId) {
        try {
            FacesMessages.info("certificate.inactivated", certificates.inactivateOwn(certificateId, currentUser.getEmail(), reason).getNumber());
            Redirects.to("/applicant/index.xhtml");
        } catch (CertificateProblem problem) {
            FacesMessages.error(problem.messageKey(), problem.arguments());
            load();
        }
    }

    /** What the certificate's status means for its holder, in words; "" while it is active. */
    public String meaning(Certificate c) {
        if (c.getStatus() == CertificateStatus.ACTIVE) {
            return "";
        }
        String key = "holder.meaning." + c.getStatus() + (c.getStatus() == CertificateStatus.SUSPENDED && c.getSuspendedUntil() != null ? ".until" : "");
        String since = c.getStatusChangedAt() == null ? "" : UsDates.shown(LocalDate.ofInstant(c.getStatusChangedAt(), ZoneOffset.UTC));
        String reason = c.getStatusReason() == null ? "" : c.getStatusReason().strip() + (c.getStatusReason().strip().endsWith(".") ? "" : ".");
        return Words.message(key, since, UsDates.shown(c.getSuspendedUntil()), reason, UsDates.shown(c.getExpiresOn()));
    }

    public List<Certificate> getMine() {
        return mine;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
