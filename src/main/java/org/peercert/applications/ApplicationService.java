package org.peercert.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.peercert.account.AccountService;
import org.peercert.account.UserAccount;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.background.Adjudication;
import org.peercert.background.BackgroundCheck;
import org.peercert.background.BackgroundService;
import org.peercert.background.CheckKind;
import org.peercert.background.CheckRecord;
import org.peercert.background.CheckStanding;
import org.peercert.background.EarlyAdvice;
import org.peercert.background.EarlyReview;
import org.peercert.background.exclusion.ExclusionMatch;
import org.peercert.background.exclusion.ExclusionStanding;
import org.peercert.background.exclusion.MatchStatus;
import org.peercert.background.exclusion.ScreeningService;
import org.peercert.background.exclusion.ScreeningSubject;
import org.peercert.background.exclusion.ScreeningTrigger;
import org.peercert.document.ApplicationDocument;
import org.peercert.document.Attachment;
import org.peercert.document.DocumentKind;
import org.peercert.document.DocumentReview;
import org.peercert.document.DocumentService;
import org.peercert.document.UploadProblem;
import org.peercert.exam.Blueprint;
import org.peercert.exam.ExamService;
import org.peercert.exam.ExamSitting;
import org.peercert.exam.ExamStanding;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.InvalidFields;
import org.peercert.platform.Paging;
import org.peercert.platform.PortalUrls;
import org.peercert.platform.RecordNumbers;
import org.peercert.platform.Words;
import org.peercert.platform.format.UsDates;
import org.peercert.policy.ApplicationPolicy;
import org.peercert.policy.ExamPolicy;
import org.peercert.policy.TrainingPolicy;
import org.peercert.training.Hours;
import org.peercert.training.TrainingCompletion;
import org.peercert.training.TrainingService;

/**
 * Certification applications: drafts, documents, submission, staff review and decisions. The only
 * writer of applications; every change of state is audited with its actor and reason, and mailed.
 */
@ApplicationScoped
@Transactional
public class ApplicationService {

    static final String PROGRESS_PAGE = "/applicant/index.xhtml";
    private static final Set<ApplicationStatus> EARLY_REVIEW_STATUSES = EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW,
            ApplicationStatus.DEFICIENT, ApplicationStatus.ELIGIBLE);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ApplicationPolicy policy;

    @Inject
    AccountService accounts;

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
    BackgroundService background;

    @Inject
    ScreeningService screening;

    @Inject
    TrainingService training;

    @Inject
    ExamService exams;

    @Inject
    ExamPolicy examPolicy;

    @Inject
    TrainingPolicy trainingPolicy;

    // ---- applicant ----

    /** The applicant's open application, else their newest one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CertificationApplication> currentFor(String applicantEmail) {
        UserAccount applicant = applicant(applicantEmail);
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
        UserAccount applicant = applicant(applicantEmail);
        CertificationApplication draft = new CertificationApplication(applicant.getId(), track, applicant.getFirstName(),
                applicant.getLastName(), applicant.getDateOfBirth(), clock.instant());
        em.persist(draft);
        em.flush();
        audit.record(applicantEmail, AuditAction.APPLICATION_STARTED, draft.getNumber(), track.label());
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
        CertificationApplication application = owned(applicantEmail, id);
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
        changed(applicantEmail, application, before, before == ApplicationStatus.DEFICIENT ? "Resubmitted" : "Submitted");
        if (before == ApplicationStatus.DEFICIENT && application.getAssignee() != null) {
            backToItsReviewer(applicantEmail, application);
        }
        mail(application, "application-submitted", UsDates.shown(targetDecisionDate(application)));
        screening.screen(subjectOf(application), ScreeningTrigger.SUBMISSION);
        return application;
    }

    /** A resubmission goes straight back to the reviewer who returned it, in review, and they are told. */
    private void backToItsReviewer(String applicantEmail, CertificationApplication application) {
        String reviewer = application.getAssignee();
        move(applicantEmail, application, ApplicationStatus.IN_REVIEW, "Resubmitted; back in review with " + reviewer + ", who returned it");
        outbox.enqueue(templates.render("application-resubmitted", reviewer, application.getFullName(), application.getNumber(),
                urls.absolute("/staff/review.xhtml?id=" + application.getId()), UsDates.shown(targetDecisionDate(application))));
    }

    public CertificationApplication withdraw(String applicantEmail, long id) {
        CertificationApplication application = owned(applicantEmail, id);
        move(applicantEmail, application, ApplicationStatus.WITHDRAWN, "Withdrawn by the applicant");
        return application;
    }

    /** The application, if it is the caller's; otherwise refused (and audited). */
    public CertificationApplication owned(String applicantEmail, long id) {
        CertificationApplication application = em.find(CertificationApplication.class, id);
        if (application == null || !application.getApplicantId().equals(applicant(applicantEmail).getId())) {
            audit.recordRefusal(applicantEmail, AuditAction.ACCESS_DENIED, RecordNumbers.application(id), "Not the applicant's application");
            throw new NotYours("application " + id);
        }
        return application;
    }

    // ---- staff ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public CertificationApplication find(long id) {
        CertificationApplication application = em.find(CertificationApplication.class, id);
        if (application == null) {
            throw new ApplicationProblem("application.notFound");
        }
        return application;
    }

    public CertificationApplication startReview(String staffEmail, long id) {
        CertificationApplication application = find(id);
        if (application.getStatus() == ApplicationStatus.SUBMITTED) {
            application.assignTo(staffEmail);
            move(staffEmail, application, ApplicationStatus.IN_REVIEW, "Review started");
        }
        return application;
    }

    public void reviewDocument(String staffEmail, long documentId, boolean accept, String reason) {
        ApplicationDocument document = documents.find(documentId).orElseThrow(() -> new ApplicationProblem("document.notFound"));
        CertificationApplication application = find(document.getApplicationId());
        if (application.getStatus() != ApplicationStatus.IN_REVIEW) {
            throw new ApplicationProblem("application.notInReview");
        }
        if (!accept && (reason == null || reason.isBlank())) {
            throw new ApplicationProblem("document.reasonRequired");
        }
        documents.review(documentId, accept ? DocumentReview.ACCEPTED : DocumentReview.REJECTED, reason, staffEmail);
        audit.record(staffEmail, AuditAction.DOCUMENT_REVIEWED, application.getNumber(),
                document.getOriginalName() + ": " + (accept ? "accepted" : "rejected: " + reason));
    }

    /**
     * Records staff's decision. {@code expectedVersion} is the version the staff member saw: if someone
     * else changed the application since, nothing is overwritten.
     */
    /** @param reopen for a deficient application, the parts the applicant is to fix; only those reopen */
    public CertificationApplication decide(String staffEmail, long id, long expectedVersion, Decision decision, String reason,
                                           Set<ApplicationPart> reopen) {
        CertificationApplication application = find(id);
        if (application.getVersion() != expectedVersion) {
            throw new ApplicationProblem("application.changedBySomeoneElse");
        }
        if (application.getStatus() != ApplicationStatus.IN_REVIEW) {
            throw new ApplicationProblem("application.notInReview");
        }
        if (decision.needsReason() && (reason == null || reason.isBlank())) {
            throw new ApplicationProblem("application.reasonRequired");
        }
        if (decision == Decision.ELIGIBLE && !allMet(eligibility(application))) {
            throw new ApplicationProblem("application.notAllMet");
        }
        if (decision == Decision.DEFICIENT && (reopen == null || reopen.isEmpty())) {
            throw new ApplicationProblem("application.partsRequired");
        }
        application.decisionReason(reason);
        if (decision == Decision.DEFICIENT) {
            application.reopen(reopen);
        }
        move(staffEmail, application, decision.outcome(), reason == null ? Words.of(decision) : reason);
        String refused = decision == Decision.DEFICIENT ? refusedDocuments(application) : "";
        mail(application, decision.mailTemplate(), (reason == null ? "" : reason) + (refused.isEmpty() ? "" : "\n\n" + refused));
        return application;
    }

    /**
     * Applications submitted before this moment are past their target decision date today (the service level of
     * {@code peercert.application.service-level-business-days}, counted from the day of submission).
     */
    Instant pastTargetCutoff(LocalDate today) {
        return BusinessDays.lastStartPastDue(today, policy.serviceLevelBusinessDays()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<QueueRow> queue(QueueFilter filter, int first, int pageSize) {
        StringBuilder where = new StringBuilder(" where a.status <> :draft");
        if (filter.status() != null) {
            where.append(" and a.status = :status");
        }
        if (filter.track() != null) {
            where.append(" and a.track = :track");
        }
        if (filter.assignee() != null && !filter.assignee().isBlank()) {
            where.append(" and a.assignee = :assignee");
        }
        if (filter.olderThanDays() != null) {
            where.append(" and a.submittedAt <= :submittedBefore");
        }
        if (filter.pastTargetDate()) {
            where.append(" and a.status in :awaitingStaff and coalesce(a.resubmittedAt, a.submittedAt) < :pastTargetBefore");
        }
        QueueSearch search = QueueSearch.of(filter.search());
        where.append(search.condition());
        QueueSort sort = filter.sort() == null ? QueueSort.OLDEST_FIRST : filter.sort();
        TypedQuery<Object[]> page = em.createQuery("select a, u.email from CertificationApplication a join UserAccount u on u.id = a.applicantId"
                + where + " order by " + sort.orderBy(), Object[].class);
        TypedQuery<Long> count = em.createQuery("select count(a) from CertificationApplication a" + where, Long.class);
        for (TypedQuery<?> query : List.of(page, count)) {
            query.setParameter("draft", ApplicationStatus.DRAFT);
            if (filter.status() != null) {
                query.setParameter("status", filter.status());
            }
            if (filter.track() != null) {
                query.setParameter("track", filter.track());
            }
            if (filter.assignee() != null && !filter.assignee().isBlank()) {
                query.setParameter("assignee", filter.assignee().strip());
            }
            if (filter.olderThanDays() != null) {
                query.setParameter("submittedBefore", clock.instant().minus(Duration.ofDays(filter.olderThanDays())));
            }
            if (filter.pastTargetDate()) {
                query.setParameter("awaitingStaff", EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW));
                query.setParameter("pastTargetBefore", pastTargetCutoff(LocalDate.now(clock)));
            }
            search.bind(query);
        }
        LocalDate today = LocalDate.now(clock);
        List<QueueRow> rows = page.setFirstResult(first).setMaxResults(pageSize).getResultList().stream().map(r -> {
            CertificationApplication a = (CertificationApplication) r[0];
            LocalDate target = targetDecisionDate(a);
            return new QueueRow(a, (String) r[1], target, a.getStatus().awaitingStaff() && target != null && today.isAfter(target));
        }).toList();
        return new Paging<>(rows, count.getSingleResult());
    }

    /**
     * R-BG-1: staff record a check once the application is submitted, with its supporting document if any
     * (staff only). A refused document records nothing, so staff fix the file and press once more.
     */
    public BackgroundCheck recordCheck(String staffEmail, long id, CheckRecord record, Attachment attachment) {
        CertificationApplication application = find(id);
        if (application.getStatus() == ApplicationStatus.DRAFT || application.getStatus() == ApplicationStatus.WITHDRAWN) {
            throw new ApplicationProblem("background.notSubmitted");
        }
        background.requireValid(record);
        Long documentId = null;
        if (attachment != null) {
            ApplicationDocument document = documents.store(id, DocumentKind.BACKGROUND_CHECK, attachment.fileName(), attachment.content());
            audit.record(staffEmail, AuditAction.DOCUMENT_UPLOADED, application.getNumber(), DocumentKind.BACKGROUND_CHECK.label() + ": "
                    + document.getOriginalName() + " (" + document.getMediaType() + ", sha256 " + document.getSha256() + ")");
            documentId = document.getId();
        }
        return background.record(staffEmail, id, application.getNumber(), record, documentId);
    }

    /** R-BG-2: a second staff member adjudicates; a disqualification is mailed with appeal instructions. */
    public BackgroundCheck adjudicateCheck(String staffEmail, long checkId, Adjudication decision, String reason) {
        Long applicationId = background.applicationOf(checkId);
        CertificationApplication application = find(applicationId);
        BackgroundCheck check = background.adjudicate(staffEmail, checkId, application.getNumber(), decision, reason);
        if (decision == Adjudication.DISQUALIFIED) {
            mail(application, "background-disqualified", check.getKind().label() + ": " + reason.strip());
        }
        return check;
    }

    /**
     * R-BG-3: staff confirm a match with the exclusion list (the applicant is flagged and told how to
     * dispute it) or dismiss it with the reason.
     */
    public ExclusionMatch decideExclusionMatch(String staffEmail, long matchId, long seenVersion, MatchStatus decision, String reason) {
        ExclusionMatch match = screening.decide(staffEmail, matchId, seenVersion, decision, reason);
        if (decision == MatchStatus.CONFIRMED) {
            mail(find(match.getApplicationId()), "exclusion-confirmed", match.getListedName() + ", " + match.getExclusionType()
                    + " since " + UsDates.shown(match.getExcludedOn()));
        }
        return match;
    }

    private static ScreeningSubject subjectOf(CertificationApplication a) {
        return new ScreeningSubject(a.getId(), a.getApplicantId(), a.getLegalFirstName(), a.getLegalLastName(), a.getDateOfBirth());
    }

    /**
     * R-BG-1: an applicant with a submitted application asks whether their criminal history would bar
     * certification, before they invest in training.
     */
    public EarlyReview requestEarlyReview(String applicantEmail, long id, String disclosure) {
        CertificationApplication application = owned(applicantEmail, id);
        if (!mayAskForEarlyReview(application)) {
            throw new ApplicationProblem("earlyReview.notAvailable");
        }
        return background.requestEarlyReview(applicantEmail, id, application.getNumber(), disclosure);
    }

    /** Until training exists in the portal, an early review is open to any submitted, undecided or eligible application. */
    public static boolean mayAskForEarlyReview(CertificationApplication application) {
        return EARLY_REVIEW_STATUSES.contains(application.getStatus());
    }

    /** R-BG-1: staff's advisory answer, recorded on the application and mailed to the applicant. */
    public EarlyReview answerEarlyReview(String staffEmail, long reviewId, EarlyAdvice advice, String reason) {
        CertificationApplication application = find(background.earlyReview(reviewId).getApplicationId());
        EarlyReview review = background.answerEarlyReview(staffEmail, reviewId, application.getNumber(), advice, reason);
        mail(application, "early-review-answered", advice.label() + ".\n\n" + reason.strip());
        return review;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EarlyReview> earlyReviewsOf(CertificationApplication application) {
        return background.earlyReviewsOf(application.getId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BackgroundCheck> checksOf(CertificationApplication application) {
        return background.checksOf(application.getId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String applicantEmail(CertificationApplication application) {
        return em.find(UserAccount.class, application.getApplicantId()).getEmail();
    }

    // ---- what is met and what is missing ----

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApplicationDocument> documentsOf(CertificationApplication application) {
        return documents.forApplication(application.getId()).stream().filter(d -> !d.getKind().staffOnly()).toList();
    }

    /** R-ELIG-1..3 as checklist rows. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ChecklistRow> eligibility(CertificationApplication a) {
        LocalDate onDate = a.getSubmittedAt() == null ? LocalDate.now(clock) : LocalDate.ofInstant(a.getSubmittedAt(), ZoneOffset.UTC);
        List<ChecklistRow> rows = new ArrayList<>();
        boolean adult = EligibilityRules.isOldEnough(a.getDateOfBirth(), onDate, policy.minimumAge());
        rows.add(new ChecklistRow("R-ELIG-1", "At least " + policy.minimumAge() + " years old on the application date",
                adult ? ChecklistRow.State.MET : ChecklistRow.State.NOT_MET,
                a.getDateOfBirth() == null ? "Enter your date of birth." : adult ? "Born " + a.getDateOfBirth() + "."
                        : "You can apply from your " + policy.minimumAge() + "th birthday."));
        rows.add(educationRow(documents.forApplication(a.getId())));
        boolean attested = EligibilityRules.isAttested(a.isLivedExperience(), a.getRecoveryStatement(), policy.recoveryStatementMinLength(),
                a.getSignatureName(), a.getLegalFirstName(), a.getLegalLastName());
        rows.add(new ChecklistRow("R-ELIG-3", "Lived experience, recovery statement and signed attestation",
                attested ? ChecklistRow.State.MET : ChecklistRow.State.NOT_MET,
                attested ? "Signed " + UsDates.shown(a.getSignedOn()) + " (attestation " + a.getAttestationVersion() + ")."
                        : !a.isLivedExperience() ? "Confirm the lived experience of the " + a.getTrack().label() + " track."
                        : a.getRecoveryStatement() == null || a.getRecoveryStatement().length() < policy.recoveryStatementMinLength()
                        ? "Write a recovery statement of at least " + policy.recoveryStatementMinLength() + " characters."
                        : "Sign with your legal name when you submit."));
        return rows;
    }

    private static ChecklistRow educationRow(List<ApplicationDocument> docs) {
        List<ApplicationDocument> education = docs.stream().filter(d -> d.getKind().showsEducation()).toList();
        String label = "High-school diploma or GED, accepted by staff";
        if (education.stream().anyMatch(d -> d.getReview() == DocumentReview.ACCEPTED)) {
            return new ChecklistRow("R-ELIG-2", label, ChecklistRow.State.MET, "Accepted.");
        }
        if (education.stream().anyMatch(d -> d.getReview() == DocumentReview.PENDING)) {
            return new ChecklistRow("R-ELIG-2", label, ChecklistRow.State.WAITING_FOR_STAFF, "Uploaded; state staff will check it.");
        }
        String rejected = education.stream().filter(d -> d.getReview() == DocumentReview.REJECTED).map(ApplicationDocument::getReviewReason)
                .reduce((x, y) -> y).map(reason -> " The last one was not accepted: " + reason).orElse("");
        return new ChecklistRow("R-ELIG-2", label, ChecklistRow.State.NOT_MET, "Upload your diploma or GED (PDF, JPEG or PNG)." + rejected);
    }

    /** The applicant's whole path; later features fill the rows that say "not started" today. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Progress progress(CertificationApplication a) {
        List<ChecklistRow> rows = new ArrayList<>(eligibility(a));
        String refused = a.getStatus() == ApplicationStatus.DEFICIENT ? " " + refusedDocuments(a) : "";
        rows.add(new ChecklistRow("R-ELIG", "Application decision by state staff", decisionState(a.getStatus()), decisionText(a) + refused));
        rows.add(backgroundRow(background.standings(a.getId())));
        rows.add(exclusionRow(a, screening.standing(a.getApplicantId())));
        rows.add(trainingRow(training.completion(a.getApplicantId()), training.confirmedCompletion(a.getApplicantId()).isComplete()));
        List<ExamSitting> sittings = exams.sittingsOf(a.getApplicantId());
        rows.add(examRow(exams.standing(a.getApplicantId(), sittings), sittings));
        Optional<Object[]> certificate = certificateOf(a);
        rows.add(certificateRow(certificate, rows));
        if (a.getStatus() == ApplicationStatus.ELIGIBLE) {
            return eligibleProgress(a, rows, certificate.isPresent());
        }
        return new Progress(rows, nextAction(a), waitingOn(a), targetDecisionDate(a));
    }

    /** The certificate issued on this application, if any, as its number and status (read only: the certificate feature owns it). */
    private Optional<Object[]> certificateOf(CertificationApplication a) {
        return em.createQuery("select c.number, c.status from Certificate c where c.applicationId = :a", Object[].class)
                .setParameter("a", a.getId()).getResultStream().findFirst();
    }

    /** R-TRN-3: issued, or waiting for staff once every other requirement is met. */
    private static ChecklistRow certificateRow(Optional<Object[]> certificate, List<ChecklistRow> before) {
        if (certificate.isPresent()) {
            return new ChecklistRow("R-TRN-3", "Certificate", ChecklistRow.State.MET,
                    "Issued: " + certificate.get()[0] + " (" + String.valueOf(certificate.get()[1]).toLowerCase() + "). See Your certificates above.");
        }
        if (before.stream().allMatch(row -> row.state() == ChecklistRow.State.MET)) {
            return new ChecklistRow("R-TRN-3", "Certificate", ChecklistRow.State.WAITING_FOR_STAFF,
                    "Every requirement is met; state staff will issue your certificate.");
        }
        return new ChecklistRow("R-TRN-3", "Certificate", ChecklistRow.State.NOT_STARTED, "Issued once every requirement above is met.");
    }

    /**
     * Once eligible, the applicant's own steps (training, then the test) come first; when those are done, what is
     * left (checks, the certificate) waits for staff.
     */
    private Progress eligibleProgress(CertificationApplication a, List<ChecklistRow> rows, boolean certified) {
        if (certified) {
            return new Progress(rows, "See Your certificates above for your certificate's status and documents.", "Nobody",
                    targetDecisionDate(a));
        }
        Optional<ChecklistRow> yours = rows.stream().filter(row -> APPLICANTS_STEPS.contains(row.ruleId()))
                .filter(row -> row.state() != ChecklistRow.State.MET).findFirst();
        if (yours.isEmpty()) {
            return new Progress(rows, "Nothing for now: state staff complete the background checks and issue your certificate.",
                    "State certification staff", targetDecisionDate(a));
        }
        ChecklistRow next = yours.get();
        String action = next.ruleId().equals("R-TRN-1") && next.state() == ChecklistRow.State.NOT_STARTED
                ? "Enrol in a " + trainingPolicy.curriculumHours() + "-hour basic training cohort: ask for a seat on the Basic training page."
                : next.requirement() + ": " + next.explanation();
        return new Progress(rows, action, next.state() == ChecklistRow.State.WAITING_FOR_STAFF ? "Your trainer" : "You", targetDecisionDate(a));
    }

    /** R-BG-1/2: all three checks clear and unexpired; otherwise the row names each check that is not. */
    private static ChecklistRow backgroundRow(Map<CheckKind, CheckStanding> standings) {
        String label = "Background checks: criminal history, abuse/neglect registry, professional background";
        if (standings.values().stream().allMatch(s -> s == CheckStanding.MISSING)) {
            return new ChecklistRow("R-BG-1", label, ChecklistRow.State.NOT_STARTED, "Not started.");
        }
        if (standings.values().stream().allMatch(s -> s == CheckStanding.SATISFIED)) {
            return new ChecklistRow("R-BG-1", label, ChecklistRow.State.MET, "All three are clear and current.");
        }
        String open = standings.entrySet().stream().filter(e -> e.getValue() != CheckStanding.SATISFIED)
                .map(e -> e.getKey().label() + ": " + Words.of(e.getValue()).toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining("; "));
        boolean blocked = standings.values().stream().anyMatch(s -> s == CheckStanding.DISQUALIFIED || s == CheckStanding.EXPIRED);
        return new ChecklistRow("R-BG-2", label, blocked ? ChecklistRow.State.NOT_MET : ChecklistRow.State.WAITING_FOR_STAFF, open + ".");
    }

    /** R-TRN-1: hours attended of the curriculum, and the modules still to attend. */
    private ChecklistRow trainingRow(TrainingCompletion completion, boolean confirmed) {
        String label = "Basic training (" + completion.minutesRequired() / 60 + " hours)";
        if (completion.isComplete() && confirmed) {
            return new ChecklistRow("R-TRN-1", "Basic training", ChecklistRow.State.MET, "Completed: every module attended.");
        }
        if (completion.isComplete()) {
            return new ChecklistRow("R-TRN-1", label, ChecklistRow.State.WAITING_FOR_STAFF,
                    "Every module attended; waiting for your trainer to confirm the cohort's results.");
        }
        if (completion.minutesRequired() == 0) {
            return new ChecklistRow("R-TRN-1", trainingPolicy.curriculumHours() + "-hour basic training", ChecklistRow.State.NOT_STARTED,
                    "Not started: once staff find you eligible, ask for a seat in a cohort on the Basic training page (or a trainer enrols you).");
        }
        List<String> missing = completion.missingModules();
        String still = missing.stream().limit(3).collect(Collectors.joining("; ")) + (missing.size() > 3 ? " and " + (missing.size() - 3) + " more" : "");
        return new ChecklistRow("R-TRN-1", label, ChecklistRow.State.NOT_MET, String.format("%s of %s hours attended. Still to attend: %s.",
                Hours.of(completion.minutesAttended()), Hours.of(completion.minutesRequired()), still));
    }

    /** R-TRN-2: the written test, from "opens after training" to passed, or what the policy requires after the last attempt. */
    private ChecklistRow examRow(ExamStanding standing, List<ExamSitting> sittings) {
        String label = "Written test";
        String last = sittings.stream().filter(s -> !s.isOpen()).reduce((x, y) -> y)
                .map(s -> "Attempt " + s.getAttemptNo() + " of " + standing.maxAttempts() + ": " + s.result().percent() + "%"
                        + (Boolean.TRUE.equals(s.getPassed()) ? "" : ", not passed") + ". ").orElse("");
        return switch (standing.state()) {
            case TRAINING_FIRST -> new ChecklistRow("R-TRN-2", label, ChecklistRow.State.NOT_STARTED,
                    "Opens once your basic training is completed and confirmed by your trainer.");
            case MAY_START -> new ChecklistRow("R-TRN-2", label, ChecklistRow.State.NOT_MET, last + openTestText(examPolicy.blueprint()));
            case IN_PROGRESS -> new ChecklistRow("R-TRN-2", label, ChecklistRow.State.NOT_MET,
                    "Under way: finish it on the Written test page before the time runs out.");
            case WAITING -> new ChecklistRow("R-TRN-2", label, ChecklistRow.State.NOT_MET,
                    last + "Your next attempt may start on " + UsDates.shown(standing.nextAttemptFrom()) + ".");
            case ATTEMPTS_USED -> new ChecklistRow("R-TRN-2", label, ChecklistRow.State.NOT_MET,
                    last + "You have used all " + standing.maxAttempts() + " attempts. " + examPolicy.afterLastAttempt());
            case PASSED -> new ChecklistRow("R-TRN-2", label, ChecklistRow.State.MET, sittings.stream().filter(s -> Boolean.TRUE.equals(s.getPassed()))
                    .findFirst().map(s -> "Passed on " + UsDates.shown(s.getSatOn()) + " with " + s.result().percent() + "%.").orElse("Passed."));
        };
    }

    private static String openTestText(Blueprint blueprint) {
        return String.format("Open to you now on the Written test page: %d questions, %d minutes, pass mark %s%%.", blueprint.totalItems(),
                blueprint.timeAllowed().toMinutes(), blueprint.passMark().stripTrailingZeros().toPlainString());
    }

    /** R-BG-3: what the applicant is told of the federal exclusion screening. */
    private static ChecklistRow exclusionRow(CertificationApplication a, ExclusionStanding standing) {
        String label = "Federal exclusion list (HHS-OIG LEIE) screening";
        if (a.getSubmittedAt() == null) {
            return new ChecklistRow("R-BG-3", label, ChecklistRow.State.NOT_STARTED, "You are screened when you submit.");
        }
        return switch (standing.state()) {
            case NO_LIST -> new ChecklistRow("R-BG-3", label, ChecklistRow.State.WAITING_FOR_STAFF, "Screening starts when staff import the list.");
            case CLEAR -> new ChecklistRow("R-BG-3", label, ChecklistRow.State.MET, "Not on the list in force.");
            case UNDER_REVIEW -> new ChecklistRow("R-BG-3", label, ChecklistRow.State.WAITING_FOR_STAFF,
                    "A name on the list resembles yours; state staff are checking whether it is you.");
            case EXCLUDED -> new ChecklistRow("R-BG-3", label, ChecklistRow.State.NOT_MET,
                    "Staff confirmed you are on the federal exclusion list; a certificate cannot be issued or renewed. "
                            + "Contact your state certification office to dispute it.");
        };
    }

    private static ChecklistRow.State decisionState(ApplicationStatus status) {
        return switch (status) {
            case ELIGIBLE -> ChecklistRow.State.MET;
            case SUBMITTED, IN_REVIEW -> ChecklistRow.State.WAITING_FOR_STAFF;
            case DEFICIENT, DENIED, WITHDRAWN -> ChecklistRow.State.NOT_MET;
            case DRAFT -> ChecklistRow.State.NOT_STARTED;
        };
    }

    /** Which of the applicant's documents the reviewer did not accept, and why; "" when none. */
    private String refusedDocuments(CertificationApplication a) {
        List<String> refused = documentsOf(a).stream().filter(d -> d.getReview() == DocumentReview.REJECTED)
                .map(d -> d.getKind().label() + " \u201c" + d.getOriginalName() + "\u201d: " + d.getReviewReason()).toList();
        return refused.isEmpty() ? "" : "Not accepted: " + String.join("; ", refused) + ".";
    }

    private static String decisionText(CertificationApplication a) {
        return switch (a.getStatus()) {
            case DRAFT -> "Not submitted yet.";
            case SUBMITTED -> "Submitted; waiting for a reviewer.";
            case IN_REVIEW -> "A reviewer is looking at your application.";
            case DEFICIENT -> "Returned to you: " + a.getDecisionReason() + " To fix: "
                    + a.getReopenedParts().stream().map(ApplicationPart::label).collect(Collectors.joining(", ")) + ".";
            case ELIGIBLE -> "Eligible: you may enrol in the basic training.";
            case DENIED -> "Denied: " + a.getDecisionReason();
            case WITHDRAWN -> "Withdrawn.";
        };
    }

    private static final Set<String> APPLICANTS_STEPS = Set.of("R-TRN-1", "R-TRN-2");

    private static String nextAction(CertificationApplication a) {
        return switch (a.getStatus()) {
            case DRAFT -> "Complete every step of your application and submit it.";
            case DEFICIENT -> "Fix what the reviewer listed, then submit again.";
            case SUBMITTED, IN_REVIEW -> "Nothing for now: state staff are reviewing your application.";
            case ELIGIBLE -> throw new IllegalStateException("An eligible application's next step comes from its rows (eligibleProgress)");
            case DENIED -> "Read the reasons in your email; it explains how to appeal.";
            case WITHDRAWN -> "Start a new application when you are ready.";
        };
    }

    private static String waitingOn(CertificationApplication a) {
        return a.getStatus().awaitingStaff() ? "State certification staff" : a.getStatus().closed() ? "Nobody" : "You";
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LocalDate targetDecisionDate(CertificationApplication a) {
        return a.getSubmittedAt() == null ? null
                : BusinessDays.after(LocalDate.ofInstant(a.getLastSubmittedAt(), ZoneOffset.UTC), policy.serviceLevelBusinessDays());
    }

    // ---- internals ----

    private void requireReadyToSubmit(CertificationApplication a) {
        if (!a.personalDetailsComplete()) {
            throw new ApplicationProblem("application.detailsIncomplete");
        }
        List<ChecklistRow> rows = eligibility(a);
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

    private static boolean allMet(List<ChecklistRow> rows) {
        return rows.stream().allMatch(r -> r.state() == ChecklistRow.State.MET);
    }

    private CertificationApplication ownedEditable(String applicantEmail, long id) {
        CertificationApplication application = owned(applicantEmail, id);
        requireEditable(application);
        return application;
    }

    private static void requireEditable(CertificationApplication application) {
        if (!application.getStatus().editableByApplicant()) {
            throw new ApplicationProblem("application.notEditable", application.getStatus());
        }
    }

    private void move(String actor, CertificationApplication application, ApplicationStatus next, String reason) {
        ApplicationStatus before = application.getStatus();
        if (!before.canBecome(next)) {
            throw new ApplicationProblem("application.transitionNotAllowed", before, next);
        }
        application.moveTo(next, clock.instant());
        changed(actor, application, before, reason);
    }

    private void changed(String actor, CertificationApplication application, ApplicationStatus before, String reason) {
        audit.record(actor, AuditAction.APPLICATION_STATUS_CHANGED, application.getNumber(),
                Words.of(before) + " -> " + Words.of(application.getStatus()) + (reason == null ? "" : ": " + reason));
    }

    private void mail(CertificationApplication application, String template, Object detail) {
        outbox.enqueue(templates.render(template, applicantEmail(application), application.getLegalFirstName(), application.getNumber(),
                urls.absolute(PROGRESS_PAGE), detail == null ? "" : detail.toString()));
    }

    private UserAccount applicant(String email) {
        return accounts.findByEmail(email).orElseThrow(() -> new NotYours("no account " + email));
    }
}
