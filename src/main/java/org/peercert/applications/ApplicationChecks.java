package org.peercert.applications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.background.Adjudication;
import org.peercert.background.BackgroundCheck;
import org.peercert.background.BackgroundService;
import org.peercert.background.CheckRecord;
import org.peercert.background.CheckResult;
import org.peercert.background.EarlyAdvice;
import org.peercert.background.EarlyReview;
import org.peercert.background.exclusion.ExclusionMatchConfirmed;
import org.peercert.document.ApplicationDocument;
import org.peercert.document.Attachment;
import org.peercert.document.DocumentKind;
import org.peercert.document.DocumentService;
import org.peercert.platform.Paging;
import org.peercert.platform.format.UsDates;
import org.peercert.training.CompletionService;

/**
 * The background side of an application (R-BG-1..3): checks recorded and adjudicated, early reviews asked and
 * answered, confirmed exclusion matches, each told to the applicant.
 */
@ApplicationScoped
@Transactional
public class ApplicationChecks {

    private static final Set<ApplicationStatus> SUBMITTED_AND_OPEN = EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW,
            ApplicationStatus.DEFICIENT, ApplicationStatus.ELIGIBLE);

    @Inject
    DocumentService documents;

    @Inject
    AuditService audit;

    @Inject
    BackgroundService background;

    @Inject
    ApplicationRecords records;

    @Inject
    CompletionService completions;

    @PersistenceContext
    EntityManager em;

    /**
     * R-BG-2: the newest check of each kind on an open application whose result is not clear and that nobody has
     * adjudicated yet, oldest recorded first, narrowed to the applications the search finds. A newer check of the same
     * kind replaces it, as it does for the standing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Paging<CheckToAdjudicate> awaitingAdjudication(QueueSearch search, int first, int pageSize) {
        String from = " from BackgroundCheck b, CertificationApplication a where a.id = b.applicationId and a.status in :open"
                + " and b.result <> :clear and b.adjudication is null and not exists (select n from BackgroundCheck n"
                + " where n.applicationId = b.applicationId and n.kind = b.kind"
                + " and (n.performedOn > b.performedOn or (n.performedOn = b.performedOn and n.id > b.id)))" + search.condition();
        TypedQuery<Long> count = em.createQuery("select count(b)" + from, Long.class);
        TypedQuery<CheckToAdjudicate> page = em.createQuery("select new org.peercert.applications.CheckToAdjudicate(b.id, a.id,"
                + " concat(a.legalFirstName, ' ', a.legalLastName), b.kind, b.result, b.performedOn, b.recordedBy, b.recordedAt)" + from
                + " order by b.recordedAt, b.id", CheckToAdjudicate.class);
        for (TypedQuery<?> query : List.of(count, page)) {
            query.setParameter("open", SUBMITTED_AND_OPEN).setParameter("clear", CheckResult.CLEAR);
            search.bind(query);
        }
        return new Paging<>(page.setFirstResult(first).setMaxResults(pageSize).getResultList(), count.getSingleResult());
    }

    /**
     * R-BG-1: staff record a check once the application is submitted, with its supporting document if any
     * (staff only). A refused document records nothing, so staff fix the file and press once more.
     */
    public BackgroundCheck recordCheck(String staffEmail, long id, CheckRecord record, Attachment attachment) {
        CertificationApplication application = records.find(id);
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
        CertificationApplication application = records.find(applicationId);
        BackgroundCheck check = background.adjudicate(staffEmail, checkId, application.getNumber(), decision, reason);
        if (decision == Adjudication.DISQUALIFIED) {
            records.mail(application, "background-disqualified", check.getKind().label() + ": " + reason.strip());
        }
        return check;
    }

    /** R-BG-3: a confirmed exclusion-list match is mailed to the applicant with how to dispute it. */
    void tellApplicantOfConfirmedMatch(@Observes ExclusionMatchConfirmed confirmed) {
        records.mail(records.find(confirmed.applicationId()), "exclusion-confirmed", confirmed.listedName() + ", " + confirmed.exclusionType()
                + " since " + UsDates.shown(confirmed.excludedOn()));
    }

    /**
     * R-BG-1: an applicant with a submitted application asks whether their criminal history would bar
     * certification, before they invest in training.
     */
    public EarlyReview requestEarlyReview(String applicantEmail, long id, String disclosure) {
        CertificationApplication application = records.owned(applicantEmail, id);
        earlyReviewRefusal(application).ifPresent(key -> {
            throw new ApplicationProblem(key);
        });
        return background.requestEarlyReview(applicantEmail, id, application.getNumber(), disclosure);
    }

    /**
     * Why an early review cannot be asked for now, as a message key; empty when it can: it is open to a submitted,
     * undecided or eligible application whose applicant has not finished the basic training yet (the point is to ask
     * before that investment).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<String> earlyReviewRefusal(CertificationApplication application) {
        if (!SUBMITTED_AND_OPEN.contains(application.getStatus())) {
            return Optional.of("earlyReview.notAvailable");
        }
        if (completions.completion(application.getApplicantId()).isComplete()) {
            return Optional.of("earlyReview.afterTraining");
        }
        return Optional.empty();
    }

    /** R-BG-1: staff's advisory answer, recorded on the application and mailed to the applicant. */
    public EarlyReview answerEarlyReview(String staffEmail, long reviewId, EarlyAdvice advice, String reason) {
        CertificationApplication application = records.find(background.earlyReview(reviewId).getApplicationId());
        EarlyReview review = background.answerEarlyReview(staffEmail, reviewId, application.getNumber(), advice, reason);
        records.mail(application, "early-review-answered", advice.label() + ".\n\n" + reason.strip());
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
}
