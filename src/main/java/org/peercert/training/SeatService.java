package org.peercert.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.peercert.account.AccountService;
import org.peercert.account.UserAccount;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.PortalUrls;
import org.peercert.platform.Words;

/**
 * Seats in a cohort: an eligible applicant asks and the lead trainer accepts (a seat, or the waiting list when full) or
 * declines; trainers enrol and withdraw people; every change is mailed.
 */
@ApplicationScoped
@Transactional
public class SeatService {

    private static final String ELIGIBLE = "SELECT COUNT(*) FROM certification_application WHERE applicant_id = ?1 AND status = 'ELIGIBLE'";
    private static final String APPLICANT_OF_APPLICATION = "SELECT applicant_id FROM certification_application WHERE id = ?1";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    @Inject
    OutboxService outbox;

    @Inject
    MailTemplates templates;

    @Inject
    PortalUrls urls;

    @Inject
    CohortService cohortService;

    @Inject
    CompletionService completionService;

    /**
     * Enrols an applicant, found by email or application number, whose application is ELIGIBLE. A full
     * cohort puts them on its waiting list. The cohort row is locked, so two trainers never fill one seat twice.
     */
    public Enrolment enrol(String trainerEmail, long cohortId, String who) {
        Cohort cohort = cohortService.openCohortLocked(trainerEmail, cohortId);
        long applicantId = applicantNamed(who);
        Optional<Enrolment> earlier = enrolmentOf(cohortId, applicantId);
        if (earlier.isPresent() && earlier.get().getStatus().isOnRoster()) {
            throw new TrainingProblem("training.alreadyEnrolled", who.strip());
        }
        requireMaySeat(applicantId, cohortId, who.strip(), false);
        EnrolmentStatus status = nextPlace(cohort);
        Enrolment enrolment = earlier.orElseGet(() -> new Enrolment(cohortId, applicantId, status, trainerEmail, clock.instant()));
        if (earlier.isEmpty()) {
            em.persist(enrolment);
        } else if (enrolment.getStatus() == EnrolmentStatus.REQUESTED) {
            enrolment.decide(status, trainerEmail, clock.instant());
        } else {
            enrolment.reenrol(status, trainerEmail, clock.instant());
        }
        audit.record(trainerEmail, AuditAction.ENROLMENT_RECORDED, CohortService.subject(cohort), who.strip() + ": " + Words.of(status));
        UserAccount applicant = em.find(UserAccount.class, applicantId);
        outbox.enqueue(templates.render("training-enrolled", applicant.getEmail(), applicant.getFullName(), cohort.getTitle(),
                urls.absolute("/applicant/training.xhtml"), placeText(cohort, status)));
        return enrolment;
    }

    private static String placeText(Cohort cohort, EnrolmentStatus place) {
        return place == EnrolmentStatus.ENROLLED ? "You have a seat (" + CohortService.dates(cohort) + ")."
                : "The cohort is full, so you are on its waiting list; you will be told if a seat opens.";
    }

    /** A seat while the cohort has one, else the waiting list. */
    private EnrolmentStatus nextPlace(Cohort cohort) {
        return seatedCount(cohort.getId()) < cohort.getCapacity() ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED;
    }

    /**
     * Who may have a seat: an applicant found eligible, who has not completed the training, and holds no
     * seat in another cohort still open. Told to the trainer by name, or to the applicant asking for a seat.
     */
    private void requireMaySeat(long applicantId, long cohortId, String who, boolean askedByApplicant) {
        String prefix = askedByApplicant ? "training.request." : "training.";
        if (!isEligible(applicantId)) {
            throw new TrainingProblem(prefix + "notEligible", who);
        }
        if (completionService.completion(applicantId).isComplete()) {
            throw new TrainingProblem(prefix + "alreadyCompleted", who);
        }
        Optional<String> seatedElsewhere = openCohortSeating(applicantId, cohortId);
        if (seatedElsewhere.isPresent()) {
            throw new TrainingProblem(prefix + "seatedElsewhere", who, seatedElsewhere.get());
        }
    }

    /** The applicant's requests, seats and waiting-list places, newest cohort first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MySeat> seatsOf(String applicantEmail) {
        long applicantId = cohortService.account(applicantEmail).getId();
        boolean completed = completionService.confirmedCompletion(applicantId).isComplete();
        return em.createQuery("select c, e.status from Enrolment e, Cohort c where c.id = e.cohortId and e.applicantId = :a "
                        + "order by c.startsOn desc, c.id desc", Object[].class)
                .setParameter("a", applicantId).getResultList().stream()
                .map(r -> new MySeat((Cohort) r[0], (EnrolmentStatus) r[1], completed)).toList();
    }

    /** An eligible applicant asks for a seat in a cohort that has not started; its trainer is told by mail. */
    public Enrolment requestSeat(String applicantEmail, long cohortId) {
        Cohort cohort = em.find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE);
        if (cohort == null || cohort.getResultsConfirmedAt() != null || !cohort.getStartsOn().isAfter(LocalDate.now(clock))) {
            throw new TrainingProblem("training.request.closed");
        }
        UserAccount applicant = cohortService.account(applicantEmail);
        Optional<Enrolment> earlier = enrolmentOf(cohortId, applicant.getId());
        if (earlier.isPresent() && (earlier.get().getStatus().isOnRoster() || earlier.get().getStatus() == EnrolmentStatus.REQUESTED)) {
            throw new TrainingProblem("training.request.already");
        }
        requireMaySeat(applicant.getId(), cohortId, applicantEmail, true);
        Enrolment request = earlier.orElseGet(() -> new Enrolment(cohortId, applicant.getId(), EnrolmentStatus.REQUESTED, applicantEmail, clock.instant()));
        if (earlier.isPresent()) {
            request.reenrol(EnrolmentStatus.REQUESTED, applicantEmail, clock.instant());
        } else {
            em.persist(request);
        }
        audit.record(applicantEmail, AuditAction.SEAT_REQUESTED, CohortService.subject(cohort), applicant.getFullName());
        UserAccount trainer = em.find(UserAccount.class, cohort.getTrainerId());
        outbox.enqueue(templates.render("seat-requested", trainer.getEmail(), trainer.getFullName(), cohort.getTitle(),
                urls.absolute("/trainer/cohort.xhtml?id=" + cohort.getId()), applicant.getFullName() + " (" + applicantEmail + ")"));
        return request;
    }

    /** The applicant takes back a request the trainer has not answered. */
    public void cancelRequest(String applicantEmail, long cohortId) {
        Enrolment request = pendingRequest(cohortId, cohortService.account(applicantEmail).getId());
        request.moveTo(EnrolmentStatus.WITHDRAWN);
        audit.record(applicantEmail, AuditAction.SEAT_REQUEST_CANCELLED, "COHORT-" + cohortId, applicantEmail);
    }

    /** The trainer accepts a request: a seat, or the waiting list when the cohort is full. The applicant is told by mail. */
    public Enrolment acceptRequest(String trainerEmail, long cohortId, long applicantId) {
        Cohort cohort = cohortService.openCohortLocked(trainerEmail, cohortId);
        Enrolment request = pendingRequest(cohortId, applicantId);
        UserAccount applicant = em.find(UserAccount.class, applicantId);
        requireMaySeat(applicantId, cohortId, applicant.getEmail(), false);
        EnrolmentStatus place = nextPlace(cohort);
        request.decide(place, trainerEmail, clock.instant());
        audit.record(trainerEmail, AuditAction.ENROLMENT_RECORDED, CohortService.subject(cohort), applicant.getEmail() + ": request accepted, " + Words.of(place));
        outbox.enqueue(templates.render("seat-accepted", applicant.getEmail(), applicant.getFullName(), cohort.getTitle(),
                urls.absolute("/applicant/training.xhtml"), placeText(cohort, place)));
        return request;
    }

    /** The trainer declines a request; the applicant is told by mail and may ask elsewhere. */
    public void declineRequest(String trainerEmail, long cohortId, long applicantId) {
        Cohort cohort = cohortService.openCohortLocked(trainerEmail, cohortId);
        Enrolment request = pendingRequest(cohortId, applicantId);
        request.decide(EnrolmentStatus.DECLINED, trainerEmail, clock.instant());
        UserAccount applicant = em.find(UserAccount.class, applicantId);
        audit.record(trainerEmail, AuditAction.SEAT_REQUEST_DECLINED, CohortService.subject(cohort), applicant.getEmail());
        outbox.enqueue(templates.render("seat-declined", applicant.getEmail(), applicant.getFullName(), cohort.getTitle(),
                urls.absolute("/applicant/training.xhtml")));
    }

    private Enrolment pendingRequest(long cohortId, long applicantId) {
        return enrolmentOf(cohortId, applicantId).filter(e -> e.getStatus() == EnrolmentStatus.REQUESTED)
                .orElseThrow(() -> new TrainingProblem("training.request.none"));
    }

    /**
     * The title of another cohort, not yet confirmed, where the person has a seat: one seat at a time, so a
     * make-up in a later cohort comes after the first one's results are confirmed.
     */
    private Optional<String> openCohortSeating(long applicantId, long exceptCohortId) {
        return em.createQuery("select c.title from Enrolment e, Cohort c where c.id = e.cohortId and e.applicantId = :a "
                        + "and e.status = :seated and c.id <> :except and c.resultsConfirmedAt is null", String.class)
                .setParameter("a", applicantId).setParameter("seated", EnrolmentStatus.ENROLLED).setParameter("except", exceptCohortId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Whether the person has an application staff found eligible: the condition for a seat, and for the written test. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isEligible(long applicantId) {
        return ((Number) em.createNativeQuery(ELIGIBLE).setParameter(1, applicantId).getSingleResult()).longValue() > 0;
    }

    private long seatedCount(long cohortId) {
        return em.createQuery("select count(e) from Enrolment e where e.cohortId = :c and e.status = :s", Long.class)
                .setParameter("c", cohortId).setParameter("s", EnrolmentStatus.ENROLLED).getSingleResult();
    }

    /** A person leaves the cohort; the first on the waiting list takes the seat. Their recorded attendance stays. */
    public Optional<Long> withdraw(String trainerEmail, long cohortId, long applicantId) {
        Cohort cohort = cohortService.openCohortLocked(trainerEmail, cohortId);
        Enrolment leaving = enrolmentOf(cohortId, applicantId).filter(e -> e.getStatus().isOnRoster())
                .orElseThrow(() -> new TrainingProblem("training.notOnRoster"));
        boolean freedASeat = leaving.getStatus() == EnrolmentStatus.ENROLLED;
        leaving.moveTo(EnrolmentStatus.WITHDRAWN);
        audit.record(trainerEmail, AuditAction.ENROLMENT_WITHDRAWN, CohortService.subject(cohort), "applicant " + applicantId);
        if (!freedASeat) {
            return Optional.empty();
        }
        Optional<Enrolment> next = em.createQuery("select e from Enrolment e where e.cohortId = :c and e.status = :s order by e.enrolledAt, e.id",
                        Enrolment.class).setParameter("c", cohortId).setParameter("s", EnrolmentStatus.WAITLISTED).getResultStream()
                .filter(e -> isEligible(e.getApplicantId()) && openCohortSeating(e.getApplicantId(), cohortId).isEmpty()).findFirst();
        next.ifPresent(e -> {
            e.moveTo(EnrolmentStatus.ENROLLED);
            audit.record(trainerEmail, AuditAction.ENROLMENT_RECORDED, CohortService.subject(cohort), "applicant " + e.getApplicantId() + ": from the waiting list");
            cohortService.roster(cohortId).stream().filter(r -> r.applicantId() == e.getApplicantId()).findFirst().ifPresent(person ->
                    outbox.enqueue(templates.render("training-seat", person.email(), person.name(), cohort.getTitle(),
                            urls.absolute("/applicant/index.xhtml"), CohortService.dates(cohort))));
        });
        return next.map(Enrolment::getApplicantId);
    }

    /**
     * The applicant an email address or application number names. Reading only; a name that matches nobody is refused
     * without spoiling the caller's transaction (an attendance upload reports that line and goes on).
     */
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = TrainingProblem.class)
    public long applicantNamed(String who) {
        String typed = who == null ? "" : who.strip();
        if (typed.toUpperCase(Locale.ROOT).matches("APP-\\d{1,12}")) {
            List<?> found = em.createNativeQuery(APPLICANT_OF_APPLICATION).setParameter(1, Long.parseLong(typed.substring(4)))
                    .getResultList();
            if (!found.isEmpty()) {
                return ((Number) found.get(0)).longValue();
            }
        } else {
            Optional<UserAccount> account = accounts.findByEmail(typed);
            if (account.isPresent()) {
                return account.get().getId();
            }
        }
        throw new TrainingProblem("training.unknownPerson", typed);
    }

    private Optional<Enrolment> enrolmentOf(long cohortId, long applicantId) {
        return em.createQuery("select e from Enrolment e where e.cohortId = :c and e.applicantId = :a", Enrolment.class)
                .setParameter("c", cohortId).setParameter("a", applicantId).getResultStream().findFirst();
    }
}
