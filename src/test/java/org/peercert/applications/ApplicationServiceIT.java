package org.peercert.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.account.AccountService;
import org.peercert.document.ApplicationDocument;
import org.peercert.document.DocumentKind;
import org.peercert.document.DocumentReview;
import org.peercert.document.UploadProblem;
import org.peercert.platform.NotYours;
import org.peercert.testing.ApplicationFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.MovableClock;
import org.peercert.testing.PortalTime;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;

/** The application's rules and state machine inside the server (R-ELIG-1..3). */
@ExtendWith(ArquillianExtension.class)
class ApplicationServiceIT {

    private static final String STAFF = TestAccounts.STAFF;
    private static final String STATEMENT = ApplicationFixtures.STATEMENT;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ApplicationDrafts applicationDrafts;

    @Inject
    ApplicationProgress applicationProgress;

    @Inject
    ApplicationQueue applicationQueue;

    @Inject
    ApplicationReview applicationReview;

    @Inject
    AccountService accounts;

    @Inject
    TestData data;

    @Inject
    ApplicationFixtures fixtures;

    @Inject
    MovableClock clock;

    @AfterEach
    void systemTime() {
        clock.release();
    }

    private String applicant(LocalDate dateOfBirth) {
        return fixtures.applicant(dateOfBirth);
    }

    private static ApplicationForm completeForm(LocalDate dateOfBirth) {
        return ApplicationFixtures.completeForm(dateOfBirth);
    }

    private static byte[] png() {
        return ApplicationFixtures.png();
    }

    private CertificationApplication readyDraft(String email, LocalDate dateOfBirth) {
        return fixtures.readyDraft(email, dateOfBirth);
    }

    private CertificationApplication submitted(String email) {
        return fixtures.submitted(email);
    }

    @Test
    void oneOpenApplicationAtATimePrefilledFromTheAccount() {
        String email = applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication first = applicationDrafts.start(email, Track.CPS);
        CertificationApplication again = applicationDrafts.start(email, Track.PPS);
        assertEquals(first.getId(), again.getId());
        assertEquals(ApplicationStatus.DRAFT, first.getStatus());
        assertEquals("Reyes", first.getLegalLastName());
        assertEquals(LocalDate.of(1990, 5, 1), first.getDateOfBirth());
    }

    @Test
    void submittedApplicationWaitsForStaffWithATargetDateAndAConfirmationMail() {
        String email = applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication application = submitted(email);
        assertEquals(ApplicationStatus.SUBMITTED, application.getStatus());
        assertEquals("KS", application.getStateCode());
        assertEquals(ApplicationPolicy.ATTESTATION_VERSION, application.getAttestationVersion());
        Progress progress = applicationProgress.progress(application);
        assertEquals("State certification staff", progress.waitingOn().inEnglish());
        clock.set(Instant.parse("2027-03-02T15:00:00Z"));
        assertEquals(LocalDate.of(2027, 3, 16), applicationProgress.progress(submitted(applicant(LocalDate.of(1990, 5, 1)))).targetDecisionDate(),
                "ten business days after a Tuesday with no holiday between: the Tuesday two weeks on");
        assertTrue(data.mailSubjectsTo(email).contains("We received your application " + application.getNumber()));
        assertTrue(data.auditActionsAbout(application.getNumber()).contains("APPLICATION_STATUS_CHANGED"));
    }

    @Test
    void theTargetDecisionDateSkipsTheConfiguredHolidays() {
        clock.set(Instant.parse("2026-12-17T15:00:00Z"));
        CertificationApplication application = submitted(applicant(LocalDate.of(1990, 5, 1)));
        assertEquals(LocalDate.of(2027, 1, 4), applicationQueue.targetDecisionDate(application),
                "submitted the Thursday before Christmas: Christmas Day and New Year's Day (federal holidays, the default) are not business days");
    }

    @Test
    void rElig1_underEighteenCannotSubmitAndTheDraftIsKept() {
        LocalDate seventeen = PortalTime.today().minusYears(18).plusDays(1);
        String email = applicant(seventeen);
        CertificationApplication draft = readyDraft(email, seventeen);
        ApplicationProblem problem = assertThrows(ApplicationProblem.class, () -> applicationDrafts.submit(email, draft.getId(), "Dana Reyes", true));
        assertEquals("application.underAge", problem.messageKey());
        CertificationApplication kept = applicationDrafts.owned(email, draft.getId());
        assertEquals(ApplicationStatus.DRAFT, kept.getStatus());
        assertEquals("12 Elm Street", kept.getAddressLine());
    }

    @Test
    void rElig2_submissionNeedsADiplomaOrGed() {
        String email = applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication draft = applicationDrafts.start(email, Track.CPS);
        applicationDrafts.saveDraft(email, draft.getId(), completeForm(LocalDate.of(1990, 5, 1)));
        assertEquals("application.educationMissing",
                assertThrows(ApplicationProblem.class, () -> applicationDrafts.submit(email, draft.getId(), "Dana Reyes", true)).messageKey());
    }

    @Test
    void rElig3_signatureMustBeTheLegalName() {
        String email = applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication draft = readyDraft(email, LocalDate.of(1990, 5, 1));
        assertEquals("application.signatureMismatch",
                assertThrows(ApplicationProblem.class, () -> applicationDrafts.submit(email, draft.getId(), "D. R.", true)).messageKey());
        assertEquals("application.attestation.unchecked",
                assertThrows(ApplicationProblem.class, () -> applicationDrafts.submit(email, draft.getId(), "Dana Reyes", false)).messageKey());
    }

    @Test
    void wrongTypeEmptyOrCorruptUploadIsRefusedAndTheDraftAndOtherFilesAreUntouched() {
        String email = applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication draft = readyDraft(email, LocalDate.of(1990, 5, 1));
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        assertEquals("document.wrongType", assertThrows(UploadProblem.class, () ->
                applicationDrafts.upload(email, draft.getId(), DocumentKind.GED, "ged.png", new ByteArrayInputStream(html))).messageKey());
        assertEquals("document.empty", assertThrows(UploadProblem.class, () ->
                applicationDrafts.upload(email, draft.getId(), DocumentKind.GED, "ged.pdf", new ByteArrayInputStream(new byte[0]))).messageKey());
        List<ApplicationDocument> documents = applicationProgress.documentsOf(applicationDrafts.owned(email, draft.getId()));
        assertEquals(1, documents.size());
        assertEquals("diploma.png", documents.get(0).getOriginalName());
        assertEquals(64, documents.get(0).getSha256().length());
        assertTrue(data.auditActionsAbout(draft.getNumber()).contains("DOCUMENT_REJECTED_ON_UPLOAD"));
    }

    @Test
    void oversizedUploadIsRefusedAndNothingIsKept() {
        String email = applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication draft = readyDraft(email, LocalDate.of(1990, 5, 1));
        byte[] eleven = new byte[11 * 1024 * 1024];
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(header, 0, eleven, 0, header.length);
        UploadProblem problem = assertThrows(UploadProblem.class, () ->
                applicationDrafts.upload(email, draft.getId(), DocumentKind.GED, "ged.pdf", new ByteArrayInputStream(eleven)));
        assertEquals("document.tooLarge", problem.messageKey());
        assertEquals(10L, problem.arguments()[0]);
        assertEquals(1, applicationProgress.documentsOf(applicationDrafts.owned(email, draft.getId())).size());
    }

    @Test
    void queueFiltersByAssignee() {
        String email = applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication application = submitted(email);
        applicationReview.startReview(STAFF, application.getId());
        assertEquals(1, applicationQueue.queue(new QueueFilter(null, null, STAFF, email, null, QueueSort.OLDEST_FIRST), 0, 10).total());
        assertEquals(0, applicationQueue.queue(new QueueFilter(null, null, "someone.else@example.org", email, null, QueueSort.OLDEST_FIRST), 0, 10).total());
    }

    @Test
    void doubleSubmitSubmitsOnce() {
        String email = applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication draft = readyDraft(email, LocalDate.of(1990, 5, 1));
        applicationDrafts.submit(email, draft.getId(), "Dana Reyes", true);
        applicationDrafts.submit(email, draft.getId(), "Dana Reyes", true);
        assertEquals(1, data.mailSubjectsTo(email).stream().filter(s -> s.startsWith("We received")).count());
    }

    @Test
    void anotherApplicantsApplicationIsRefusedAndAudited() {
        String owner = applicant(LocalDate.of(1990, 5, 1));
        String intruder = applicant(LocalDate.of(1991, 6, 2));
        CertificationApplication application = applicationDrafts.start(owner, Track.CPS);
        assertThrows(NotYours.class, () -> applicationDrafts.owned(intruder, application.getId()));
        assertThrows(NotYours.class, () -> applicationDrafts.saveDraft(intruder, application.getId(), completeForm(LocalDate.of(1991, 6, 2))));
        assertTrue(data.auditActionsAbout(application.getNumber()).contains("ACCESS_DENIED"));
    }

    @Test
    void staffReviewAcceptsTheDiplomaAndDecidesEligible() {
        String email = applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication application = submitted(email);
        assertEquals("application.notInReview", assertThrows(ApplicationProblem.class, () ->
                applicationReview.decide(STAFF, application.getId(), applicationReview.find(application.getId()).getVersion(), Decision.ELIGIBLE, null, Set.of())).messageKey());
        applicationReview.startReview(STAFF, application.getId());
        assertEquals(STAFF, applicationReview.find(application.getId()).getAssignee());
        long version = applicationReview.find(application.getId()).getVersion();
        assertEquals("application.notAllMet", assertThrows(ApplicationProblem.class, () ->
                applicationReview.decide(STAFF, application.getId(), version, Decision.ELIGIBLE, null, Set.of())).messageKey());

        ApplicationDocument diploma = applicationProgress.documentsOf(application).get(0);
        applicationReview.reviewDocument(STAFF, diploma.getId(), true, null);
        assertEquals(DocumentReview.ACCEPTED, applicationProgress.documentsOf(application).get(0).getReview());
        CertificationApplication decided = applicationReview.decide(STAFF, application.getId(),
                applicationReview.find(application.getId()).getVersion(), Decision.ELIGIBLE, null, Set.of());
        assertEquals(ApplicationStatus.ELIGIBLE, decided.getStatus());
        assertTrue(data.mailSubjectsTo(email).stream().anyMatch(s -> s.contains("you are eligible")));
        assertEquals(ChecklistRow.State.MET, applicationProgress.progress(decided).rows().get(3).state());
    }

    @Test
    void deficientApplicationIsFixedAndResubmittedThenDeniedIsFinal() {
        String email = applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication application = submitted(email);
        Instant firstSubmitted = applicationReview.find(application.getId()).getSubmittedAt();
        applicationReview.startReview(STAFF, application.getId());
        assertEquals("application.reasonRequired", assertThrows(ApplicationProblem.class, () -> applicationReview.decide(STAFF,
                application.getId(), applicationReview.find(application.getId()).getVersion(), Decision.DEFICIENT, " ",
                Set.of(ApplicationPart.DOCUMENTS))).messageKey());
        assertEquals("application.partsRequired", assertThrows(ApplicationProblem.class, () -> applicationReview.decide(STAFF,
                application.getId(), applicationReview.find(application.getId()).getVersion(), Decision.DEFICIENT, "Unreadable", Set.of())).messageKey());
        ApplicationDocument scan = applicationProgress.documentsOf(application).get(0);
        applicationReview.reviewDocument(STAFF, scan.getId(), false, "Too blurred to read the date.");
        applicationReview.decide(STAFF, application.getId(), applicationReview.find(application.getId()).getVersion(), Decision.DEFICIENT,
                "The diploma scan is unreadable; upload a clearer copy.", Set.of(ApplicationPart.DOCUMENTS));
        assertTrue(data.mailSubjectsTo(email).stream().anyMatch(s -> s.contains("needs changes")));
        String refusal = "Not accepted: " + DocumentKind.DIPLOMA.label() + " \u201c" + scan.getOriginalName() + "\u201d: Too blurred to read the date.";
        assertTrue(data.mailBodiesTo(email).stream().anyMatch(body -> body.contains(refusal)), "the mail names the refused document and why");
        assertTrue(applicationProgress.progress(applicationReview.find(application.getId())).rows().stream()
                .anyMatch(row -> row.explanation().inEnglish().contains(refusal)), "so does the applicant's progress page");

        // Only the documents reopen: a change to the personal details is not taken.
        ApplicationForm moved = new ApplicationForm(Track.CPS, "Dana", "Reyes", null, LocalDate.of(1990, 5, 1), "99 Other Road",
                "Salina", "KS", "67401", "785-555-0111", true, STATEMENT);
        applicationDrafts.saveDraft(email, application.getId(), moved);
        assertEquals("12 Elm Street", applicationReview.find(application.getId()).getAddressLine());
        applicationDrafts.upload(email, application.getId(), DocumentKind.DIPLOMA, "clear.png", new ByteArrayInputStream(png()));
        applicationDrafts.submit(email, application.getId(), "Dana Reyes", true);

        // Back with the reviewer who returned it, in review, at its first place in the queue, and the reviewer is told.
        CertificationApplication resubmitted = applicationReview.find(application.getId());
        assertEquals(ApplicationStatus.IN_REVIEW, resubmitted.getStatus());
        assertEquals(STAFF, resubmitted.getAssignee());
        assertEquals(firstSubmitted, resubmitted.getSubmittedAt(), "the first submission time keeps its place in the queue");
        assertTrue(resubmitted.isResubmitted());
        assertTrue(data.mailSubjectsTo(STAFF).contains("Resubmitted to you: application " + resubmitted.getNumber() + " (Dana Reyes)"),
                data.mailSubjectsTo(STAFF).toString());

        applicationReview.decide(STAFF, application.getId(), applicationReview.find(application.getId()).getVersion(), Decision.DENIED,
                "A disqualifying statement in the attestation.", Set.of());
        assertEquals("application.notEditable", assertThrows(ApplicationProblem.class, () ->
                applicationDrafts.saveDraft(email, application.getId(), completeForm(LocalDate.of(1990, 5, 1)))).messageKey());
        assertThrows(ApplicationProblem.class, () -> applicationDrafts.withdraw(email, application.getId()));
    }

    @Test
    void secondStaffSaveWithAStaleVersionIsRefusedAndOverwritesNothing() {
        String email = applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication application = submitted(email);
        applicationReview.startReview(STAFF, application.getId());
        long seenByBoth = applicationReview.find(application.getId()).getVersion();
        applicationReview.decide(STAFF, application.getId(), seenByBoth, Decision.DEFICIENT, "First reviewer: missing phone.",
                Set.of(ApplicationPart.DETAILS));
        ApplicationProblem problem = assertThrows(ApplicationProblem.class, () ->
                applicationReview.decide(TestAccounts.SECOND_STAFF, application.getId(), seenByBoth, Decision.DENIED, "Second reviewer", Set.of()));
        assertEquals("application.changedBySomeoneElse", problem.messageKey());
        assertEquals(ApplicationStatus.DEFICIENT, applicationReview.find(application.getId()).getStatus());
        assertEquals("First reviewer: missing phone.", applicationReview.find(application.getId()).getDecisionReason());
    }

    @Test
    void documentsCannotBeAddedWhenOnlyTheDetailsWereReturned() {
        String email = applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication application = submitted(email);
        applicationReview.startReview(STAFF, application.getId());
        applicationReview.decide(STAFF, application.getId(), applicationReview.find(application.getId()).getVersion(), Decision.DEFICIENT,
                "Your phone number is missing a digit.", Set.of(ApplicationPart.DETAILS));
        assertEquals("application.partNotReopened", assertThrows(ApplicationProblem.class, () ->
                applicationDrafts.upload(email, application.getId(), DocumentKind.OTHER, "x.png", new ByteArrayInputStream(png()))).messageKey());
        ApplicationForm fixed = new ApplicationForm(Track.CPS, "Dana", "Reyes", null, LocalDate.of(1990, 5, 1), "12 Elm Street",
                "Topeka", "KS", "66601", "785-555-0101", false, "changed statement that must not be taken");
        applicationDrafts.saveDraft(email, application.getId(), fixed);
        CertificationApplication saved = applicationReview.find(application.getId());
        assertEquals("785-555-0101", saved.getPhone());
        assertEquals(STATEMENT, saved.getRecoveryStatement());
        assertTrue(saved.isLivedExperience());
    }

    @Test
    void withdrawnApplicationCannotBeEdited() {
        String email = applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication draft = applicationDrafts.start(email, Track.PPS);
        applicationDrafts.withdraw(email, draft.getId());
        assertEquals("application.notEditable", assertThrows(ApplicationProblem.class, () ->
                applicationDrafts.saveDraft(email, draft.getId(), completeForm(LocalDate.of(1990, 5, 1)))).messageKey());
        assertTrue(applicationDrafts.start(email, Track.CPS).getId() > draft.getId(), "a new application can start after withdrawing");
    }

    @Test
    void queueFindsByNumberNameAndEmailAndHidesDrafts() {
        String email = applicant(LocalDate.of(1990, 5, 1));
        CertificationApplication application = submitted(email);
        String draftOwner = applicant(LocalDate.of(1990, 5, 1));
        applicationDrafts.start(draftOwner, Track.CPS);
        assertEquals(1, applicationQueue.queue(QueueFilter.search(application.getNumber()), 0, 10).total());
        assertEquals(1, applicationQueue.queue(QueueFilter.search(email), 0, 10).total());
        assertEquals(0, applicationQueue.queue(QueueFilter.search(draftOwner), 0, 10).total());
        assertEquals(0, applicationQueue.queue(new QueueFilter(null, null, null, email, 1, QueueSort.OLDEST_FIRST), 0, 10).total(),
                "submitted today: not yet waiting a day");
        assertEquals(1, applicationQueue.queue(new QueueFilter(null, null, null, email, 0, QueueSort.NAME), 0, 10).total());
        var newest = applicationQueue.queue(new QueueFilter(ApplicationStatus.SUBMITTED, null, null, null, null, QueueSort.NEWEST_FIRST), 0, 1).rows();
        assertEquals(application.getId(), newest.get(0).application().getId(), "the newest submission comes first");
        var rows = applicationQueue.queue(new QueueFilter(ApplicationStatus.SUBMITTED, Track.CPS, null, "reyes", null, QueueSort.OLDEST_FIRST), 0, 500).rows();
        assertTrue(rows.stream().anyMatch(r -> r.application().getId().equals(application.getId())));
        assertTrue(rows.stream().noneMatch(QueueRow::overdue), "a fresh submission is not overdue");
        for (String both : List.of("Dana Reyes", "reyes, DANA", "Rey Da")) {
            var found = applicationQueue.queue(new QueueFilter(ApplicationStatus.SUBMITTED, null, null, both, null, QueueSort.NEWEST_FIRST), 0, 5).rows();
            assertEquals(application.getId(), found.get(0).application().getId(), "found by the start of both names: " + both);
        }
        assertEquals(1, applicationQueue.queue(QueueFilter.search(email.substring(0, email.indexOf('@') + 1)), 0, 10).total(),
                "found by the start of the email");
        assertEquals(0, applicationQueue.queue(QueueFilter.search("Dana Okafor"), 0, 10).rows().stream()
                .filter(r -> r.application().getId().equals(application.getId())).count(), "both names must match");
    }
}
