package org.peercert.exam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.applications.ApplicationDrafts;
import org.peercert.applications.ApplicationProgress;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.ChecklistRow;
import org.peercert.platform.csv.RejectedLine;
import org.peercert.testing.ApplicationFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.MovableClock;
import org.peercert.testing.PortalTime;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;
import org.peercert.training.Cohort;

/** R-TRN-2 inside the server: who may sit, the server-kept time, scoring and mail, attempts, paper results, the item bank. */
@ExtendWith(ArquillianExtension.class)
class ExamIT {

    private static final String STAFF = TestAccounts.STAFF;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ExamService exams;

    @Inject
    ItemBankService bank;

    @Inject
    ApplicationDrafts applicationDrafts;

    @Inject
    ApplicationProgress applicationProgress;

    @Inject
    ApplicationFixtures fixtures;

    @Inject
    TestData data;

    @Inject
    MovableClock clock;

    @Inject
    ExpiredSittingsJob expiredSittings;

    @AfterEach
    void systemTime() {
        clock.release();
    }

    /** Some time ago, so everything the test does lies in the past. */
    private Instant daysAgo(int days) {
        Instant at = PortalTime.now().minus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        clock.set(at);
        return at;
    }

    private String trainedApplicant() {
        String email = fixtures.applicant(LocalDate.of(1990, 5, 1));
        fixtures.trained(email);
        return email;
    }

    /** Answers the first {@code right} questions correctly and the next {@code wrong} wrongly. */
    private void answer(String email, ExamSitting sitting, int right, int wrong) {
        Map<Integer, Integer> correct = data.correctPlaces(sitting.getId());
        for (int position = 1; position <= right + wrong; position++) {
            int place = correct.get(position);
            exams.answer(email, sitting.getId(), position, position <= right ? place : (place + 1) % 4);
        }
    }

    private ChecklistRow examRow(String email) {
        CertificationApplication application = applicationDrafts.currentFor(email).orElseThrow();
        return applicationProgress.progress(application).rows().stream().filter(r -> r.ruleId().equals("R-TRN-2")).findFirst().orElseThrow();
    }

    @Test
    void rTrn2_theTestOpensOnlyOnceTrainingIsCompletedAndConfirmed() {
        String eligibleOnly = fixtures.applicant(LocalDate.of(1990, 5, 1));
        fixtures.eligible(eligibleOnly);
        assertEquals("exam.trainingFirst", assertThrows(ExamProblem.class, () -> exams.start(eligibleOnly)).messageKey());

        String attended = fixtures.applicant(LocalDate.of(1990, 5, 1));
        Cohort cohort = fixtures.attendedEverything(attended);
        assertEquals("exam.trainingFirst", assertThrows(ExamProblem.class, () -> exams.start(attended)).messageKey(),
                "every module attended, but the trainer has not confirmed the results");
        assertEquals(ChecklistRow.State.NOT_STARTED, examRow(attended).state());

        fixtures.confirm(cohort);
        assertNotNull(exams.start(attended).getId());
    }

    @Test
    void rTrn2_aSittingFollowsTheBlueprintAndASecondStartResumesIt() {
        String email = trainedApplicant();
        ExamSitting sitting = exams.start(email);

        SittingView view = exams.view(email, sitting.getId());
        assertEquals(60, view.questions().size());
        Map<String, Long> perDomain = view.questions().stream().collect(Collectors.groupingBy(SittingView.Question::domain, Collectors.counting()));
        assertEquals(Map.of("Advocacy", 15L, "Professional Responsibility", 15L, "Mentoring", 15L, "Recovery Support", 15L), perDomain);
        assertEquals(Duration.ofMinutes(90), Duration.between(sitting.getStartedAt(), sitting.getDeadline()));
        view.questions().forEach(q -> assertEquals(4, q.options().size()));

        ExamSitting again = exams.start(email);
        assertEquals(sitting.getId(), again.getId(), "a second tab lands in the same sitting");
        assertEquals(1, exams.sittingsOf(again.getApplicantId()).size());
        assertEquals(ExamStanding.State.IN_PROGRESS, exams.standing(again.getApplicantId()).state());
        assertEquals(List.of("EXAM_SITTING_STARTED"), data.auditActionsAbout("EXAM-" + sitting.getId()));
    }

    @Test
    void rTrn2_answersAreSavedAsGivenAndScoredOverallAndPerDomain_thePassMailedOnce() {
        String email = trainedApplicant();
        ExamSitting sitting = exams.start(email);
        answer(email, sitting, 48, 12);
        exams.answer(email, sitting.getId(), 60, data.correctPlaces(sitting.getId()).get(60));

        SittingView resumed = exams.view(email, sitting.getId());
        assertEquals(60, resumed.answered(), "a lost connection finds every answer saved");

        ExamSitting finished = exams.finish(email, sitting.getId());
        ExamResult result = finished.result();
        assertEquals(49, result.correct());
        assertEquals(60, result.total());
        assertTrue(result.passed());
        assertEquals(60, result.byDomain().values().stream().mapToInt(DomainScore::total).sum());
        assertEquals(49, result.byDomain().values().stream().mapToInt(DomainScore::correct).sum());

        exams.finish(email, sitting.getId());
        assertEquals(1, data.mailSubjectsTo(email).stream().filter(s -> s.equals("You passed the written test")).count());
        assertEquals("exam.sittingFinished", assertThrows(ExamProblem.class, () -> exams.answer(email, sitting.getId(), 1, 0)).messageKey());
        assertEquals(ExamStanding.State.PASSED, exams.standing(sitting.getApplicantId()).state());
        assertEquals("exam.alreadyPassed", assertThrows(ExamProblem.class, () -> exams.start(email)).messageKey());
        assertEquals(ChecklistRow.State.MET, examRow(email).state());
        assertTrue(examRow(email).explanation().inEnglish().contains("81.7%"), examRow(email).explanation().inEnglish());
        assertEquals(List.of("EXAM_SITTING_STARTED", "EXAM_SITTING_FINISHED"), data.auditActionsAbout("EXAM-" + sitting.getId()));
    }

    @Test
    void rTrn2_theServerKeepsTheTime_answersAfterTheLimitAreRefusedAndNotCounted() {
        Instant start = daysAgo(30);
        String email = trainedApplicant();
        ExamSitting sitting = exams.start(email);
        answer(email, sitting, 10, 0);

        clock.set(start.plus(Duration.ofMinutes(90)).minusSeconds(1));
        exams.answer(email, sitting.getId(), 11, data.correctPlaces(sitting.getId()).get(11));

        clock.set(start.plus(Duration.ofMinutes(90)));
        assertEquals("exam.timeUp", assertThrows(ExamProblem.class,
                () -> exams.answer(email, sitting.getId(), 12, data.correctPlaces(sitting.getId()).get(12))).messageKey());

        clock.set(start.plus(Duration.ofMinutes(91)));
        ExamSitting reopened = exams.start(email);
        assertEquals(sitting.getId(), reopened.getId(), "coming back after the time is up starts nothing new");
        assertFalse(reopened.isOpen(), "it is scored then");
        expiredSittings.execute(null); // the job's run each minute finds nothing left
        ExamSitting scored = exams.sittingsOf(sitting.getApplicantId()).get(0);
        assertFalse(scored.isOpen());
        assertEquals(11, scored.result().correct(), "the answer in the last second counts, the one after does not");
        assertFalse(scored.getPassed());
        expiredSittings.execute(null);
        assertEquals(1, data.mailSubjectsTo(email).stream().filter(s -> s.equals("Your written test result")).count(), "scored and mailed once");
    }

    @Test
    void rTrn2_atMostThreeAttempts_fourteenDaysApart_thenWhatThePolicyRequires() {
        Instant first = daysAgo(90);
        String email = trainedApplicant();
        long applicantId = exams.start(email).getApplicantId();
        exams.finish(email, exams.openSitting(applicantId).orElseThrow().getId());

        clock.set(first.plus(13, ChronoUnit.DAYS));
        ExamProblem tooSoon = assertThrows(ExamProblem.class, () -> exams.start(email));
        assertEquals("exam.waitUntil", tooSoon.messageKey());
        assertEquals(LocalDate.ofInstant(first, ZoneOffset.UTC).plusDays(14), tooSoon.arguments()[0]);
        assertTrue(examRow(email).explanation().inEnglish().contains("Your next attempt may start on"), examRow(email).explanation().inEnglish());

        clock.set(first.plus(14, ChronoUnit.DAYS));
        exams.finish(email, exams.start(email).getId());
        clock.set(first.plus(28, ChronoUnit.DAYS));
        ExamSitting third = exams.start(email);
        assertEquals(3, third.getAttemptNo());
        exams.finish(email, third.getId());

        clock.set(first.plus(60, ChronoUnit.DAYS));
        assertEquals("exam.attemptsUsed", assertThrows(ExamProblem.class, () -> exams.start(email)).messageKey());
        assertEquals(3, exams.sittingsOf(applicantId).size());
        ChecklistRow row = examRow(email);
        assertEquals(ChecklistRow.State.NOT_MET, row.state());
        assertTrue(row.explanation().inEnglish().contains("You have used all 3 attempts. No further attempt is open to you in the portal."), row.explanation().inEnglish());
    }

    @Test
    void rTrn2_staffRecordAPaperTestUnderTheSameRules_audited() {
        Instant now = daysAgo(40);
        String email = trainedApplicant();
        long applicationId = applicationDrafts.currentFor(email).orElseThrow().getId();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Map<PerformanceDomain, DomainScore> scores = new EnumMap<>(PerformanceDomain.class);
        scores.put(PerformanceDomain.ADVOCACY, new DomainScore(12, 15));
        scores.put(PerformanceDomain.PROFESSIONAL_RESPONSIBILITY, new DomainScore(11, 15));
        scores.put(PerformanceDomain.MENTORING, new DomainScore(10, 15));
        scores.put(PerformanceDomain.RECOVERY_SUPPORT, new DomainScore(13, 15));

        assertEquals("exam.paperDate", assertThrows(ExamProblem.class,
                () -> exams.recordPaperResult(STAFF, applicationId, today.plusDays(1), scores)).messageKey());
        assertEquals("exam.paperScores", assertThrows(ExamProblem.class,
                () -> exams.recordPaperResult(STAFF, applicationId, today, Map.of(PerformanceDomain.ADVOCACY, new DomainScore(12, 15)))).messageKey());

        Map<PerformanceDomain, DomainScore> shortForm = new EnumMap<>(scores);
        shortForm.put(PerformanceDomain.ADVOCACY, new DomainScore(1, 1));
        assertEquals("exam.paperItems", assertThrows(ExamProblem.class,
                () -> exams.recordPaperResult(STAFF, applicationId, today, shortForm)).messageKey(), "a form follows the blueprint");

        ExamSitting paper = exams.recordPaperResult(STAFF, applicationId, today.minusDays(1), scores);
        assertEquals(SittingMode.PAPER, paper.getMode());
        assertEquals(1, paper.getAttemptNo());
        assertEquals(new BigDecimal("76.7"), paper.result().percent());
        assertFalse(paper.getPassed());
        assertEquals(new DomainScore(10, 15), paper.result().byDomain().get(PerformanceDomain.MENTORING));
        assertEquals(List.of("EXAM_PAPER_RESULT_RECORDED"), data.auditActionsAbout("EXAM-" + paper.getId()));
        assertTrue(data.mailSubjectsTo(email).contains("Your written test result"));

        assertEquals("exam.paperTooSoon", assertThrows(ExamProblem.class,
                () -> exams.recordPaperResult(STAFF, applicationId, today, scores)).messageKey());
        assertEquals("exam.waitUntil", assertThrows(ExamProblem.class, () -> exams.start(email)).messageKey(), "a paper attempt counts");
    }

    @Test
    void anotherPersonsSittingIsRefusedAndAudited() {
        String owner = trainedApplicant();
        ExamSitting sitting = exams.start(owner);
        String intruder = fixtures.applicant(LocalDate.of(1985, 1, 1));

        assertEquals("exam.notYours", assertThrows(ExamProblem.class, () -> exams.view(intruder, sitting.getId())).messageKey());
        assertEquals("exam.notYours", assertThrows(ExamProblem.class, () -> exams.answer(intruder, sitting.getId(), 1, 0)).messageKey());
        assertEquals("exam.notYours", assertThrows(ExamProblem.class, () -> exams.finish(intruder, sitting.getId())).messageKey());
        assertTrue(data.auditActionsAbout("EXAM-" + sitting.getId()).contains("ACCESS_DENIED"));
        assertTrue(exams.openSitting(sitting.getApplicantId()).isPresent(), "the owner's sitting is untouched");
    }

    @Test
    void rTrn2_theItemBank_writeUploadWithAReportAndRetire() {
        String tag = UUID.randomUUID().toString();
        ExamItem written = bank.add(STAFF, new ItemDraft(PerformanceDomain.MENTORING, "Which stance fits a mentor? " + tag,
                List.of("Directive", "Mutual", "Clinical", "Detached"), 2));
        assertEquals("exam.itemDuplicate", assertThrows(ExamProblem.class, () -> bank.add(STAFF, new ItemDraft(PerformanceDomain.MENTORING,
                " which stance fits a MENTOR?  " + tag, List.of("a", "b", "c", "d"), 1))).messageKey());

        assertEquals("exam.csvHeader", assertThrows(ExamProblem.class,
                () -> bank.importItems(STAFF, new StringReader("domain,question,a,b,c,d,correct\nAdvocacy,Q,a,b,c,d,A\n"))).messageKey());

        long before = bank.activeCounts().values().stream().mapToLong(Long::longValue).sum();
        ItemImport outcome = bank.importItems(STAFF, new StringReader(String.join("\n",
                "domain,stem,option_a,option_b,option_c,option_d,correct",
                "Advocacy,First " + tag + ",a,b,c,d,B",
                "Leadership,Second " + tag + ",a,b,c,d,A",
                "Mentoring,Third " + tag + ",a,b,c,d,E",
                "Recovery Support,First " + tag + ",a,b,c,d,C",
                "Recovery Support,Fourth " + tag + ",a,b,c,a,C",
                "Recovery Support,Fifth " + tag + ",a,b,c",
                "Recovery Support,\"Sixth, with a comma " + tag + "\",a,b,c,d,d",
                "Leadership,Seventh " + tag + ",a,b,c,a,X", "")));

        assertEquals(2, outcome.added());
        assertEquals(List.of(
                new RejectedLine(3, "domain 'Leadership' is not one of Advocacy, Professional Responsibility, Mentoring, Recovery Support",
                        "Leadership,Second " + tag + ",a,b,c,d,A"),
                new RejectedLine(4, "correct must be A, B, C or D, not 'E'", "Mentoring,Third " + tag + ",a,b,c,d,E"),
                new RejectedLine(5, "the same question as line 2", "Recovery Support,First " + tag + ",a,b,c,d,C"),
                new RejectedLine(6, "two options are the same", "Recovery Support,Fourth " + tag + ",a,b,c,a,C"),
                new RejectedLine(7, "expected 7 fields (domain, stem, option_a, option_b, option_c, option_d, correct), found 5",
                        "Recovery Support,Fifth " + tag + ",a,b,c"),
                new RejectedLine(9, "domain 'Leadership' is not one of Advocacy, Professional Responsibility, Mentoring, Recovery Support; "
                        + "correct must be A, B, C or D, not 'X'; two options are the same", "Leadership,Seventh " + tag + ",a,b,c,a,X")),
                outcome.rejected(), "each left-out line echoed as it was read, with every reason at once");
        assertEquals(before + 2, bank.activeCounts().values().stream().mapToLong(Long::longValue).sum());

        bank.retire(STAFF, written.getId());
        assertFalse(bank.activeItemIds().get(PerformanceDomain.MENTORING).contains(written.getId()));
        assertEquals("exam.itemAlreadyRetired", assertThrows(ExamProblem.class, () -> bank.retire(STAFF, written.getId())).messageKey());
        assertTrue(bank.items(PerformanceDomain.MENTORING, true, 0, 500).rows().stream().anyMatch(i -> i.getId().equals(written.getId())),
                "a retired item stays in the bank");
        assertFalse(bank.items(PerformanceDomain.MENTORING, false, 0, 500).rows().stream().anyMatch(i -> i.getId().equals(written.getId())));
        assertEquals(List.of("EXAM_ITEM_ADDED", "EXAM_ITEM_RETIRED"), data.auditActionsAbout("EXAM-ITEM-" + written.getId()));

        // leave the bank as it was, so other tests' forms hold only the sample items
        bank.items(null, false, 0, 1000).rows().stream().filter(i -> i.getStem().contains(tag)).forEach(i -> bank.retire(STAFF, i.getId()));
    }
}
