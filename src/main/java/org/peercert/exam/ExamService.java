package org.peercert.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import org.peercert.account.AccountService;
import org.peercert.account.EmailAddress;
import org.peercert.account.UserAccount;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.notification.MailTemplates;
import org.peercert.notification.OutboxService;
import org.peercert.platform.PortalUrls;
import org.peercert.training.CompletionService;
import org.peercert.training.SeatService;

/**
 * R-TRN-2: sittings of the written test. Only after confirmed training; one open sitting per person; the
 * server keeps the time (answers after the deadline are refused, and only answers given in time count);
 * at most the policy's attempts, the waiting period apart; results scored overall and per domain, mailed.
 */
@ApplicationScoped
@Transactional
public class ExamService {

    private static final String LOCK_APPLICANT_OF_APPLICATION = "SELECT u.id FROM user_account u JOIN certification_application a "
            + "ON a.applicant_id = u.id WHERE a.id = ?1 FOR UPDATE";
    private final Random random = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ExamPolicy policy;

    @Inject
    ItemBankService bank;

    @Inject
    CompletionService completionService;

    @Inject
    SeatService seatService;

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

    /** Where the person stands: what they may do next and, after a failed attempt, from when. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ExamStanding standing(long applicantId) {
        return standing(applicantId, sittingsOf(applicantId));
    }

    /** The same, from the person's sittings already read (see {@link #sittingsOf}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ExamStanding standing(long applicantId, List<ExamSitting> sittings) {
        return standingOn(applicantId, LocalDate.now(clock), sittings);
    }

    /** Whether the person passed an attempt, online or on paper: all that the readiness for a certificate asks of the test. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasPassed(long applicantId) {
        return em.createQuery("select count(s) from ExamSitting s where s.applicantId = :a and s.passed = true", Long.class)
                .setParameter("a", applicantId).getSingleResult() > 0;
    }

    private ExamStanding standingOn(long applicantId, LocalDate day, List<ExamSitting> sittings) {
        boolean open = sittings.stream().anyMatch(ExamSitting::isOpen);
        List<AttemptRules.PastAttempt> past = sittings.stream().filter(s -> !s.isOpen())
                .map(s -> new AttemptRules.PastAttempt(s.getSatOn(), Boolean.TRUE.equals(s.getPassed()))).toList();
        return AttemptRules.standing(isTrained(applicantId), open, past, day, policy.maxAttempts(), policy.waitDays());
    }

    private boolean isTrained(long applicantId) {
        return seatService.isEligible(applicantId) && completionService.confirmedCompletion(applicantId).isComplete();
    }

    /** Every attempt, first to last. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExamSitting> sittingsOf(long applicantId) {
        return em.createQuery("select s from ExamSitting s where s.applicantId = :a order by s.attemptNo", ExamSitting.class)
                .setParameter("a", applicantId).getResultList();
    }

    /**
     * Starts a sitting, or resumes the one already open (a second tab or a lost connection lands back in
     * it, never in a new one). The person's row is locked by the transaction's first statement, so the
     * sittings are read after any concurrent start commits (MariaDB's repeatable read takes its snapshot
     * at the first plain read). An open sitting whose time ran out is scored and returned, finished.
     */
    public ExamSitting start(String applicantEmail) {
        UserAccount person = em.createNamedQuery(UserAccount.BY_EMAIL, UserAccount.class).setParameter("email", EmailAddress.normalize(applicantEmail))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElseThrow(() -> new ExamProblem("exam.notYours"));
        Optional<ExamSitting> open = openSitting(person.getId());
        if (open.isPresent()) {
            ExamSitting sitting = open.get();
            em.refresh(sitting, LockModeType.PESSIMISTIC_WRITE);
            if (sitting.isOverdue(clock.instant())) {
                score(sitting);
            }
            return sitting;
        }
        ExamStanding standing = standing(person.getId());
        refuseUnlessMayStart(standing);
        Blueprint blueprint = policy.blueprint();
        List<ExamForms.FormItem> form = ExamForms.assemble(bank.activeItemIds(), blueprint, random);
        ExamSitting sitting = ExamSitting.online(person.getId(), standing.attemptsUsed() + 1, clock.instant(), LocalDate.now(clock), blueprint);
        em.persist(sitting);
        em.flush();
        for (int i = 0; i < form.size(); i++) {
            em.persist(new SittingItem(sitting.getId(), i + 1, form.get(i)));
        }
        audit.record(applicantEmail, AuditAction.EXAM_SITTING_STARTED, subject(sitting), "attempt " + sitting.getAttemptNo() + ", "
                + form.size() + " items, until " + sitting.getDeadline());
        return sitting;
    }

    private void refuseUnlessMayStart(ExamStanding standing) {
        switch (standing.state()) {
            case TRAINING_FIRST -> throw new ExamProblem("exam.trainingFirst");
            case WAITING -> throw new ExamProblem("exam.waitUntil", standing.nextAttemptFrom(), policy.waitDays());
            case ATTEMPTS_USED -> throw new ExamProblem("exam.attemptsUsed", standing.maxAttempts());
            case PASSED -> throw new ExamProblem("exam.alreadyPassed");
            case IN_PROGRESS, MAY_START -> {
                // may go on
            }
        }
    }

    /** The person's open sitting, if any. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ExamSitting> openSitting(long applicantId) {
        return em.createQuery("select s from ExamSitting s where s.applicantId = :a and s.finishedAt is null", ExamSitting.class)
                .setParameter("a", applicantId).getResultStream().findFirst();
    }

    /** The person's own sitting as they see it; anyone else's is refused and audited. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SittingView view(String applicantEmail, long sittingId) {
        ExamSitting sitting = owned(applicantEmail, em.find(ExamSitting.class, sittingId), sittingId);
        List<SittingItem> onForm = itemsOf(sittingId);
        Map<Long, ExamItem> items = new HashMap<>();
        em.createQuery("select i from ExamItem i where i.id in :ids", ExamItem.class)
                .setParameter("ids", onForm.stream().map(SittingItem::getItemId).toList()).getResultList().forEach(i -> items.put(i.getId(), i));
        List<SittingView.Question> questions = onForm.stream().map(s -> {
            ExamItem item = items.get(s.getItemId());
            List<String> options = s.getOptionOrder().chars().mapToObj(c -> item.option(c - '0')).toList();
            return new SittingView.Question(s.getPosition(), item.getDomain().label(), item.getStem(), options, s.placeOfChosen());
        }).toList();
        return new SittingView(sitting.getId(), sitting.getAttemptNo(), sitting.getDeadline(), questions);
    }

    private List<SittingItem> itemsOf(long sittingId) {
        return em.createQuery("select s from SittingItem s where s.key.sittingId = :s order by s.key.position", SittingItem.class)
                .setParameter("s", sittingId).getResultList();
    }

    /** Saves an answer as it is given: the option at a place (0 to 3) of the person's screen. Refused once time is up. */
    public void answer(String applicantEmail, long sittingId, int position, int place) {
        ExamSitting sitting = owned(applicantEmail, em.find(ExamSitting.class, sittingId, LockModeType.PESSIMISTIC_WRITE), sittingId);
        if (!sitting.isOpen()) {
            throw new ExamProblem("exam.sittingFinished");
        }
        if (sitting.isOverdue(clock.instant())) {
            throw new ExamProblem("exam.timeUp");
        }
        SittingItem item = em.find(SittingItem.class, new SittingItem.Key(sittingId, position));
        if (item == null || place < 0 || place >= ExamItem.OPTIONS) {
            throw new ExamProblem("exam.noSuchAnswer");
        }
        item.answer(place, clock.instant());
    }

    /** The person hands the sitting in (or it is handed in for them when its time is up): scored once. */
    public ExamSitting finish(String applicantEmail, long sittingId) {
        ExamSitting sitting = owned(applicantEmail, em.find(ExamSitting.class, sittingId, LockModeType.PESSIMISTIC_WRITE), sittingId);
        if (sitting.isOpen()) {
            score(sitting);
        }
        return sitting;
    }

    /** Open sittings whose time ran out, for the job that scores them one by one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> overdueSittingIds() {
        return em.createQuery("select s.id from ExamSitting s where s.finishedAt is null and s.deadline <= :now", Long.class)
                .setParameter("now", clock.instant()).getResultList();
    }

    /** Scores one sitting whose time ran out, in its own transaction; one already scored is left as it is. */
    public void finishOverdue(long sittingId) {
        ExamSitting sitting = em.find(ExamSitting.class, sittingId, LockModeType.PESSIMISTIC_WRITE);
        if (sitting != null && sitting.isOverdue(clock.instant())) {
            score(sitting);
        }
    }

    private void score(ExamSitting sitting) {
        List<ExamResult.Answer> answers = em.createQuery("select i.domain, i.correctOption, s.chosenOption, s.answeredAt "
                        + "from SittingItem s, ExamItem i where i.id = s.itemId and s.key.sittingId = :s", Object[].class)
                .setParameter("s", sitting.getId()).getResultList().stream()
                .map(r -> new ExamResult.Answer((PerformanceDomain) r[0], answeredInTime(sitting, (Instant) r[3]) && r[1].equals(r[2])))
                .toList();
        ExamResult result = ExamResult.ofAnswers(answers, sitting.getPassMark());
        sitting.finish(result, clock.instant());
        UserAccount person = em.find(UserAccount.class, sitting.getApplicantId());
        audit.record(person.getEmail(), AuditAction.EXAM_SITTING_FINISHED, subject(sitting), outcome(result));
        tellResult(person, sitting, result);
    }

    private static boolean answeredInTime(ExamSitting sitting, Instant answeredAt) {
        return answeredAt != null && answeredAt.isBefore(sitting.getDeadline());
    }

    /**
     * A paper test's result, recorded by staff for the applicant of an application: the scores per domain
     * and the day it was sat, under the same rules as an online attempt (training first, attempts, waiting period).
     */
    public ExamSitting recordPaperResult(String staffEmail, long applicationId, LocalDate satOn, Map<PerformanceDomain, DomainScore> scores) {
        if (satOn == null || satOn.isAfter(LocalDate.now(clock))) {
            throw new ExamProblem("exam.paperDate");
        }
        Blueprint blueprint = policy.blueprint();
        if (scores.size() != PerformanceDomain.values().length) {
            throw new ExamProblem("exam.paperScores");
        }
        for (Map.Entry<PerformanceDomain, DomainScore> score : scores.entrySet()) {
            if (score.getValue().total() != blueprint.itemsOf(score.getKey())) {
                throw new ExamProblem("exam.paperItems", score.getKey().label(), blueprint.itemsOf(score.getKey()));
            }
        }
        long applicantId = lockApplicantOf(applicationId);
        UserAccount person = em.find(UserAccount.class, applicantId);
        List<ExamSitting> sittings = sittingsOf(applicantId);
        ExamStanding standing = standingOn(applicantId, satOn, sittings);
        if (standing.state() == ExamStanding.State.IN_PROGRESS) {
            throw new ExamProblem("exam.paperWhileOpen");
        }
        if (standing.state() == ExamStanding.State.WAITING || sittings.stream().anyMatch(s -> s.getSatOn().isAfter(satOn))) {
            throw new ExamProblem("exam.paperTooSoon", policy.waitDays());
        }
        refuseUnlessMayStart(standing);
        ExamResult result = ExamResult.of(scores, blueprint.passMark());
        ExamSitting sitting = ExamSitting.paper(applicantId, standing.attemptsUsed() + 1, satOn, result, staffEmail, clock.instant());
        em.persist(sitting);
        em.flush();
        audit.record(staffEmail, AuditAction.EXAM_PAPER_RESULT_RECORDED, subject(sitting), person.getEmail() + ", sat " + satOn + ": "
                + outcome(result) + " (" + scores.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue().correct() + "/"
                + e.getValue().total()).collect(Collectors.joining(", ")) + ")");
        tellResult(person, sitting, result);
        return sitting;
    }

    /** The applicant of an application, their row locked by the transaction's first statement (see {@link #start}). */
    private long lockApplicantOf(long applicationId) {
        List<?> found = em.createNativeQuery(LOCK_APPLICANT_OF_APPLICATION).setParameter(1, applicationId).getResultList();
        if (found.isEmpty()) {
            throw new ExamProblem("exam.noSuchApplication");
        }
        return ((Number) found.get(0)).longValue();
    }

    private void tellResult(UserAccount person, ExamSitting sitting, ExamResult result) {
        String scores = result.byDomain().entrySet().stream().map(e -> "- " + e.getKey().label() + ": " + e.getValue().correct() + " of "
                + e.getValue().total() + " (" + e.getValue().percent() + "%)").collect(Collectors.joining("\n"));
        outbox.enqueue(templates.render(result.passed() ? "exam-passed" : "exam-failed", person.getEmail(), person.getFullName(),
                result.percent() + "%", urls.absolute("/applicant/exam.xhtml"), scores, result.passMark().stripTrailingZeros().toPlainString() + "%",
                nextStep(person.getId(), sitting)));
    }

    /** What the person is told to do after a result: the next attempt's date, or the policy once attempts are used. */
    private String nextStep(long applicantId, ExamSitting sitting) {
        em.flush();
        ExamStanding standing = standing(applicantId);
        return switch (standing.state()) {
            case PASSED -> "Next: once your background checks are clear, state staff issue your certificate.";
            case WAITING -> String.format("You may try again from %s; %d of %d attempts left.", standing.nextAttemptFrom(),
                    standing.attemptsLeft(), standing.maxAttempts());
            case MAY_START -> String.format("You may try again now; %d of %d attempts left.", standing.attemptsLeft(), standing.maxAttempts());
            case ATTEMPTS_USED -> "You have used all " + standing.maxAttempts() + " attempts. " + policy.afterLastAttempt();
            case TRAINING_FIRST, IN_PROGRESS -> "Attempt " + sitting.getAttemptNo() + " is recorded.";
        };
    }

    private ExamSitting owned(String applicantEmail, ExamSitting sitting, long sittingId) {
        if (sitting == null || !sitting.getApplicantId().equals(account(applicantEmail).getId())) {
            audit.recordRefusal(applicantEmail, AuditAction.ACCESS_DENIED, "EXAM-" + sittingId, "Not the person's sitting");
            throw new ExamProblem("exam.notYours");
        }
        return sitting;
    }

    private static String outcome(ExamResult result) {
        return (result.passed() ? "passed" : "not passed") + ", " + result.percent() + "% (" + result.correct() + " of " + result.total() + ")";
    }

    private UserAccount account(String email) {
        return accounts.findByEmail(email).orElseThrow(() -> new ExamProblem("exam.notYours"));
    }

    private static String subject(ExamSitting sitting) {
        return "EXAM-" + sitting.getId();
    }
}
