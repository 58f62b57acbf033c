package org.peercert.applications.web;

import jakarta.annotation.PostConstruct;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.peercert.account.web.CurrentUser;
import org.peercert.applications.ApplicationDrafts;
import org.peercert.applications.ApplicationFields;
import org.peercert.applications.ApplicationForm;
import org.peercert.applications.ApplicationPart;
import org.peercert.applications.ApplicationPolicy;
import org.peercert.applications.ApplicationProblem;
import org.peercert.applications.ApplicationProgress;
import org.peercert.applications.ApplicationStatus;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.ChecklistRow;
import org.peercert.applications.Track;
import org.peercert.document.ApplicationDocument;
import org.peercert.document.DocumentKind;
import org.peercert.document.DocumentPolicy;
import org.peercert.platform.InvalidFields;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;

/**
 * /applicant/application.xhtml: the application in four steps (details, eligibility, documents, review and
 * sign). Every step's "Save and continue" saves the draft, so nothing typed is lost.
 */
@Named
@ViewScoped
public class ApplicationBean implements Serializable {

    static final String PAGE = "/applicant/application.xhtml";
    private static final long serialVersionUID = 1L;
    private static final int LAST_STEP = 4;
    private static final String FORM = "app";
    private static final String FILE_FIELD = FORM + ":file";

    @Inject
    ApplicationDrafts applicationDrafts;

    @Inject
    ApplicationProgress applicationProgress;

    @Inject
    CurrentUser currentUser;

    @Inject
    ApplicationPolicy policy;

    @Inject
    DocumentPolicy documents;

    @Inject
    Clock clock;

    private final ApplicationFormFields fields = new ApplicationFormFields();
    private Long id;
    private String number;
    private boolean editable;
    private Integer step;

    private DocumentKind documentKind;
    private String signatureName;
    private boolean attests;
    private transient Part file;
    private String returnedReason;
    private Set<ApplicationPart> openParts = EnumSet.noneOf(ApplicationPart.class);
    private String returnedParts;

    @PostConstruct
    void load() {
        applicationDrafts.currentFor(currentUser.getEmail()).ifPresent(this::fillFrom);
    }

    /** Whether the applicant may change this part now (all of a draft; what staff returned of a deficient one). */
    public boolean isOpen(String part) {
        return openParts.contains(ApplicationPart.valueOf(part));
    }

    public String getReturnedReason() {
        return returnedReason;
    }

    public String getReturnedParts() {
        return returnedParts;
    }

    private void fillFrom(CertificationApplication a) {
        if (a.getStatus() == ApplicationStatus.DEFICIENT) {
            returnedReason = a.getDecisionReason();
            returnedParts = a.getReopenedParts().stream().map(ApplicationPart::label).collect(Collectors.joining(", "));
        }
        id = a.getId();
        openParts = EnumSet.noneOf(ApplicationPart.class);
        for (ApplicationPart part : ApplicationPart.values()) {
            if (a.isOpen(part)) {
                openParts.add(part);
            }
        }
        number = a.getNumber();
        editable = a.getStatus().editableByApplicant();
        fields.fillFrom(a);
    }

    /** The step named in the address, else the one the applicant was working on: the first not yet complete. */
    public void open() {
        if (step == null || step < 1 || step > LAST_STEP) {
            step = resumeStep();
        }
    }

    private int resumeStep() {
        if (id == null) {
            return 1;
        }
        if (returnedReason != null) {
            return openParts.isEmpty() ? LAST_STEP : openParts.iterator().next().ordinal() + 1;
        }
        LocalDate today = LocalDate.now(clock);
        ApplicationForm form = form();
        if (!ApplicationFields.toLeave(ApplicationPart.DETAILS, form, today, policy.recoveryStatementMinLength()).isEmpty()) {
            return 1;
        }
        if (!ApplicationFields.toLeave(ApplicationPart.ELIGIBILITY, form, today, policy.recoveryStatementMinLength()).isEmpty()) {
            return 2;
        }
        return getDocuments().isEmpty() ? 3 : LAST_STEP;
    }

    /** Save and continue: only a complete step is left; otherwise every field at fault says why. */
    public void next() {
        if (save(partOf(step))) {
            show(step + 1);
        }
    }

    public void back() {
        if (save(null)) {
            show(step - 1);
        }
    }

    /** A "Change" link of the review step. */
    public void change(int wanted) {
        if (save(null)) {
            show(wanted);
        }
    }

    public void saveOnly() {
        if (save(null)) {
            FacesMessages.info("application.saved");
        }
    }

    /** Each step has its own address, so reloading, the browser's Back button and a refused upload return to it. */
    private void show(int wanted) {
        Redirects.to(PAGE + "?step=" + Math.max(1, Math.min(wanted, LAST_STEP)));
    }

    private static ApplicationPart partOf(int step) {
        return switch (step) {
            case 1 -> ApplicationPart.DETAILS;
            case 2 -> ApplicationPart.ELIGIBILITY;
            case 3 -> ApplicationPart.DOCUMENTS;
            default -> null;
        };
    }

    /** @param leaving the part whose step is left, which must then be complete; null for a draft save */
    private boolean save(ApplicationPart leaving) {
        try {
            if (leaving == null) {
                applicationDrafts.saveDraft(currentUser.getEmail(), id, form());
            } else {
                applicationDrafts.saveStep(currentUser.getEmail(), id, form(), leaving);
            }
            return true;
        } catch (InvalidFields invalid) {
            FacesMessages.fieldProblems(FORM, invalid);
            return false;
        } catch (ApplicationProblem problem) {
            FacesMessages.error(problem.messageKey(), problem.arguments());
            return false;
        }
    }

    private ApplicationForm form() {
        return fields.toForm();
    }

    /** Uploads the chosen file, then shows the documents step again at its own address, with the answer beside the field. */
    public void upload() {
        try {
            storeChosenFile();
        } finally {
            file = null;
        }
        show(step);
    }

    private void storeChosenFile() {
        if (file == null || file.getSize() == 0 && (file.getSubmittedFileName() == null || file.getSubmittedFileName().isBlank())) {
            FacesMessages.fieldError(FILE_FIELD, "document.fileRequired", getUploadMaxMegabytes());
            return;
        }
        if (documentKind == null) {
            FacesMessages.fieldError(FORM + ":kind", "document.kindRequired");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            ApplicationDocument document = applicationDrafts.upload(currentUser.getEmail(), id, documentKind, file.getSubmittedFileName(), content);
            FacesMessages.fieldInfo(FILE_FIELD, "document.uploaded", document.getOriginalName());
        } catch (UserProblem problem) {
            FacesMessages.fieldError(FILE_FIELD, problem.messageKey(), problem.arguments());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a file chosen by mistake (after the applicant confirmed), then shows the documents step again. */
    public void removeDocument(ApplicationDocument document) {
        try {
            applicationDrafts.removeDocument(currentUser.getEmail(), id, document.getId());
            FacesMessages.info("document.removed", document.getOriginalName());
        } catch (UserProblem problem) {
            // Said here, not by the page's problem handler: the message must be kept over the redirect that follows.
            FacesMessages.error(problem.messageKey(), problem.arguments());
        }
        show(step);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public void submit() {
        if (!save(null)) {
            return;
        }
        applicationDrafts.submit(currentUser.getEmail(), id, signatureName, attests);
        FacesMessages.info("application.submitted");
        Redirects.to("/applicant/index.xhtml");
    }

    public List<ApplicationDocument> getDocuments() {
        return id == null ? List.of() : applicationProgress.documentsOf(applicationDrafts.owned(currentUser.getEmail(), id));
    }

    public List<ChecklistRow> getChecklist() {
        return id == null ? List.of() : applicationProgress.eligibility(applicationDrafts.owned(currentUser.getEmail(), id));
    }

    public String getAttestationText() {
        return ApplicationPolicy.ATTESTATION_TEXT;
    }

    public int getRecoveryStatementMinLength() {
        return policy.recoveryStatementMinLength();
    }

    public long getAutosaveIdleMillis() {
        return policy.autosaveIdleSeconds() * 1000L;
    }

    public long getUploadMaxMegabytes() {
        return documents.uploadMaxBytes() / (1024 * 1024);
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public Track[] getTracks() {
        return Track.values();
    }

    public DocumentKind[] getDocumentKinds() {
        return DocumentKind.uploadableByApplicants();
    }

    public boolean isStarted() {
        return id != null;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getNumber() {
        return number;
    }

    /** What the applicant types in the steps: #{applicationBean.fields.legalFirstName} and so on. */
    public ApplicationFormFields getFields() {
        return fields;
    }

    public Integer getStep() {
        return step;
    }

    public void setStep(Integer step) {
        this.step = step;
    }

    public DocumentKind getDocumentKind() {
        return documentKind;
    }

    public void setDocumentKind(DocumentKind documentKind) {
        this.documentKind = documentKind;
    }

    public String getSignatureName() {
        return signatureName;
    }

    public void setSignatureName(String signatureName) {
        this.signatureName = signatureName;
    }

    public boolean isAttests() {
        return attests;
    }

    public void setAttests(boolean attests) {
        this.attests = attests;
    }
}
