package org.peercert.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.peercert.account.AccountService;
import org.peercert.account.Role;
import org.peercert.account.UserAccount;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.PortalUrls;
import org.peercert.platform.Words;
import org.peercert.platform.csv.CsvLines;
import org.peercert.platform.csv.LineRejected;
import org.peercert.platform.csv.RejectedLine;
import org.peercert.platform.format.UsDates;
import org.peercert.policy.TrainingPolicy;

/**
 * R-TRN-1: cohorts of the standardized curriculum, enrolment of eligible applicants (a waiting list once a
 * cohort is full), attendance per person and module, and completion computed from it, never typed.
 */
@ApplicationScoped
@Transactional
public class TrainingService {

    static final int MAX_CAPACITY = 200;
    private static final List<String> ATTENDANCE_HEADER = List.of("person", "module", "hours");
    private static final String ELIGIBLE = "SELECT COUNT(*) FROM certification_application WHERE applicant_id = ?1 AND status = 'ELIGIBLE'";
    private static final String APPLICANT_OF_APPLICATION = "SELECT applicant_id FROM certification_application WHERE id = ?1";
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
    OutboxService outbox;

    @Inject
    MailTemplates templates;

    @Inject
    PortalUrls urls;

    @Inject
    TrainingPolicy trainingPolicy;

    /** The curriculum new cohorts start with: the newest version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CurriculumVersion currentCurriculum() {
        return em.createQuery("select v from CurriculumVersion v left join fetch v.modules "
                + "where v.id = (select max(latest.id) from CurriculumVersion latest)", CurriculumVersion.class).getSingleResult();
    }

    /** Every curriculum version, newest first, with how many cohorts use it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CurriculumVersionRow> curriculumVersions() {
        Map<Long, Long> cohorts = new HashMap<>();
        em.createQuery("select c.curriculum.id, count(c) from Cohort c group by c.curriculum.id", Object[].class).getResultList()
                .forEach(r -> cohorts.put((Long) r[0], (Long) r[1]));
        return em.createQuery("select distinct v from CurriculumVersion v left join fetch v.modules order by v.id desc", CurriculumVersion.class)
                .getResultList().stream().map(v -> new CurriculumVersionRow(v, cohorts.getOrDefault(v.getId(), 0L))).toList();
    }

    /**
     * R-TRN-1: an administrator changes the curriculum by publishing a new version, which new cohorts start
     * with; cohorts already open keep theirs. The modules must add up to the configured length (40 hours).
     */
    public CurriculumVersion publishCurriculum(String adminEmail, String label, List<ModuleDraft> drafts) {
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new TrainingProblem("training.curriculumLabel");
        }
        if (drafts.isEmpty()) {
            throw new TrainingProblem("training.curriculumEmpty");
        }
        Map<String, Integer> minutesByTitle = new LinkedHashMap<>();
        for (ModuleDraft draft : drafts) {
            String title = draft.title() == null ? "" : draft.title().strip();
            if (title.isEmpty() || title.length() > 200) {
                throw new TrainingProblem("training.moduleTitle", minutesByTitle.size() + 1);
            }
            int minutes;
            try {
                minutes = Hours.minutesOf(draft.hours());
            } catch (IllegalArgumentException notHours) {
                minutes = 0;
            }
            if (minutes <= 0) {
                throw new TrainingProblem("training.moduleHours", title);
            }
            if (minutesByTitle.keySet().stream().anyMatch(t -> t.equalsIgnoreCase(title))) {
                throw new TrainingProblem("training.moduleTwice", title);
            }
            minutesByTitle.put(title, minutes);
        }
        int total = minutesByTitle.values().stream().mapToInt(Integer::intValue).sum();
        if (total != trainingPolicy.curriculumHours() * 60) {
            throw new TrainingProblem("training.curriculumTotal", Hours.of(total), trainingPolicy.curriculumHours());
        }
        CurriculumVersion version = new CurriculumVersion(name, adminEmail, clock.instant());
        em.persist(version);
        int position = 0;
        for (Map.Entry<String, Integer> module : minutesByTitle.entrySet()) {
            em.persist(new CurriculumModule(version, ++position, module.getKey(), module.getValue()));
        }
        em.flush();
        audit.record(adminEmail, AuditAction.CURRICULUM_PUBLISHED, "CURRICULUM-" + version.getId(), name + ", " + position + " modules");
        return version;
    }

    public Cohort createCohort(String trainerEmail, CohortForm form) {
        requireValid(form);
        Cohort cohort = new Cohort(currentCurriculum(), form, account(trainerEmail).getId(), clock.instant());
        em.persist(cohort);
        em.flush();
        audit.record(trainerEmail, AuditAction.COHORT_CREATED, subject(cohort), cohort.getTitle() + ", " + cohort.getStartsOn() + " to "
                + cohort.getEndsOn() + ", " + cohort.getCapacity() + " seats");
        return cohort;
    }

    private static void requireValid(CohortForm form) {
        if (form.title() == null || form.title().isBlank() || form.startsOn() == null || form.endsOn() == null || form.delivery() == null) {
            throw new TrainingProblem("training.cohortIncomplete");
        }
        if (form.endsOn().isBefore(form.startsOn())) {
            throw new TrainingProblem("training.endsBeforeStart");
        }
        if (form.delivery() == Delivery.IN_PERSON && (form.location() == null || form.location().isBlank())) {
            throw new TrainingProblem("training.addressRequired");
        }
        if (form.capacity() < 1 || form.capacity() > MAX_CAPACITY) {
            throw new TrainingProblem("training.capacityRange", MAX_CAPACITY);
        }
    }

    /** The modules of a curriculum version, in order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CurriculumModule> modulesOf(CurriculumVersion curriculum) {
        return em.createQuery("select m from CurriculumModule m where m.version.id = :v order by m.sortOrder", CurriculumModule.class)
                .setParameter("v", curriculum.getId()).getResultList();
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
    private Cohort openCohortLocked(String trainerEmail, long cohortId) {
        Cohort cohort = ownedBy(trainerEmail, cohortId, em.find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE));
        if (cohort.getResultsConfirmedAt() != null) {
            throw new TrainingProblem("training.cohortClosed");
        }
        return cohort;
    }

    /**
     * Enrols an applicant, found by email or application number, whose application is ELIGIBLE. A full
     * cohort puts them on its waiting list. The cohort row is locked, so two trainers never fill one seat twice.
     */
    public Enrolment enrol(String trainerEmail, long cohortId, String who) {
        Cohort cohort = openCohortLocked(trainerEmail, cohortId);
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
        audit.record(trainerEmail, AuditAction.ENROLMENT_RECORDED, subject(cohort), who.strip() + ": " + Words.of(status));
        UserAccount applicant = em.find(UserAccount.class, applicantId);
        outbox.enqueue(templates.render("training-enrolled", applicant.getEmail(), applicant.getFullName(), cohort.getTitle(),
                urls.absolute("/applicant/training.xhtml"), placeText(cohort, status)));
        return enrolment;
    }

    private static String placeText(Cohort cohort, EnrolmentStatus place) {
        return place == EnrolmentStatus.ENROLLED ? "You have a seat (" + dates(cohort) + ")."
                : "The cohort is full, so you are on its waiting list; you will be told if a seat opens.";
    }

    private static String dates(Cohort cohort) {
        return UsDates.shown(cohort.getStartsOn()) + " to " + UsDates.shown(cohort.getEndsOn());
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
        if (completion(applicantId).isComplete()) {
            throw new TrainingProblem(prefix + "alreadyCompleted", who);
        }
        Optional<String> seatedElsewhere = openCohortSeating(applicantId, cohortId);
        if (seatedElsewhere.isPresent()) {
            throw new TrainingProblem(prefix + "seatedElsewhere", who, seatedElsewhere.get());
        }
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
        List<Long> curriculum = modulesOf(cohort.getCurriculum()).stream().map(CurriculumModule::getId).toList();
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

    /** The applicant's requests, seats and waiting-list places, newest cohort first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MySeat> seatsOf(String applicantEmail) {
        long applicantId = account(applicantEmail).getId();
        boolean completed = confirmedCompletion(applicantId).isComplete();
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
        UserAccount applicant = account(applicantEmail);
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
        audit.record(applicantEmail, AuditAction.SEAT_REQUESTED, subject(cohort), applicant.getFullName());
        UserAccount trainer = em.find(UserAccount.class, cohort.getTrainerId());
        outbox.enqueue(templates.render("seat-requested", trainer.getEmail(), trainer.getFullName(), cohort.getTitle(),
                urls.absolute("/trainer/cohort.xhtml?id=" + cohort.getId()), applicant.getFullName() + " (" + applicantEmail + ")"));
        return request;
    }

    /** The applicant takes back a request the trainer has not answered. */
    public void cancelRequest(String applicantEmail, long cohortId) {
        Enrolment request = pendingRequest(cohortId, account(applicantEmail).getId());
        request.moveTo(EnrolmentStatus.WITHDRAWN);
        audit.record(applicantEmail, AuditAction.SEAT_REQUEST_CANCELLED, "COHORT-" + cohortId, applicantEmail);
    }

    /** The trainer accepts a request: a seat, or the waiting list when the cohort is full. The applicant is told by mail. */
    public Enrolment acceptRequest(String trainerEmail, long cohortId, long applicantId) {
        Cohort cohort = openCohortLocked(trainerEmail, cohortId);
        Enrolment request = pendingRequest(cohortId, applicantId);
        UserAccount applicant = em.find(UserAccount.class, applicantId);
        requireMaySeat(applicantId, cohortId, applicant.getEmail(), false);
        EnrolmentStatus place = nextPlace(cohort);
        request.decide(place, trainerEmail, clock.instant());
        audit.record(trainerEmail, AuditAction.ENROLMENT_RECORDED, subject(cohort), applicant.getEmail() + ": request accepted, " + Words.of(place));
        outbox.enqueue(templates.render("seat-accepted", applicant.getEmail(), applicant.getFullName(), cohort.getTitle(),
                urls.absolute("/applicant/training.xhtml"), placeText(cohort, place)));
        return request;
    }

    /** The trainer declines a request; the applicant is told by mail and may ask elsewhere. */
    public void declineRequest(String trainerEmail, long cohortId, long applicantId) {
        Cohort cohort = openCohortLocked(trainerEmail, cohortId);
        Enrolment request = pendingRequest(cohortId, applicantId);
        request.decide(EnrolmentStatus.DECLINED, trainerEmail, clock.instant());
        UserAccount applicant = em.find(UserAccount.class, applicantId);
        audit.record(trainerEmail, AuditAction.SEAT_REQUEST_DECLINED, subject(cohort), applicant.getEmail());
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
        Cohort cohort = openCohortLocked(trainerEmail, cohortId);
        Enrolment leaving = enrolmentOf(cohortId, applicantId).filter(e -> e.getStatus().isOnRoster())
                .orElseThrow(() -> new TrainingProblem("training.notOnRoster"));
        boolean freedASeat = leaving.getStatus() == EnrolmentStatus.ENROLLED;
        leaving.moveTo(EnrolmentStatus.WITHDRAWN);
        audit.record(trainerEmail, AuditAction.ENROLMENT_WITHDRAWN, subject(cohort), "applicant " + applicantId);
        if (!freedASeat) {
            return Optional.empty();
        }
        Optional<Enrolment> next = em.createQuery("select e from Enrolment e where e.cohortId = :c and e.status = :s order by e.enrolledAt, e.id",
                        Enrolment.class).setParameter("c", cohortId).setParameter("s", EnrolmentStatus.WAITLISTED).getResultStream()
                .filter(e -> isEligible(e.getApplicantId()) && openCohortSeating(e.getApplicantId(), cohortId).isEmpty()).findFirst();
        next.ifPresent(e -> {
            e.moveTo(EnrolmentStatus.ENROLLED);
            audit.record(trainerEmail, AuditAction.ENROLMENT_RECORDED, subject(cohort), "applicant " + e.getApplicantId() + ": from the waiting list");
            roster(cohortId).stream().filter(r -> r.applicantId() == e.getApplicantId()).findFirst().ifPresent(person ->
                    outbox.enqueue(templates.render("training-seat", person.email(), person.name(), cohort.getTitle(),
                            urls.absolute("/applicant/index.xhtml"), dates(cohort))));
        });
        return next.map(Enrolment::getApplicantId);
    }

    /**
     * The trainer confirms the cohort's results: each person seated is told by mail where they stand on
     * the curriculum (completed, or the modules still to attend). Confirmed once.
     */
    public List<RosterRow> confirmResults(String trainerEmail, long cohortId) {
        Cohort cohort = openCohortLocked(trainerEmail, cohortId);
        if (LocalDate.now(clock).isBefore(cohort.getEndsOn())) {
            throw new TrainingProblem("training.notEndedYet", cohort.getEndsOn());
        }
        cohort.confirmResults(trainerEmail, clock.instant());
        List<RosterRow> seated = roster(cohortId).stream().filter(r -> r.status() == EnrolmentStatus.ENROLLED).toList();
        for (RosterRow person : seated) {
            TrainingCompletion completion = completion(person.applicantId());
            outbox.enqueue(templates.render("training-results", person.email(), person.name(), cohort.getTitle(), urls.absolute("/applicant/index.xhtml"),
                    completion.isComplete() ? "You completed the basic training: every module is attended."
                            : "Still to attend: " + String.join("; ", completion.missingModules()) + "."));
        }
        audit.record(trainerEmail, AuditAction.COHORT_RESULTS_CONFIRMED, subject(cohort), seated.size() + " people told their results");
        return seated;
    }

    private long applicantNamed(String who) {
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

    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<RosterRow> roster(long cohortId) {
        List<Object[]> rows = em.createNativeQuery(ROSTER).setParameter(1, cohortId).getResultList();
        return rows.stream().map(r -> new RosterRow(((Number) r[0]).longValue(), r[1] + " " + r[2], (String) r[3],
                EnrolmentStatus.valueOf(String.valueOf(r[4])))).toList();
    }

    /** Minutes recorded in the cohort, by person and module: key {@code applicantId:moduleId}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Integer> attendance(long cohortId) {
        Map<String, Integer> minutes = new HashMap<>();
        em.createQuery("select a from ModuleAttendance a where a.cohortId = :c", ModuleAttendance.class).setParameter("c", cohortId)
                .getResultList().forEach(a -> minutes.put(cell(a.getApplicantId(), a.getModuleId()), a.getMinutes()));
        return minutes;
    }

    public static String cell(long applicantId, long moduleId) {
        return applicantId + ":" + moduleId;
    }

    /**
     * Records the whole grid at once: minutes per enrolled person and module, from none to the module's
     * length. Anything out of range refuses the whole save, so nothing is half-written.
     */
    public int recordAttendance(String trainerEmail, long cohortId, Map<String, Integer> minutesByCell) {
        Cohort cohort = openCohortLocked(trainerEmail, cohortId);
        Map<Long, CurriculumModule> modules = new HashMap<>();
        modulesOf(cohort.getCurriculum()).forEach(m -> modules.put(m.getId(), m));
        List<Long> seated = roster(cohortId).stream().filter(r -> r.status() == EnrolmentStatus.ENROLLED).map(RosterRow::applicantId).toList();
        Map<String, ModuleAttendance> existing = new HashMap<>();
        em.createQuery("select a from ModuleAttendance a where a.cohortId = :c", ModuleAttendance.class).setParameter("c", cohortId)
                .getResultList().forEach(a -> existing.put(cell(a.getApplicantId(), a.getModuleId()), a));
        Map<String, Integer> checked = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : minutesByCell.entrySet()) {
            String[] ids = entry.getKey().split(":");
            long applicantId = Long.parseLong(ids[0]);
            CurriculumModule module = modules.get(Long.parseLong(ids[1]));
            int minutes = entry.getValue() == null ? 0 : entry.getValue();
            if (module == null || !seated.contains(applicantId)) {
                throw new TrainingProblem("training.notInCohort");
            }
            if (minutes < 0 || minutes > module.getMinutes()) {
                throw new TrainingProblem("training.minutesRange", module.getTitle(), module.getHours());
            }
            checked.put(entry.getKey(), minutes);
        }
        int changed = 0;
        for (Map.Entry<String, Integer> entry : checked.entrySet()) {
            String[] ids = entry.getKey().split(":");
            ModuleAttendance recorded = existing.get(entry.getKey());
            if (recorded == null && entry.getValue() > 0) {
                em.persist(new ModuleAttendance(cohortId, Long.parseLong(ids[0]), Long.parseLong(ids[1]), entry.getValue(), trainerEmail, clock.instant()));
                changed++;
            } else if (recorded != null && recorded.getMinutes() != entry.getValue()) {
                recorded.record(entry.getValue(), trainerEmail, clock.instant());
                changed++;
            }
        }
        if (changed > 0) {
            audit.record(trainerEmail, AuditAction.ATTENDANCE_RECORDED, subject(cohort), changed + " entries changed");
        }
        return changed;
    }

    /**
     * Attendance from a CSV file: header {@code person,module,hours}, one line per person and module. A
     * person is their email or application number and must be seated in the cohort; a module is its
     * number or its title. Good lines are applied together; each other line is reported with its reason.
     * A file without that header is refused whole.
     */
    public AttendanceImport importAttendance(String trainerEmail, long cohortId, Reader csv) {
        Cohort cohort = cohort(trainerEmail, cohortId);
        List<CurriculumModule> modules = modulesOf(cohort.getCurriculum());
        Map<String, Long> seated = new HashMap<>();
        roster(cohortId).stream().filter(r -> r.status() == EnrolmentStatus.ENROLLED)
                .forEach(r -> seated.put(r.email().toLowerCase(Locale.ROOT), r.applicantId()));
        Map<String, Integer> cells = new LinkedHashMap<>();
        Map<String, Long> lineOfCell = new HashMap<>();
        List<RejectedLine> rejected;
        try {
            rejected = CsvLines.read(csv, ATTENDANCE_HEADER, (line, record) -> {
                CurriculumModule module = moduleNamed(modules, record.get(1));
                String cell = cell(applicantIn(seated, record.get(0)), module.getId());
                int minutes = minutesIn(module, record.get(2));
                Long earlier = lineOfCell.putIfAbsent(cell, line);
                if (earlier != null) {
                    throw new LineRejected("the same person and module as line " + earlier);
                }
                cells.put(cell, minutes);
            });
        } catch (CsvLines.Unreadable unreadable) {
            throw new TrainingProblem(unreadable.isWrongHeader() ? "training.csvHeader" : "training.csvUnreadable");
        }
        int changed = cells.isEmpty() ? 0 : recordAttendance(trainerEmail, cohortId, cells);
        return new AttendanceImport(changed, rejected);
    }

    private long applicantIn(Map<String, Long> seated, String who) {
        String typed = who.strip();
        Long byEmail = seated.get(typed.toLowerCase(Locale.ROOT));
        if (byEmail != null) {
            return byEmail;
        }
        if (typed.toUpperCase(Locale.ROOT).matches("APP-\\d{1,12}")) {
            try {
                long applicant = applicantNamed(typed);
                if (seated.containsValue(applicant)) {
                    return applicant;
                }
            } catch (TrainingProblem unknown) {
                // reported below like any person not seated here
            }
        }
        throw new LineRejected("'" + CsvLines.abbreviate(typed) + "' is not seated in this cohort");
    }

    private static CurriculumModule moduleNamed(List<CurriculumModule> modules, String named) {
        String typed = named.strip();
        for (CurriculumModule module : modules) {
            if (String.valueOf(module.getSortOrder()).equals(typed) || module.getTitle().equalsIgnoreCase(typed)) {
                return module;
            }
        }
        throw new LineRejected("no module '" + CsvLines.abbreviate(typed) + "' in this curriculum");
    }

    private static int minutesIn(CurriculumModule module, String hours) {
        int minutes;
        try {
            minutes = Hours.minutesOf(hours);
        } catch (IllegalArgumentException notHours) {
            throw new LineRejected("hours '" + CsvLines.abbreviate(hours.strip()) + "' is not a number such as 2 or 1.5");
        }
        if (minutes > module.getMinutes()) {
            throw new LineRejected("hours must be between 0 and " + module.getHours() + " for module " + module.getSortOrder());
        }
        return minutes;
    }

    /** R-TRN-1: where a person stands on the curriculum of the first cohort they were seated in, from all attendance recorded. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingCompletion completion(long applicantId) {
        return completion(applicantId, false);
    }

    /**
     * R-TRN-1 as the written test (R-TRN-2) needs it: counting only attendance in cohorts whose trainer
     * confirmed the results, so a grid still being corrected opens no test.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingCompletion confirmedCompletion(long applicantId) {
        return completion(applicantId, true);
    }

    private TrainingCompletion completion(long applicantId, boolean confirmedOnly) {
        List<CurriculumVersion> versions = em.createQuery("select c.curriculum from Enrolment e, Cohort c where c.id = e.cohortId "
                        + "and e.applicantId = :a and e.status in (:attended) "
                        + "order by case when e.status = org.peercert.training.EnrolmentStatus.ENROLLED then 0 else 1 end, c.startsOn, c.id", CurriculumVersion.class)
                .setParameter("a", applicantId).setParameter("attended", List.of(EnrolmentStatus.ENROLLED, EnrolmentStatus.WITHDRAWN))
                .setMaxResults(1).getResultList();
        if (versions.isEmpty()) {
            return new TrainingCompletion(0, 0, List.of());
        }
        List<TrainingCompletion.Module> curriculum = modulesOf(versions.get(0)).stream()
                .map(m -> new TrainingCompletion.Module(m.getTitle(), m.getMinutes())).toList();
        List<TrainingCompletion.Attended> attended = em.createQuery("select m.title, a.minutes from ModuleAttendance a, CurriculumModule m, Cohort c "
                        + "where m.id = a.moduleId and c.id = a.cohortId and a.applicantId = :a "
                        + "and (:all = true or c.resultsConfirmedAt is not null)", Object[].class)
                .setParameter("a", applicantId).setParameter("all", !confirmedOnly).getResultList().stream()
                .map(r -> new TrainingCompletion.Attended((String) r[0], ((Number) r[1]).intValue())).toList();
        return TrainingCompletion.of(curriculum, attended);
    }

    private UserAccount account(String email) {
        return accounts.findByEmail(email).orElseThrow(() -> new TrainingProblem("training.unknownPerson", email));
    }

    private static String subject(Cohort cohort) {
        return "COHORT-" + cohort.getId();
    }
}
