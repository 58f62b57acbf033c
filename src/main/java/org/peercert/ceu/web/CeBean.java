package org.peercert.ceu.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.peercert.account.web.CurrentUser;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateRecords;
import org.peercert.ceu.CeActivity;
import org.peercert.ceu.CeCategory;
import org.peercert.ceu.CeDraft;
import org.peercert.ceu.CeFormat;
import org.peercert.ceu.CeRequirement;
import org.peercert.ceu.CeService;
import org.peercert.ceu.Renewal;
import org.peercert.ceu.RenewalService;
import org.peercert.ceu.RenewalWindow;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/** /applicant/ce.xhtml: continuing education of the current cycle against the requirement, and renewal (R-CEU-1/2). */
@Named
@ViewScoped
public class CeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CeService ce;

    @Inject
    RenewalService renewals;

    @Inject
    CertificateRecords certificates;

    @Inject
    CurrentUser currentUser;

    private transient Certificate certificate;
    private transient List<CeActivity> activities;
    private transient CeRequirement.Standing standing;
    private transient RenewalWindow window;
    private transient Optional<Renewal> renewal;
    private transient List<String> renewalMissing;
    private String title;
    private String provider;
    private LocalDate completedOn;
    private BigDecimal hours;
    private Long categoryId;
    private CeFormat format;
    private transient Part proof;
    private boolean attested;

    @PostConstruct
    void load() {
        certificate = certificates.ofHolder(currentUser.getEmail()).stream().findFirst().orElse(null);
        activities = certificate == null ? List.of() : ce.activitiesOf(certificate.getHolderId());
        standing = certificate == null ? null : ce.standing(certificate);
        window = certificate == null ? null : renewals.windowOf(certificate);
        renewal = certificate == null ? Optional.empty() : renewals.of(certificate);
        renewalMissing = certificate == null ? List.of() : renewals.missing(certificate);
    }

    public void log() {
        try (InputStream content = proof == null || proof.getSize() == 0 ? null : proof.getInputStream()) {
            CeActivity logged = ce.log(currentUser.getEmail(), new CeDraft(title, provider, completedOn, hours, categoryId, format),
                    proof == null ? null : proof.getSubmittedFileName(), content);
            FacesMessages.info("ce.logged", logged.getHours().stripTrailingZeros(), logged.getCategory().getName());
            Redirects.to("/applicant/ce.xhtml");
        } catch (UserProblem problem) {
            FacesMessages.fieldError("log:title", problem.messageKey(), problem.arguments());
            if (proof != null && proof.getSize() > 0) {
                FacesMessages.fieldInfo("log:proof", "ce.proofAgain", proof.getSubmittedFileName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void renew() {
        try {
            renewals.submit(currentUser.getEmail(), certificate.getId(), attested);
            FacesMessages.info("renewal.submitted");
            Redirects.to("/applicant/ce.xhtml");
        } catch (UserProblem problem) {
            FacesMessages.fieldError("renew:attested", problem.messageKey(), problem.arguments());
        }
    }

    public CeRequirement.Standing getStanding() {
        return standing;
    }

    public RenewalWindow getWindow() {
        return window;
    }

    public Optional<Renewal> getRenewal() {
        return renewal;
    }

    public List<String> getRenewalMissing() {
        return renewalMissing;
    }

    public String getAttestation() {
        return RenewalService.ATTESTATION;
    }

    public LocalDate getWindowOpensOn() {
        return certificate == null ? null : certificate.getExpiresOn().minusDays(renewals.windowDays());
    }

    public LocalDate getCycleStart() {
        return certificate == null ? null : ce.cycleStart(certificate);
    }

    public List<CeCategory> getCategories() {
        return ce.categories();
    }

    public CeFormat[] getFormats() {
        return CeFormat.values();
    }

    public Certificate getCertificate() {
        return certificate;
    }

    public List<CeActivity> getActivities() {
        return activities;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public CeFormat getFormat() {
        return format;
    }

    public void setFormat(CeFormat format) {
        this.format = format;
    }

    public Part getProof() {
        return proof;
    }

    public void setProof(Part proof) {
        this.proof = proof;
    }

    public boolean isAttested() {
        return attested;
    }

    public void setAttested(boolean attested) {
        this.attested = attested;
    }
}
