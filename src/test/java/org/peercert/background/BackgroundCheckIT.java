package org.peercert.background;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.applications.ApplicationChecks;
import org.peercert.applications.ApplicationDrafts;
import org.peercert.applications.ApplicationProblem;
import org.peercert.applications.ApplicationProgress;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.CheckToAdjudicate;
import org.peercert.applications.ChecklistRow;
import org.peercert.applications.DocumentAccess;
import org.peercert.applications.QueueSearch;
import org.peercert.applications.Track;
import org.peercert.document.ApplicationDocument;
import org.peercert.document.Attachment;
import org.peercert.document.DocumentKind;
import org.peercert.document.UploadProblem;
import org.peercert.platform.NotYours;
import org.peercert.testing.ApplicationFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.PortalTime;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;

/** R-BG-1 and R-BG-2 inside the server: recording, adjudication by a second person, expiry, the progress row. */
@ExtendWith(ArquillianExtension.class)
class BackgroundCheckIT {

    private static final String STAFF = TestAccounts.STAFF;
    private static final String SECOND_STAFF = TestAccounts.SECOND_STAFF;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ApplicationChecks applicationChecks;

    @Inject
    ApplicationDrafts applicationDrafts;

    @Inject
    ApplicationProgress applicationProgress;

    @Inject
    BackgroundService background;

    @Inject
    ApplicationFixtures fixtures;

    @Inject
    TestData data;

    @Inject
    DocumentAccess documentAccess;

    private static LocalDate today() {
        return PortalTime.today();
    }

    private static CheckRecord check(CheckKind kind, CheckResult result, LocalDate performedOn) {
        return new CheckRecord(kind, result, performedOn, "Kansas Bureau of Investigation", "KBI-" + kind.ordinal() + "-2026", null);
    }

    private ChecklistRow backgroundRow(CertificationApplication application) {
        return applicationProgress.progress(application).rows().stream().filter(r -> r.ruleId().startsWith("R-BG")).findFirst().orElseThrow();
    }

    @Test
    void rBg1_threeClearChecksMeetTheRequirement() {
        CertificationApplication application = fixtures.submitted(fixtures.applicant(LocalDate.of(1990, 5, 1)));
        assertEquals(ChecklistRow.State.NOT_STARTED, backgroundRow(application).state());
        for (CheckKind kind : CheckKind.values()) {
            applicationChecks.recordCheck(STAFF, application.getId(), check(kind, CheckResult.CLEAR, today().minusDays(3)), null);
        }
        assertEquals(ChecklistRow.State.MET, backgroundRow(application).state());
        BackgroundCheck first = applicationChecks.checksOf(application).get(0);
        assertEquals(today().minusDays(3).plusMonths(24), first.getExpiresOn(), "valid for 24 months by default");
        assertTrue(data.auditActionsAbout(application.getNumber()).contains("BACKGROUND_CHECK_RECORDED"));
    }

    @Test
    void rBg2_needsReviewIsAdjudicatedBySomeoneElseThanTheRecorder() {
        CertificationApplication application = fixtures.submitted(fixtures.applicant(LocalDate.of(1990, 5, 1)));
        BackgroundCheck check = applicationChecks.recordCheck(STAFF, application.getId(),
                check(CheckKind.CRIMINAL_HISTORY, CheckResult.NEEDS_REVIEW, today().minusDays(1)), null);
        assertEquals(ChecklistRow.State.WAITING_FOR_STAFF, backgroundRow(application).state());
        assertEquals("background.ownCheck", assertThrows(BackgroundProblem.class, () ->
                applicationChecks.adjudicateCheck(STAFF, check.getId(), Adjudication.CLEARED, "Old, unrelated record")).messageKey());
        applicationChecks.adjudicateCheck(SECOND_STAFF, check.getId(), Adjudication.CLEARED, "A 2009 misdemeanour, unrelated to the role");
        assertEquals(CheckStanding.SATISFIED, background.standings(application.getId()).get(CheckKind.CRIMINAL_HISTORY));
        assertEquals("background.nothingToAdjudicate", assertThrows(BackgroundProblem.class, () ->
                applicationChecks.adjudicateCheck(SECOND_STAFF, check.getId(), Adjudication.DISQUALIFIED, "Changed my mind")).messageKey());
    }

    @Test
    void rBg2_aCheckToAdjudicateIsListedForStaffUntilDecidedOrReplacedByANewerCheck() {
        CertificationApplication decided = fixtures.submittedAs("Casey", "Checked", LocalDate.of(1988, 3, 3));
        BackgroundCheck needsReview = applicationChecks.recordCheck(STAFF, decided.getId(),
                check(CheckKind.CRIMINAL_HISTORY, CheckResult.NEEDS_REVIEW, today().minusDays(4)), null);
        applicationChecks.recordCheck(STAFF, decided.getId(), check(CheckKind.ABUSE_NEGLECT_REGISTRY, CheckResult.CLEAR, today().minusDays(4)), null);
        CheckToAdjudicate listed = listedFor(decided).stream().findFirst().orElseThrow();
        assertEquals(1, listedFor(decided).size(), "only the check that is not clear");
        assertEquals(List.of(needsReview.getId(), decided.getNumber(), "Casey Checked", CheckKind.CRIMINAL_HISTORY, CheckResult.NEEDS_REVIEW, STAFF),
                List.of(listed.checkId(), listed.applicationNumber(), listed.applicantName(), listed.kind(), listed.result(), listed.recordedBy()));
        assertEquals(List.of(needsReview.getId()), applicationChecks.awaitingAdjudication(QueueSearch.of(decided.getNumber()), 0, 25).rows()
                .stream().map(CheckToAdjudicate::checkId).toList(), "found by the application's number");
        applicationChecks.adjudicateCheck(SECOND_STAFF, needsReview.getId(), Adjudication.CLEARED, "An old, unrelated record");
        assertEquals(List.of(), listedFor(decided), "decided");

        CertificationApplication replaced = fixtures.submittedAs("Rory", "Rechecked", LocalDate.of(1987, 4, 4));
        applicationChecks.recordCheck(STAFF, replaced.getId(), check(CheckKind.PROFESSIONAL_BACKGROUND, CheckResult.DISQUALIFYING, today().minusDays(9)), null);
        assertEquals(1, listedFor(replaced).size());
        applicationChecks.recordCheck(STAFF, replaced.getId(), check(CheckKind.PROFESSIONAL_BACKGROUND, CheckResult.CLEAR, today().minusDays(1)), null);
        assertEquals(List.of(), listedFor(replaced), "a newer clear check of the same kind is what counts");
    }

    private List<CheckToAdjudicate> listedFor(CertificationApplication application) {
        return applicationChecks.awaitingAdjudication(QueueSearch.NONE, 0, 10_000).rows().stream().filter(c -> c.applicationId() == application.getId()).toList();
    }

    @Test
    void rBg2_disqualificationBlocksAndTheApplicantIsToldHowToAppeal() {
        String email = fixtures.applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication application = fixtures.submitted(email);
        BackgroundCheck check = applicationChecks.recordCheck(STAFF, application.getId(),
                check(CheckKind.ABUSE_NEGLECT_REGISTRY, CheckResult.DISQUALIFYING, today()), null);
        applicationChecks.adjudicateCheck(SECOND_STAFF, check.getId(), Adjudication.DISQUALIFIED, "Substantiated finding in 2024");
        ChecklistRow row = backgroundRow(application);
        assertEquals(ChecklistRow.State.NOT_MET, row.state());
        assertTrue(row.explanation().inEnglish().contains("Abuse and neglect registry: Disqualified"), row.explanation().inEnglish());
        assertTrue(data.mailSubjectsTo(email).contains("Background check result for your application " + application.getNumber()));
    }

    @Test
    void rBg2_anExpiredCheckBlocksUntilANewerOneIsRecorded() {
        CertificationApplication application = fixtures.submitted(fixtures.applicant(LocalDate.of(1990, 5, 1)));
        applicationChecks.recordCheck(STAFF, application.getId(), check(CheckKind.PROFESSIONAL_BACKGROUND, CheckResult.CLEAR, today().minusMonths(25)), null);
        assertEquals(CheckStanding.EXPIRED, background.standings(application.getId()).get(CheckKind.PROFESSIONAL_BACKGROUND));
        assertEquals(ChecklistRow.State.NOT_MET, backgroundRow(application).state());
        applicationChecks.recordCheck(STAFF, application.getId(), check(CheckKind.PROFESSIONAL_BACKGROUND, CheckResult.CLEAR, today()), null);
        assertEquals(CheckStanding.SATISFIED, background.standings(application.getId()).get(CheckKind.PROFESSIONAL_BACKGROUND));
    }

    @Test
    void checksAreRecordedOnlyOnSubmittedApplicationsAndNeverInTheFuture() {
        String email = fixtures.applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication draft = applicationDrafts.start(email, Track.CPS);
        assertEquals("background.notSubmitted", assertThrows(ApplicationProblem.class, () ->
                applicationChecks.recordCheck(STAFF, draft.getId(), check(CheckKind.CRIMINAL_HISTORY, CheckResult.CLEAR, today()), null)).messageKey());
        CertificationApplication application = fixtures.submitted(fixtures.applicant(LocalDate.of(1990, 5, 1)));
        assertEquals("background.futureDate", assertThrows(BackgroundProblem.class, () -> applicationChecks.recordCheck(STAFF,
                application.getId(), check(CheckKind.CRIMINAL_HISTORY, CheckResult.CLEAR, today().plusDays(2)), null)).messageKey());
        assertEquals("background.sourceRequired", assertThrows(BackgroundProblem.class, () -> applicationChecks.recordCheck(STAFF,
                application.getId(), new CheckRecord(CheckKind.CRIMINAL_HISTORY, CheckResult.CLEAR, today(), " ", "X", null), null)).messageKey());
    }

    @Test
    void rBg1_anApplicantAsksForAnEarlyReviewAndStaffAnswerOnce() {
        String email = fixtures.applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication draft = applicationDrafts.start(email, Track.CPS);
        assertEquals("earlyReview.notAvailable", assertThrows(ApplicationProblem.class,
                () -> applicationChecks.requestEarlyReview(email, draft.getId(), "A 2015 possession charge, completed diversion."))
                .messageKey());
        CertificationApplication application = applicationDrafts.submit(email, fixtures.readyDraft(email, LocalDate.of(1990, 5, 1)).getId(),
                "Dana Reyes", true);
        assertEquals("earlyReview.disclosureTooShort", assertThrows(BackgroundProblem.class,
                () -> applicationChecks.requestEarlyReview(email, application.getId(), "A charge.")).messageKey());

        EarlyReview review = applicationChecks.requestEarlyReview(email, application.getId(), "A 2015 possession charge, completed diversion.");
        assertEquals("earlyReview.alreadyOpen", assertThrows(BackgroundProblem.class,
                () -> applicationChecks.requestEarlyReview(email, application.getId(), "Another request while the first is open.")).messageKey());
        assertTrue(background.unansweredEarlyReviews(1000).stream().anyMatch(r -> r.getId().equals(review.getId())));

        applicationChecks.answerEarlyReview(STAFF, review.getId(), EarlyAdvice.NO_BAR_EXPECTED, "Diversion completed over five years ago.");
        assertEquals("earlyReview.alreadyAnswered", assertThrows(BackgroundProblem.class, () -> applicationChecks.answerEarlyReview(SECOND_STAFF,
                review.getId(), EarlyAdvice.LIKELY_BAR, "Second click")).messageKey());
        EarlyReview answered = applicationChecks.earlyReviewsOf(application).get(0);
        assertEquals(EarlyAdvice.NO_BAR_EXPECTED, answered.getAdvice());
        assertEquals(STAFF, answered.getAnsweredBy());
        assertTrue(data.mailSubjectsTo(email).contains("Early review of your criminal history: application " + application.getNumber()));
        assertTrue(data.auditActionsAbout(application.getNumber()).containsAll(List.of("EARLY_REVIEW_REQUESTED", "EARLY_REVIEW_ANSWERED")));
        assertTrue(background.unansweredEarlyReviews(1000).stream().noneMatch(r -> r.getId().equals(review.getId())));
    }

    @Test
    void rBg1_anEligibleApplicantMayStillAskBeforeTraining() {
        String email = fixtures.applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication eligible = fixtures.eligible(email);
        EarlyReview review = applicationChecks.requestEarlyReview(email, eligible.getId(), "A 2019 DUI; license restored in 2021.");
        assertEquals(eligible.getId(), review.getApplicationId());
        assertEquals("background.reasonTooLong", assertThrows(BackgroundProblem.class, () -> applicationChecks.answerEarlyReview(STAFF,
                review.getId(), EarlyAdvice.MAY_BAR, "x".repeat(2001))).messageKey());
    }

    /** #30: the early review is for the time before the training; once it is completed the checks decide. */
    @Test
    void rBg1_anApplicantWhoCompletedTheTrainingIsNotOfferedAnEarlyReview() {
        String email = "trained-" + java.util.UUID.randomUUID() + "@example.org";
        fixtures.applicantAt(ApplicationFixtures.Stage.TRAINED, email, "Tia", "Trained", LocalDate.of(1990, 5, 1), "correct horse battery");
        long id = applicationDrafts.currentFor(email).orElseThrow().getId();
        assertEquals("earlyReview.afterTraining", assertThrows(ApplicationProblem.class,
                () -> applicationChecks.requestEarlyReview(email, id, "A 2019 DUI; license restored in 2021.")).messageKey());
    }

    @Test
    void rBg2_aCheckKeepsItsSupportingRecordForStaffOnly() throws IOException {
        String email = fixtures.applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication application = fixtures.submitted(email);
        BackgroundCheck check = applicationChecks.recordCheck(STAFF, application.getId(), check(CheckKind.CRIMINAL_HISTORY, CheckResult.CLEAR, today()),
                new Attachment("kbi-letter.png", new ByteArrayInputStream(ApplicationFixtures.png())));

        ApplicationDocument record = documentAccess.open(STAFF, true, check.getDocumentId());
        assertEquals(DocumentKind.BACKGROUND_CHECK, record.getKind());
        assertTrue(applicationProgress.documentsOf(application).stream().noneMatch(d -> d.getId().equals(record.getId())),
                "the applicant's document list does not show staff's records");
        assertThrows(NotYours.class, () -> documentAccess.open(email, false, record.getId()));

        byte[] executable = {'M', 'Z', 0, 0, 1, 2, 3, 4};
        int before = applicationChecks.checksOf(application).size();
        assertEquals("document.wrongType", assertThrows(UploadProblem.class, () -> applicationChecks.recordCheck(STAFF, application.getId(),
                check(CheckKind.PROFESSIONAL_BACKGROUND, CheckResult.CLEAR, today()),
                new Attachment("record.pdf", new ByteArrayInputStream(executable)))).messageKey());
        assertEquals(before, applicationChecks.checksOf(application).size(), "a refused record records no check");
    }
}
