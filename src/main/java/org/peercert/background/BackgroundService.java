package org.peercert.background;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.platform.Words;

/**
 * Background checks (R-BG-1, R-BG-2): staff record each check; a result other than clear goes to a second
 * staff member, never the one who recorded it, for adjudication. The newest check of each kind counts.
 */
@ApplicationScoped
@Transactional
public class BackgroundService {

    private static final int EARLY_REVIEW_MAX_LENGTH = 4000;
    /** The size of the reason columns. */
    private static final int REASON_MAX_LENGTH = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    BackgroundPolicy policy;

    @Inject
    AuditService audit;

    /** Refuses an incomplete or impossible record, before anything is stored. */
    public void requireValid(CheckRecord record) {
        if (record.kind() == null || record.result() == null || record.performedOn() == null) {
            throw new BackgroundProblem("background.incomplete");
        }
        if (isBlank(record.source()) || isBlank(record.referenceNumber())) {
            throw new BackgroundProblem("background.sourceRequired");
        }
        if (record.performedOn().isAfter(LocalDate.now(clock))) {
            throw new BackgroundProblem("background.futureDate");
        }
    }

    /** Records a check, with the id of its supporting document if staff attached one. */
    public BackgroundCheck record(String staffEmail, long applicationId, String applicationNumber, CheckRecord record, Long documentId) {
        requireValid(record);
        BackgroundCheck check = new BackgroundCheck(applicationId, record, record.performedOn().plusMonths(policy.validityMonths()),
                documentId, staffEmail, clock.instant());
        em.persist(check);
        audit.record(staffEmail, AuditAction.BACKGROUND_CHECK_RECORDED, applicationNumber,
                record.kind().label() + ": " + Words.of(record.result()) + " (" + record.source().strip() + " " + record.referenceNumber().strip() + ")");
        return check;
    }

    /** Adjudicates a check that needs it; the staff member who recorded the check may not. */
    public BackgroundCheck adjudicate(String staffEmail, long checkId, String applicationNumber, Adjudication decision, String reason) {
        BackgroundCheck check = em.find(BackgroundCheck.class, checkId);
        if (check == null) {
            throw new BackgroundProblem("background.notFound");
        }
        if (check.standingOn(LocalDate.now(clock)) != CheckStanding.AWAITING_ADJUDICATION) {
            throw new BackgroundProblem("background.nothingToAdjudicate");
        }
        if (check.getRecordedBy().equalsIgnoreCase(staffEmail)) {
            throw new BackgroundProblem("background.ownCheck");
        }
        if (decision == null || isBlank(reason)) {
            throw new BackgroundProblem("background.reasonRequired");
        }
        if (reason.strip().length() > REASON_MAX_LENGTH) {
            throw new BackgroundProblem("background.reasonTooLong", REASON_MAX_LENGTH);
        }
        check.adjudicate(decision, reason, staffEmail, clock.instant());
        audit.record(staffEmail, AuditAction.BACKGROUND_CHECK_ADJUDICATED, applicationNumber,
                check.getKind().label() + ": " + Words.of(decision) + " - " + reason.strip());
        return check;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Long applicationOf(long checkId) {
        BackgroundCheck check = em.find(BackgroundCheck.class, checkId);
        if (check == null) {
            throw new BackgroundProblem("background.notFound");
        }
        return check.getApplicationId();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BackgroundCheck> checksOf(long applicationId) {
        return em.createQuery("select c from BackgroundCheck c where c.applicationId = :a order by c.performedOn desc, c.id desc", BackgroundCheck.class)
                .setParameter("a", applicationId).getResultList();
    }

    /** Where each of the three checks stands today: the newest check of a kind counts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<CheckKind, CheckStanding> standings(long applicationId) {
        LocalDate today = LocalDate.now(clock);
        Map<CheckKind, CheckStanding> standings = new EnumMap<>(CheckKind.class);
        for (CheckKind kind : CheckKind.values()) {
            standings.put(kind, CheckStanding.MISSING);
        }
        for (BackgroundCheck check : checksOf(applicationId)) {
            if (standings.get(check.getKind()) == CheckStanding.MISSING) {
                standings.put(check.getKind(), check.standingOn(today));
            }
        }
        return standings;
    }

    // ---- early review (R-BG-1) ----

    /** One open request per application; the applicant says what staff should consider. */
    public EarlyReview requestEarlyReview(String applicantEmail, long applicationId, String applicationNumber, String disclosure) {
        if (disclosure == null || disclosure.strip().length() < policy.earlyReviewMinLength()) {
            throw new BackgroundProblem("earlyReview.disclosureTooShort", policy.earlyReviewMinLength());
        }
        if (disclosure.strip().length() > EARLY_REVIEW_MAX_LENGTH) {
            throw new BackgroundProblem("earlyReview.disclosureTooLong", EARLY_REVIEW_MAX_LENGTH);
        }
        if (earlyReviewsOf(applicationId).stream().anyMatch(r -> !r.isAnswered())) {
            throw new BackgroundProblem("earlyReview.alreadyOpen");
        }
        EarlyReview review = new EarlyReview(applicationId, disclosure, applicantEmail, clock.instant());
        em.persist(review);
        audit.record(applicantEmail, AuditAction.EARLY_REVIEW_REQUESTED, applicationNumber, "Early review of criminal history requested");
        return review;
    }

    /** Staff's advisory answer, once; a second answer (a double click, a colleague) is refused. */
    public EarlyReview answerEarlyReview(String staffEmail, long reviewId, String applicationNumber, EarlyAdvice advice, String reason) {
        EarlyReview review = earlyReview(reviewId);
        if (review.isAnswered()) {
            throw new BackgroundProblem("earlyReview.alreadyAnswered", review.getAnsweredBy());
        }
        if (advice == null || isBlank(reason)) {
            throw new BackgroundProblem("earlyReview.answerRequired");
        }
        if (reason.strip().length() > REASON_MAX_LENGTH) {
            throw new BackgroundProblem("background.reasonTooLong", REASON_MAX_LENGTH);
        }
        review.answer(advice, reason, staffEmail, clock.instant());
        audit.record(staffEmail, AuditAction.EARLY_REVIEW_ANSWERED, applicationNumber, Words.of(advice) + ": " + reason.strip());
        return review;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public EarlyReview earlyReview(long reviewId) {
        EarlyReview review = em.find(EarlyReview.class, reviewId);
        if (review == null) {
            throw new BackgroundProblem("earlyReview.notFound");
        }
        return review;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EarlyReview> earlyReviewsOf(long applicationId) {
        return em.createQuery("select r from EarlyReview r where r.applicationId = :a order by r.requestedAt desc, r.id desc", EarlyReview.class)
                .setParameter("a", applicationId).getResultList();
    }

    /** The requests staff have not answered yet, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<EarlyReview> unansweredEarlyReviews(int max) {
        return em.createQuery("select r from EarlyReview r where r.answeredAt is null order by r.requestedAt, r.id", EarlyReview.class)
                .setMaxResults(max).getResultList();
    }

    public long countUnansweredEarlyReviews() {
        return em.createQuery("select count(r) from EarlyReview r where r.answeredAt is null", Long.class).getSingleResult();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
