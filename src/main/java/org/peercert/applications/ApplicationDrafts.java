package org.peercert.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.peercert.account.UserAccount;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.background.exclusion.ScreeningService;
import org.peercert.background.exclusion.ScreeningSubject;
import org.peercert.background.exclusion.ScreeningTrigger;
import org.peercert.document.ApplicationDocument;
import org.peercert.document.DocumentKind;
import org.peercert.document.DocumentReview;
import org.peercert.document.DocumentService;
import org.peercert.document.UploadProblem;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.InvalidFields;
import org.peercert.platform.PortalUrls;
import org.peercert.platform.Words;
import org.peercert.platform.format.UsDates;

/**
 * The applicant's side of an application: a draft saved step by step, its documents, the signed submission (and
 * resubmission), withdrawal.
 */
@ApplicationScoped
@Transactional
public class ApplicationDrafts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TrackTitles trackTitles;

    @Inject
    ApplicationPolicy policy;

    @Inject
    DocumentService documents;

    @Inject
    OutboxService outbox;

    @Inject
    MailTemplates templates;

    @Inject
    PortalUrls urls;

    @Inject
    AuditService audit;

    @Inject
    ScreeningService screening;

    @Inject
    ApplicationRecords records;

    @Inject
    ApplicationProgress progress;

    @Inject
    ApplicationQueue queue;

    /** The application, if it is the caller's; otherwise refused (and audited). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CertificationApplication owned(String applicantEmail, long id) {
        return records.owned(applicantEmail, id);
    }

    /** The applicant's open application, else their newest one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CertificationApplication> currentFor(String applicantEmail) {
        UserAccount applicant = records.applicant(applicantEmail);
        List<CertificationApplication> all = em.createQuery(
                        "select a from CertificationApplication a where a.applicantId = :id order by a.createdAt desc, a.id desc", CertificationApplication.class)
                .setParameter("id", applicant.getId()).getResultList();
        return all.stream().filter(a -> !a.getStatus().closed()).findFirst().or(() -> all.stream().findFirst());
    }

    /** Starts a draft for the track, or answers the application already open (one open application at a time). */
    public CertificationApplication start(String applicantEmail, Track track) {
        Optional<CertificationApplication> open = currentFor(applicantEmail).filter(a -> !a.getStatus().closed());
        if (open.isPresent()) {
            return open.get();
        }
        UserAccount applicant = records.applicant(applicantEmail);
        CertificationApplication draft = new CertificationApplication(applicant.getId(), track, applicant.getFirstName(),
                applicant.getLastName(), applicant.getDateOfBirth(), clock.instant());
        em.persist(draft);
        em.flush();
        audit.record(applicantEmail, AuditAction.APPLICATION_STARTED, draft.getNumber(), trackTitles.title(track));
        return draft;
    }

    /** Saves what was typed. A draft may be incomplete, never invalid: a wrong ZIP code, phone, state or birth date is refused. */
    public CertificationApplication saveDraft(String applicantEmail, long id, ApplicationForm form) {
        return saveStep(applicantEmail, id, form, null);
    }

    /**
     * Saves and leaves the step of {@code part}: refused, with every field at fault, unless the step is complete
     * (a step not open for changes, or none for a draft save, needs only nothing invalid).
     */
    public CertificationApplication saveStep(String applicantEmail, long id, ApplicationForm form, ApplicationPart part) {
        CertificationApplication application = ownedEditable(applicantEmail, id);
        ApplicationForm clean = ApplicationFields.normalized(form);
        LocalDate today = LocalDate.now(clock);
        InvalidFields.throwIfAny(part != null && application.isOpen(part)
                ? ApplicationFields.toLeave(part, clean, today, policy.recoveryStatementMinLength())
                : ApplicationFields.invalid(clean, today));
        application.updateDetails(clean, clock.instant());
        return application;
    }

    public ApplicationDocument upload(String applicantEmail, long id, DocumentKind kind, String fileName, InputStream content) {
        CertificationApplication application = ownedEditable(applicantEmail, id);
        if (!application.isOpen(ApplicationPart.DOCUMENTS)) {
            throw new ApplicationProblem("application.partNotReopened", ApplicationPart.DOCUMENTS.label());
        }
        if (kind == null || kind.staffOnly()) {
            throw new ApplicationProblem("document.kindRequired");
        }
        try {
            ApplicationDocument document = documents.store(application.getId(), kind, fileName, content);
            audit.record(applicantEmail, AuditAction.DOCUMENT_UPLOADED, application.getNumber(),
                    kind.label() + ": " + document.getOriginalName() + " (" + document.getMediaType() + ", sha256 " + document.getSha256() + ")");
            return document;
        } catch (UploadProblem problem) {
            audit.recordRefusal(applicantEmail, AuditAction.DOCUMENT_REJECTED_ON_UPLOAD, application.getNumber(), fileName + ": " + Words.message(problem.messageKey(), problem.arguments()));
            throw problem;
        }
    }

    /** Removes a file the applicant uploaded by mistake, until staff have reviewed it; audited. */
    public void removeDocument(String applicantEmail, long id, long documentId) {
        CertificationApplication application = ownedEditable(applicantEmail, id);
        if (!application.isOpen(ApplicationPart.DOCUMENTS)) {
            throw new ApplicationProblem("application.partNotReopened", ApplicationPart.DOCUMENTS.label());
        }
        ApplicationDocument document = documents.find(documentId).filter(d -> d.getApplicationId().equals(application.getId()))
                .orElseThrow(() -> new ApplicationProblem("document.notFound"));
        if (document.getReview() != DocumentReview.PENDING) {
            throw new ApplicationProblem("document.alreadyReviewed");
        }
        documents.remove(document);
        audit.record(applicantEmail, AuditAction.DOCUMENT_REMOVED, application.getNumber(),
                document.getKind().label() + ": " + document.getOriginalName() + " (sha256 " + document.getSha256() + ")");
    }

    /** Signs and submits. Submitting twice (a double click) submits once. */
    public CertificationApplication submit(String applicantEmail, long id, String typedSignature, boolean attests) {
        CertificationApplication application = records.owned(applicantEmail, id);
        if (application.getStatus() == ApplicationStatus.SUBMITTED) {
            return application;
        }
        requireEditable(application);
        if (!attests) {
            throw new ApplicationProblem("application.attestation.unchecked");
        }
        application.sign(typedSignature, LocalDate.now(clock), ApplicationPolicy.ATTESTATION_TEXT, ApplicationPolicy.ATTESTATION_VERSION, clock.instant());
        requireReadyToSubmit(application);
        ApplicationStatus before = application.getStatus();
        application.moveTo(ApplicationStatus.SUBMITTED, clock.instant());
        records.changed(applicantEmail, application, before, before == ApplicationStatus.DEFICIENT ? "Resubmitted" : "Submitted");
        if (before == ApplicationStatus.DEFICIENT && application.getAssignee() != null) {
            backToItsReviewer(applicantEmail, application);
        }
        records.mail(application, "application-submitted", UsDates.shown(queue.targetDecisionDate(application)));
        screening.screen(subjectOf(application), ScreeningTrigger.SUBMISSION);
        return application;
    }

    /** A resubmission goes straight back to the reviewer who returned it, in review, and they are told. */
    private void backToItsReviewer(String applicantEmail, CertificationApplication application) {
        String reviewer = application.getAssignee();
        records.move(applicantEmail, application, ApplicationStatus.IN_REVIEW, "Resubmitted; back in review with " + reviewer + ", who returned it");
        outbox.enqueue(templates.render("application-resubmitted", reviewer, application.getFullName(), application.getNumber(),
                urls.absolute("/staff/review.xhtml?id=" + application.getId()), UsDates.shown(queue.targetDecisionDate(application))));
    }

    public CertificationApplication withdraw(String applicantEmail, long id) {
        CertificationApplication application = records.owned(applicantEmail, id);
        records.move(applicantEmail, application, ApplicationStatus.WITHDRAWN, "Withdrawn by the applicant");
        return application;
    }

    private void requireReadyToSubmit(CertificationApplication a) {
        if (!a.personalDetailsComplete()) {
            throw new ApplicationProblem("application.detailsIncomplete");
        }
        List<ChecklistRow> rows = progress.eligibility(a);
        if (rows.get(0).state() != ChecklistRow.State.MET) {
            throw new ApplicationProblem("application.underAge", policy.minimumAge());
        }
        if (rows.get(1).state() == ChecklistRow.State.NOT_MET) {
            throw new ApplicationProblem("application.educationMissing");
        }
        if (rows.get(2).state() != ChecklistRow.State.MET) {
            throw new ApplicationProblem(EligibilityRules.signatureMatches(a.getSignatureName(), a.getLegalFirstName(), a.getLegalLastName())
                    ? "application.attestationIncomplete" : "application.signatureMismatch", policy.recoveryStatementMinLength());
        }
    }

    private CertificationApplication ownedEditable(String applicantEmail, long id) {
        CertificationApplication application = records.owned(applicantEmail, id);
        requireEditable(application);
        return application;
    }

    private static void requireEditable(CertificationApplication application) {
        if (!application.getStatus().editableByApplicant()) {
            throw new ApplicationProblem("application.notEditable", application.getStatus());
        }
    }

    private static ScreeningSubject subjectOf(CertificationApplication a) {
        return new ScreeningSubject(a.getId(), a.getApplicantId(), a.getLegalFirstName(), a.getLegalLastName(), a.getDateOfBirth());
    }
}
