package org.peercert.certificate.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.peercert.account.web.CurrentUser;
import org.peercert.audit.AuditEvent;
import org.peercert.audit.AuditService;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateProblem;
import org.peercert.certificate.CertificateRecords;
import org.peercert.certificate.CertificateService;
import org.peercert.certificate.StatusChange;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/** /staff/certificate.xhtml?id=N: one certificate, its history, and the changes staff may make to it. */
@Named
@ViewScoped
public class CertificateBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int HISTORY_ROWS = 100;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateRecords certificateRecords;

    @Inject
    AuditService audit;

    @Inject
    CurrentUser currentUser;

    private Long id;
    private transient Certificate certificate;
    private transient List<AuditEvent> history;
    private String reason;
    private LocalDate until;
    private String publicNote;

    public void load() {
        certificate = null;
        history = null;
    }

    public void suspend() {
        act(() -> certificates.suspend(id, currentUser.getEmail(), reason, until), "certificate.suspended");
    }

    public void changeSuspensionEnd() {
        act(() -> certificates.changeSuspensionEnd(id, currentUser.getEmail(), until, reason), "certificate.suspensionEndChanged");
    }

    public void reinstate() {
        act(() -> certificates.reinstate(id, currentUser.getEmail(), reason), "certificate.reinstated");
    }

    public void revoke() {
        act(() -> certificates.revoke(id, currentUser.getEmail(), reason, publicNote), "certificate.revoked");
    }

    private void act(Supplier<Certificate> change, String doneKey) {
        try {
            FacesMessages.info(doneKey, change.get().getNumber());
            Redirects.to("/staff/certificate.xhtml?id=" + id);
        } catch (CertificateProblem problem) {
            FacesMessages.error(problem.messageKey(), problem.arguments());
            load();
        }
    }

    public boolean may(String change) {
        return getCertificate() != null && StatusChange.valueOf(change).allowedFrom(getCertificate().getStatus());
    }

    public List<AuditEvent> getHistory() {
        if (history == null) {
            history = getCertificate() == null ? List.of() : audit.about(getCertificate().getNumber(), HISTORY_ROWS);
        }
        return history;
    }

    /** Read once per request: the view keeps only the id, so it survives being moved to another node. */
    public Certificate getCertificate() {
        if (certificate == null && id != null) {
            certificate = certificateRecords.find(id).orElse(null);
        }
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

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public String getPublicNote() {
        return publicNote;
    }

    public void setPublicNote(String publicNote) {
        this.publicNote = publicNote;
    }
}
