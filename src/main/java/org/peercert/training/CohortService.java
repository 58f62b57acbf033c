package org.peercert.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.peercert.account.AccountService;
import org.peercert.account.Role;
import org.peercert.account.UserAccount;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.platform.InvalidFields;
import org.peercert.platform.format.UsDates;

/** Cohorts: created by a trainer, run with co-trainers, scheduled in sessions, listed for applicants while open. */
@ApplicationScoped
@Transactional
public class CohortService {

    static final int MAX_CAPACITY = 200;
    private static final String ROSTER = "SELECT e.applicant_id, u.first_name, u.last_name, u.email, e.status FROM cohort_enrolment e "
            + "JOIN user_account u ON u.id = e.applicant_id WHERE e.cohort_id = ?1 ORDER BY e.status, e.enrolled_at, e.id";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountService accounts;

    @Inject
    AuditService audit;

    @Inject
    CurriculumService curriculumService;

    public Cohort createCohort(String trainerEmail, CohortForm form) {
        InvalidFields.throwIfAny(CohortFields.problems(form, MAX_CAPACITY));
        Cohort cohort = new Cohort(curriculumService.currentCurriculum(), form, account(trainerEmail).getId(), clock.instant());
        em.persist(cohort);
        em.flush();
        audit.record(trainerEmail, AuditAction.COHORT_CREATED, subject(cohort), cohort.getTitle() + ", " + cohort.getStartsOn() + " to "
                + cohort.getEndsOn() + ", " + cohort.getCapacity() + " seats");
        return cohort;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Cohort> cohortsOf(String trainerEmail) {
        return em.createQuery("select c from Cohort c where c.trainerId = :t or c.id in "
                        + "(select k.key.cohortId from CoTrainer k where k.key.trainerId = :t) order by c.startsOn desc, c.id desc", Cohort.class)
                .setParameter("t", account(trainerEmail).getId()).getResultList();
    }

    /** Unanswered seat requests in each of the trainer's cohorts that has any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> pendingRequestCounts(String trainerEmail) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("select e.cohortId, count(e) from Enrolment e, Cohort c where c.id = e.cohortId and e.status = :requested "
                        + "and (c.trainerId = :t or c.id in (select k.key.cohortId from CoTrainer k where k.key.trainerId = :t)) group by e.cohortId",
                        Object[].class)
                .setParameter("requested", EnrolmentStatus.REQUESTED).setParameter("t", account(trainerEmail).getId()).getResultList()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    /** The lead trainer first, then the co-trainers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainerRow> trainersOf(long cohortId) {
        return em.createQuery("select u.id, u.firstName, u.lastName, u.email, case when c.trainerId = u.id then true else false end "
                        + "from Cohort c, UserAccount u where c.id = :c and (u.id = c.trainerId or u.id in "
                        + "(select k.key.trainerId from CoTrainer k where k.key.cohortId = :c)) "
                        + "order by case when c.trainerId = u.id then 0 else 1 end, u.lastName, u.firstName", Object[].class)
                .setParameter("c", cohortId).getResultList().stream()
                .map(r -> new TrainerRow((Long) r[0], r[1] + " " + r[2], (String) r[3], (Boolean) r[4])).toList();
    }

    /** The lead trainer adds another trainer (an account with the trainer role) to run the cohort with them. */
    public void addCoTrainer(String leadEmail, long cohortId, String coTrainerEmail) {
        Cohort cohort = leadOf(leadEmail, cohortId);
        String typed = coTrainerEmail == null ? "" : coTrainerEmail.strip();
        UserAccount coTrainer = accounts.findByEmail(typed).filter(a -> a.getRoles().contains(Role.TRAINER))
                .orElseThrow(() -> new TrainingProblem("training.notATrainer", typed));
        if (coTrainer.getId().equals(cohort.getTrainerId()) || em.find(CoTrainer.class, new CoTrainer.Key(cohortId, coTrainer.getId())) != null) {
            throw new TrainingProblem("training.alreadyTrainer", typed);
        }
        em.persist(new CoTrainer(cohortId, coTrainer.getId(), leadEmail, clock.instant()));
        audit.record(leadEmail, AuditAction.CO_TRAINER_ADDED, subject(cohort), typed);
    }

    public void removeCoTrainer(String leadEmail, long cohortId, long coTrainerId) {
        Cohort cohort = leadOf(leadEmail, cohortId);
        CoTrainer coTrainer = em.find(CoTrainer.class, new CoTrainer.Key(cohortId, coTrainerId));
        if (coTrainer == null) {
            throw new TrainingProblem("training.notACoTrainer");
        }
        em.remove(coTrainer);
        audit.record(leadEmail, AuditAction.CO_TRAINER_REMOVED, subject(cohort), "trainer " + coTrainerId);
    }

    private Cohort leadOf(String leadEmail, long cohortId) {
        Cohort cohort = ownedBy(leadEmail, cohortId, em.find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE));
        if (!cohort.getTrainerId().equals(account(leadEmail).getId())) {
            throw new TrainingProblem("training.leadOnly");
        }
        return cohort;
    }

    /** The trainer's own cohort; another trainer's is refused and audited. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Cohort cohort(String trainerEmail, long cohortId) {
        return ownedBy(trainerEmail, cohortId, em.createQuery("select c from Cohort c join fetch c.curriculum where c.id = :id", Cohort.class)
                .setParameter("id", cohortId).getResultStream().findFirst().orElse(null));
    }

    private Cohort ownedBy(String trainerEmail, long cohortId, Cohort cohort) {
        long trainerId = account(trainerEmail).getId();
        if (cohort == null || !cohort.getTrainerId().equals(trainerId) && em.find(CoTrainer.class, new CoTrainer.Key(cohortId, trainerId)) == null) {
            audit.recordRefusal(trainerEmail, AuditAction.ACCESS_DENIED, "COHORT-" + cohortId, "Not the trainer's cohort");
            throw new TrainingProblem("training.notYourCohort");
        }
        return cohort;
    }

    /**
     * The trainer's own cohort, locked for this transaction before anything else is read (so seats, the
     * waiting list and the grid are read after any concurrent change commits); refused once its results
     * are confirmed.
     */
    public Cohort openCohortLocked(String trainerEmail, long cohortId) {
        Cohort cohort = ownedBy(trainerEmail, cohortId, em.find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE));
        if (cohort.getResultsConfirmedAt() != null) {
            throw new TrainingProblem("training.cohortClosed");
        }
        return cohort;
    }

    /** A cohort's sessions in the order they meet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CohortSession> sessionsOf(long cohortId) {
        return em.createQuery("select s from CohortSession s where s.cohortId = :c order by s.meetsOn, s.startsAt, s.id", CohortSession.class)
                .setParameter("c", cohortId).getResultList();
    }

    /** A cohort's sessions with the numbers of the modules each covers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SessionRow> sessionRowsOf(long cohortId) {
        Map<Long, Integer> numbers = new HashMap<>();
        em.createQuery("select m.id, m.sortOrder from CurriculumModule m, Cohort c where c.id = :c and m.version.id = c.curriculum.id", Object[].class)
                .setParameter("c", cohortId).getResultList().forEach(r -> numbers.put((Long) r[0], (Integer) r[1]));
        return sessionsOf(cohortId).stream().map(s -> new SessionRow(s, s.getModuleIds().stream().map(numbers::get)
                .filter(java.util.Objects::nonNull).sorted().toList())).toList();
    }

    /** A trainer schedules a session: a day within the cohort's dates, ending after it starts. */
    public CohortSession addSession(String trainerEmail, long cohortId, SessionForm form) {
        Cohort cohort = openCohortLocked(trainerEmail, cohortId);
        if (form.meetsOn() == null || form.startsAt() == null || form.endsAt() == null) {
            throw new TrainingProblem("training.sessionIncomplete");
        }
        if (form.meetsOn().isBefore(cohort.getStartsOn()) || form.meetsOn().isAfter(cohort.getEndsOn())) {
            throw new TrainingProblem("training.sessionOutsideCohort", cohort.getStartsOn(), cohort.getEndsOn());
        }
        if (!form.endsAt().isAfter(form.startsAt())) {
            throw new TrainingProblem("training.sessionEndsBeforeStart");
        }
        if (form.topics() != null && form.topics().strip().length() > 500) {
            throw new TrainingProblem("training.sessionTopicsLength");
        }
        List<Long> curriculum = curriculumService.modulesOf(cohort.getCurriculum()).stream().map(CurriculumModule::getId).toList();
        if (form.moduleIds().isEmpty() || !curriculum.containsAll(form.moduleIds())) {
            throw new TrainingProblem("training.sessionModules");
        }
        CohortSession session = new CohortSession(cohortId, form, trainerEmail, clock.instant());
        em.persist(session);
        em.flush();
        audit.record(trainerEmail, AuditAction.SESSION_SCHEDULED, subject(cohort), form.meetsOn() + " " + form.startsAt() + "-" + form.endsAt());
        return session;
    }

    public void removeSession(String trainerEmail, long cohortId, long sessionId) {
        Cohort cohort = openCohortLocked(trainerEmail, cohortId);
        CohortSession session = em.find(CohortSession.class, sessionId);
        if (session == null || !session.getCohortId().equals(cohortId)) {
            throw new TrainingProblem("training.noSuchSession");
        }
        em.remove(session);
        audit.record(trainerEmail, AuditAction.SESSION_CANCELLED, subject(cohort), session.getMeetsOn() + " " + session.getStartsAt());
    }

    /** Cohorts an applicant may ask a seat in: not started, results not confirmed; soonest first, with seats taken. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OpenCohort> openCohorts() {
        return em.createQuery("select c, u.firstName, u.lastName, (select count(e) from Enrolment e where e.cohortId = c.id and e.status = :seated) "
                        + "from Cohort c, UserAccount u where u.id = c.trainerId and c.resultsConfirmedAt is null and c.startsOn > :today "
                        + "order by c.startsOn, c.id", Object[].class)
                .setParameter("seated", EnrolmentStatus.ENROLLED).setParameter("today", LocalDate.now(clock)).setMaxResults(200)
                .getResultList().stream().map(r -> new OpenCohort((Cohort) r[0], r[1] + " " + r[2], ((Number) r[3]).longValue())).toList();
    }

    public UserAccount account(String email) {
        return accounts.findByEmail(email).orElseThrow(() -> new TrainingProblem("training.unknownPerson", email));
    }

    public static String subject(Cohort cohort) {
        return "COHORT-" + cohort.getId();
    }

    public static String dates(Cohort cohort) {
        return UsDates.shown(cohort.getStartsOn()) + " to " + UsDates.shown(cohort.getEndsOn());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<RosterRow> roster(long cohortId) {
        List<Object[]> rows = em.createNativeQuery(ROSTER).setParameter(1, cohortId).getResultList();
        return rows.stream().map(r -> new RosterRow(((Number) r[0]).longValue(), r[1] + " " + r[2], (String) r[3],
                EnrolmentStatus.valueOf(String.valueOf(r[4])))).toList();
    }
}
