package org.peercert.applications.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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
import org.peercert.applications.ApplicationForm;
import org.peercert.applications.ApplicationPart;
import org.peercert.applications.ApplicationStatus;
import org.peercert.applications.ApplicationProblem;
import org.peercert.applications.ApplicationService;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.ChecklistRow;
import org.peercert.applications.Track;
import org.peercert.document.ApplicationDocument;
import org.peercert.document.DocumentKind;
import org.peercert.platform.UserProblem;
import org.peercert.platform.web.FacesMessages;
import org.peercert.platform.web.Redirects;
import org.peercert.policy.ApplicationPolicy;
import jakarta.servlet.http.Part;

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
    private static final String FILE_FIELD = "app:file";

    @Inject
    transient ApplicationService applications;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient ApplicationPolicy policy;

    @Inject
    transient Clock clock;

    private Long id;
    private String number;
    private boolean editable;
    private int step = 1;

    private Track track;
    private String legalFirstName;
    private String legalLastName;
    private String otherNames;
    private LocalDate dateOfBirth;
    private String addressLine;
    private String city;
    private String stateCode;
    private String postalCode;
    private String phone;
    private boolean livedExperience;
    private String recoveryStatement;
    private DocumentKind documentKind = DocumentKind.DIPLOMA;
    private String signatureName;
    private boolean attests;
    private transient Part file;
    private String returnedReason;
    private Set<ApplicationPart> openParts = EnumSet.noneOf(ApplicationPart.class);
    private String returnedParts;

    @PostConstruct
    void load() {
        applications.currentFor(currentUser.getEmail()).ifPresent(this::fillFrom);
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
        track = a.getTrack();
        legalFirstName = a.getLegalFirstName();
        legalLastName = a.getLegalLastName();
        otherNames = a.getOtherNames();
        dateOfBirth = a.getDateOfBirth();
        addressLine = a.getAddressLine();
        city = a.getCity();
        stateCode = a.getStateCode();
        postalCode = a.getPostalCode();
        phone = a.getPhone();
        livedExperience = a.isLivedExperience();
        recoveryStatement = a.getRecoveryStatement();
    }

    public void next() {
        if (save()) {
            step = Math.min(step + 1, LAST_STEP);
        }
    }

    public void back() {
        step = Math.max(step - 1, 1);
    }

    public void goTo(int wanted) {
        if (save()) {
            step = Math.max(1, Math.min(wanted, LAST_STEP));
        }
    }

    public void saveOnly() {
        if (save()) {
            FacesMessages.info("application.saved");
        }
    }

    private boolean save() {
        try {
            applications.saveDraft(currentUser.getEmail(), id, new ApplicationForm(track, legalFirstName, legalLastName, otherNames,
                    dateOfBirth, addressLine, city, stateCode, postalCode, phone, livedExperience, recoveryStatement));
            return true;
        } catch (ApplicationProblem problem) {
            FacesMessages.error(problem.messageKey(), problem.arguments());
            return false;
        }
    }

    /** Called as soon as a file is chosen; the answer appears next to the field. */
    public void upload() {
        if (file == null) {
            return;
        }
        try (InputStream content = file.getInputStream()) {
            ApplicationDocument document = applications.upload(currentUser.getEmail(), id, documentKind, file.getSubmittedFileName(), content);
            FacesMessages.fieldInfo(FILE_FIELD, "document.uploaded", document.getOriginalName());
        } catch (UserProblem problem) {
            FacesMessages.fieldError(FILE_FIELD, problem.messageKey(), problem.arguments());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public void submit() {
        if (!save()) {
            return;
        }
        try {
            applications.submit(currentUser.getEmail(), id, signatureName, attests);
            FacesMessages.info("application.submitted");
            Redirects.to("/applicant/index.xhtml");
        } catch (ApplicationProblem problem) {
            FacesMessages.error(problem.messageKey(), problem.arguments());
        }
    }

    public List<ApplicationDocument> getDocuments() {
        return id == null ? List.of() : applications.documentsOf(applications.owned(currentUser.getEmail(), id));
    }

    public List<ChecklistRow> getChecklist() {
        return id == null ? List.of() : applications.eligibility(applications.owned(currentUser.getEmail(), id));
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
        return policy.uploadMaxBytes() / (1024 * 1024);
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

    public int getStep() {
        return step;
    }

    public Track getTrack() {
        return track;
    }

    public void setTrack(Track track) {
        this.track = track;
    }

    public String getLegalFirstName() {
        return legalFirstName;
    }

    public void setLegalFirstName(String legalFirstName) {
        this.legalFirstName = legalFirstName;
    }

    public String getLegalLastName() {
        return legalLastName;
    }

    public void setLegalLastName(String legalLastName) {
        this.legalLastName = legalLastName;
    }

    public String getOtherNames() {
        return otherNames;
    }

    public void setOtherNames(String otherNames) {
        this.otherNames = otherNames;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(LocalDate dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getStateCode() {
        return stateCode;
    }

    public void setStateCode(String stateCode) {
        this.stateCode = stateCode;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isLivedExperience() {
        return livedExperience;
    }

    public void setLivedExperience(boolean livedExperience) {
        this.livedExperience = livedExperience;
    }

    public String getRecoveryStatement() {
        return recoveryStatement;
    }

    public void setRecoveryStatement(String recoveryStatement) {
        this.recoveryStatement = recoveryStatement;
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
