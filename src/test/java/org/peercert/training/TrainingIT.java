package org.peercert.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.account.Role;
import org.peercert.applications.ApplicationDrafts;
import org.peercert.applications.ApplicationProgress;
import org.peercert.applications.ApplicationReview;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.ChecklistRow;
import org.peercert.platform.InvalidFields;
import org.peercert.platform.csv.RejectedLine;
import org.peercert.testing.ApplicationFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.PortalTime;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;

/** R-TRN-1 inside the server: the seeded curriculum, cohorts, enrolment with a waiting list, attendance and completion. */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

    /** Each test's own trainers and administrator, so the lists it reads hold only its own cohorts. */
    private String leadTrainer;
    private String otherTrainer;
    private String curriculumAdmin;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    AttendanceService attendanceService;

    @Inject
    CohortService cohortService;

    @Inject
    CompletionService completionService;

    @Inject
    CurriculumService curriculumService;

    @Inject
    SeatService seatService;

    @Inject
    ApplicationDrafts applicationDrafts;

    @Inject
    ApplicationProgress applicationProgress;

    @Inject
    ApplicationReview applicationReview;

    @Inject
    ApplicationFixtures fixtures;

    @Inject
    TestData data;

    @Inject
    TestAccounts people;

    @BeforeEach
    void makePeople() {
        leadTrainer = people.create(Role.TRAINER, "Terry", "Trainer");
        otherTrainer = people.create(Role.TRAINER, "Morgan", "Other");
        curriculumAdmin = people.create(Role.ADMIN, "Avery", "Admin");
    }

    private Cohort cohort(int seats) {
        return cohortService.createCohort(leadTrainer, new CohortForm("Topeka " + UUID.randomUUID(), PortalTime.today().plusDays(7),
                PortalTime.today().plusDays(12), Delivery.IN_PERSON, "12 Elm Street, Topeka", seats));
    }

    private String eligibleApplicant() {
        String email = fixtures.applicant(LocalDate.of(1990, 5, 1));
        fixtures.eligible(email);
        return email;
    }

    private Map<String, Integer> fullHours(Cohort cohort, long applicantId) {
        Map<String, Integer> grid = new HashMap<>();
        curriculumService.currentCurriculum().getModules().forEach(m -> grid.put(AttendanceService.cell(applicantId, m.getId()), m.getMinutes()));
        return grid;
    }

    @Test
    void rTrn1_theSeededCurriculumIsTheFortyHourAppalachianTraining() {
        CurriculumVersion curriculum = curriculumService.currentCurriculum();
        assertEquals(21, curriculum.getModules().size());
        assertEquals(40 * 60, curriculum.getTotalMinutes());
        assertEquals("Five Stages in the Recovery Process: Overview, Dangers, Interventions", curriculum.getModules().get(0).getTitle());
        assertEquals("Introduction to Data Collection and Documentation", curriculum.getModules().get(20).getTitle());
    }

    @Test
    void rTrn1_anAdministratorPublishesANewVersionWhileOpenCohortsKeepTheirs() {
        CurriculumVersion original = curriculumService.currentCurriculum();
        List<ModuleDraft> originalModules = curriculumService.modulesOf(original).stream().map(m -> new ModuleDraft(m.getTitle(), m.getHours())).toList();
        Cohort before = cohort(5);
        List<ModuleDraft> tooLong = new ArrayList<>(originalModules);
        tooLong.set(0, new ModuleDraft(originalModules.get(0).title(), "3"));
        List<ModuleDraft> twice = new ArrayList<>(originalModules.subList(0, 20));
        twice.add(new ModuleDraft(" five stages in the recovery process: overview, dangers, interventions", "1"));
        List<ModuleDraft> noHours = new ArrayList<>(originalModules);
        noHours.set(3, new ModuleDraft(originalModules.get(3).title(), "0"));

        assertEquals("training.curriculumTotal", assertThrows(TrainingProblem.class, () -> curriculumService.publishCurriculum(curriculumAdmin, "Too long", tooLong)).messageKey());
        assertEquals("training.moduleTwice", assertThrows(TrainingProblem.class, () -> curriculumService.publishCurriculum(curriculumAdmin, "Twice", twice)).messageKey());
        assertEquals("training.moduleHours", assertThrows(TrainingProblem.class, () -> curriculumService.publishCurriculum(curriculumAdmin, "No hours", noHours)).messageKey());
        assertEquals("training.curriculumLabel", assertThrows(TrainingProblem.class, () -> curriculumService.publishCurriculum(curriculumAdmin, " ", originalModules)).messageKey());
        assertEquals(original.getId(), curriculumService.currentCurriculum().getId(), "nothing published");

        List<ModuleDraft> merged = new ArrayList<>(originalModules.subList(0, 19));
        merged.add(new ModuleDraft("Dissatisfaction, Change and Documentation", "2"));
        try {
            CurriculumVersion next = curriculumService.publishCurriculum(curriculumAdmin, "2027 edition", merged);
            assertEquals(next.getId(), curriculumService.currentCurriculum().getId());
            assertEquals(20, curriculumService.currentCurriculum().getModules().size());
            assertEquals(40 * 60, curriculumService.currentCurriculum().getTotalMinutes());
            assertEquals(original.getId(), cohortService.cohort(leadTrainer, before.getId()).getCurriculum().getId(), "an open cohort keeps its version");
            assertEquals(next.getId(), cohortService.cohort(leadTrainer, cohort(5).getId()).getCurriculum().getId(), "a new cohort starts with the new one");
            assertEquals(List.of("CURRICULUM_PUBLISHED"), data.auditActionsAbout("CURRICULUM-" + next.getId()));
        } finally {
            curriculumService.publishCurriculum(curriculumAdmin, original.getLabel(), originalModules); // other tests train on the seeded modules
        }
    }

    @Test
    void aCohortNeedsDatesInOrderAnAddressInPersonAndSensibleSeats() {
        assertEquals("training.endsBeforeStart", assertThrows(InvalidFields.class, () -> cohortService.createCohort(leadTrainer,
                new CohortForm("X", PortalTime.today().plusDays(5), PortalTime.today(), Delivery.VIRTUAL, null, 10))).messageKey());
        assertEquals("training.addressRequired", assertThrows(InvalidFields.class, () -> cohortService.createCohort(leadTrainer,
                new CohortForm("X", PortalTime.today(), PortalTime.today(), Delivery.IN_PERSON, " ", 10))).messageKey());
        assertEquals("training.capacityRange", assertThrows(InvalidFields.class, () -> cohortService.createCohort(leadTrainer,
                new CohortForm("X", PortalTime.today(), PortalTime.today(), Delivery.VIRTUAL, null, 0))).messageKey());
        Cohort mine = cohort(5);
        assertEquals("training.notYourCohort", assertThrows(TrainingProblem.class, () -> cohortService.cohort(otherTrainer, mine.getId())).messageKey());
        assertTrue(data.auditActionsAbout("COHORT-" + mine.getId()).contains("COHORT_CREATED"));
    }

    @Test
    void onlyEligibleApplicantsAreEnrolledAndAFullCohortHasAWaitingList() {
        Cohort cohort = cohort(1);
        String submittedOnly = fixtures.applicant(LocalDate.of(1990, 5, 1));
        fixtures.submitted(submittedOnly);
        assertEquals("training.notEligible", assertThrows(TrainingProblem.class, () -> seatService.enrol(leadTrainer, cohort.getId(), submittedOnly)).messageKey());
        assertEquals("training.unknownPerson", assertThrows(TrainingProblem.class, () -> seatService.enrol(leadTrainer, cohort.getId(), "nobody@example.org")).messageKey());

        String first = eligibleApplicant();
        String second = eligibleApplicant();
        assertEquals(EnrolmentStatus.ENROLLED, seatService.enrol(leadTrainer, cohort.getId(), first).getStatus());
        assertTrue(data.mailSubjectsTo(first).contains("You are enrolled in the basic training: " + cohort.getTitle()),
                "an enrolment by the trainer is mailed to the applicant: " + data.mailSubjectsTo(first));
        CertificationApplication secondApplication = applicationDrafts.currentFor(second).orElseThrow();
        assertEquals(EnrolmentStatus.WAITLISTED, seatService.enrol(leadTrainer, cohort.getId(), secondApplication.getNumber()).getStatus(),
                "found by application number; the only seat is taken");
        assertEquals("training.alreadyEnrolled", assertThrows(TrainingProblem.class, () -> seatService.enrol(leadTrainer, cohort.getId(), first)).messageKey());
        assertEquals("training.notYourCohort", assertThrows(TrainingProblem.class, () -> seatService.enrol(otherTrainer, cohort.getId(), second)).messageKey());
    }

    @Test
    void rTrn1_attendanceOutOfRangeWritesNothingAndFullAttendanceCompletesTraining() {
        Cohort cohort = ended();
        String email = eligibleApplicant();
        long applicantId = seatService.enrol(leadTrainer, cohort.getId(), email).getApplicantId();
        CurriculumModule first = curriculumService.currentCurriculum().getModules().get(0);

        Map<String, Integer> tooMuch = new java.util.LinkedHashMap<>(fullHours(cohort, applicantId));
        tooMuch.remove(AttendanceService.cell(applicantId, first.getId()));
        tooMuch.put(AttendanceService.cell(applicantId, first.getId()), first.getMinutes() + 30);
        assertEquals("training.minutesRange", assertThrows(TrainingProblem.class, () -> attendanceService.recordAttendance(leadTrainer, cohort.getId(), tooMuch)).messageKey());
        assertTrue(attendanceService.attendance(cohort.getId()).isEmpty(), "nothing half-written");

        Map<String, Integer> partial = fullHours(cohort, applicantId);
        partial.put(AttendanceService.cell(applicantId, first.getId()), 60);
        assertEquals(21, attendanceService.recordAttendance(leadTrainer, cohort.getId(), partial));
        TrainingCompletion missingOne = completionService.completion(applicantId);
        assertEquals(java.util.List.of(first.getTitle()), missingOne.missingModules());
        CertificationApplication application = applicationDrafts.currentFor(email).orElseThrow();
        assertEquals(ChecklistRow.State.NOT_MET, trainingRow(application).state());
        assertTrue(trainingRow(application).explanation().inEnglish().startsWith("39 of 40 hours attended"), trainingRow(application).explanation().inEnglish());

        Cohort makeUp = ended();
        assertEquals("training.seatedElsewhere", assertThrows(TrainingProblem.class, () -> seatService.enrol(leadTrainer, makeUp.getId(), email)).messageKey(),
                "one open seat at a time");
        completionService.confirmResults(leadTrainer, cohort.getId());
        assertTrue(seatIn(email, cohort).statusText().contains("some modules are still to attend"), seatIn(email, cohort).statusText());
        assertEquals(java.util.Optional.empty(), data.trainingCompletedIn(applicantId), "#25: no completion day while a module is missing");
        seatService.enrol(leadTrainer, makeUp.getId(), email);
        assertEquals(1, attendanceService.recordAttendance(leadTrainer, makeUp.getId(), Map.of(AttendanceService.cell(applicantId, first.getId()), 60)));
        assertTrue(completionService.completion(applicantId).isComplete(), "the make-up session completes the module");
        assertEquals(ChecklistRow.State.WAITING_FOR_STAFF, trainingRow(application).state(), "complete, but the make-up is not confirmed");
        assertFalse(completionService.confirmedCompletion(applicantId).isComplete());

        completionService.confirmResults(leadTrainer, makeUp.getId());
        assertTrue(completionService.confirmedCompletion(applicantId).isComplete());
        assertEquals(java.util.Optional.of(makeUp.getId() + " " + makeUp.getEndsOn()), data.trainingCompletedIn(applicantId),
                "#25: the make-up cohort completed the training, on its last day");
        assertTrue(seatIn(email, makeUp).statusText().startsWith("Finished: your trainer confirmed you completed the basic training. Next: the written test"),
                "a finished cohort's seat names the next step: " + seatIn(email, makeUp).statusText());
        assertEquals(ChecklistRow.State.MET, trainingRow(application).state());
        assertEquals("training.alreadyCompleted", assertThrows(TrainingProblem.class, () -> seatService.enrol(leadTrainer, cohort(5).getId(), email)).messageKey());
    }

    @Test
    void rTrn1_anEligibleApplicantAsksForASeatAndTheTrainerAcceptsOrDeclines() {
        Cohort cohort = cohort(1);
        String first = eligibleApplicant();
        String second = eligibleApplicant();
        String declined = eligibleApplicant();
        String cancelling = eligibleApplicant();
        String notEligible = fixtures.applicant(LocalDate.of(1990, 5, 1));
        fixtures.submitted(notEligible);

        assertEquals("training.request.notEligible", assertThrows(TrainingProblem.class, () -> seatService.requestSeat(notEligible, cohort.getId())).messageKey());
        assertEquals("training.request.closed", assertThrows(TrainingProblem.class, () -> seatService.requestSeat(first, ended().getId())).messageKey(),
                "a cohort that started takes no requests");
        assertTrue(cohortService.openCohorts().stream().anyMatch(o -> o.cohort().getId().equals(cohort.getId()) && o.seatsLeft() == 1));

        seatService.requestSeat(first, cohort.getId());
        assertEquals("training.request.already", assertThrows(TrainingProblem.class, () -> seatService.requestSeat(first, cohort.getId())).messageKey());
        assertTrue(data.mailSubjectsTo(leadTrainer).contains("Seat request for " + cohort.getTitle()));
        seatService.requestSeat(second, cohort.getId());
        seatService.requestSeat(declined, cohort.getId());
        seatService.requestSeat(cancelling, cohort.getId());
        assertEquals(EnrolmentStatus.REQUESTED, seatService.seatsOf(first).get(0).status());
        assertEquals(4L, cohortService.pendingRequestCounts(leadTrainer).get(cohort.getId()), "the trainer's list counts them");

        assertEquals(EnrolmentStatus.ENROLLED, seatService.acceptRequest(leadTrainer, cohort.getId(), idOf(cohort, first)).getStatus());
        assertEquals(EnrolmentStatus.WAITLISTED, seatService.acceptRequest(leadTrainer, cohort.getId(), idOf(cohort, second)).getStatus(), "the only seat is taken");
        assertTrue(data.auditDetailsAbout("COHORT-" + cohort.getId()).containsAll(List.of(first + ": request accepted, Enrolled",
                second + ": request accepted, On the waiting list")), "the audit trail says it in words: " + data.auditDetailsAbout("COHORT-" + cohort.getId()));
        seatService.declineRequest(leadTrainer, cohort.getId(), idOf(cohort, declined));
        seatService.cancelRequest(cancelling, cohort.getId());

        assertEquals(EnrolmentStatus.DECLINED, seatService.seatsOf(declined).get(0).status());
        assertEquals(EnrolmentStatus.WITHDRAWN, seatService.seatsOf(cancelling).get(0).status());
        assertTrue(data.mailSubjectsTo(first).contains("Your seat request is accepted: " + cohort.getTitle()));
        assertTrue(data.mailSubjectsTo(declined).contains("Your seat request is declined: " + cohort.getTitle()), "#30.10: the subject says which");
        assertEquals("training.request.none", assertThrows(TrainingProblem.class,
                () -> seatService.acceptRequest(leadTrainer, cohort.getId(), idOf(cohort, declined))).messageKey(), "answered once");
        assertEquals("training.request.none", assertThrows(TrainingProblem.class, () -> seatService.cancelRequest(cancelling, cohort.getId())).messageKey());
        assertEquals("training.notYourCohort", assertThrows(TrainingProblem.class,
                () -> seatService.declineRequest(otherTrainer, cohort.getId(), idOf(cohort, second))).messageKey());
        assertEquals("training.request.seatedElsewhere", assertThrows(TrainingProblem.class,
                () -> seatService.requestSeat(first, cohort(5).getId())).messageKey(), "one open seat at a time");
        assertEquals(EnrolmentStatus.REQUESTED, seatService.requestSeat(declined, cohort.getId()).getStatus(), "declined, they may ask again");
        assertTrue(data.auditActionsAbout("COHORT-" + cohort.getId()).containsAll(List.of("SEAT_REQUESTED", "SEAT_REQUEST_DECLINED",
                "SEAT_REQUEST_CANCELLED", "ENROLMENT_RECORDED")));
    }

    @Test
    void rTrn1_aLeadTrainerAddsACoTrainerWhoRunsTheCohortToo() {
        Cohort cohort = cohort(5);
        long id = cohort.getId();
        assertEquals("training.notYourCohort", assertThrows(TrainingProblem.class, () -> cohortService.cohort(otherTrainer, id)).messageKey());
        assertEquals("training.notATrainer", assertThrows(TrainingProblem.class,
                () -> cohortService.addCoTrainer(leadTrainer, id, TestAccounts.STAFF)).messageKey(), "staff are not trainers");

        cohortService.addCoTrainer(leadTrainer, id, otherTrainer);

        assertEquals("training.alreadyTrainer", assertThrows(TrainingProblem.class, () -> cohortService.addCoTrainer(leadTrainer, id, otherTrainer)).messageKey());
        assertEquals("training.alreadyTrainer", assertThrows(TrainingProblem.class, () -> cohortService.addCoTrainer(leadTrainer, id, leadTrainer)).messageKey());
        assertEquals(id, cohortService.cohort(otherTrainer, id).getId());
        assertTrue(cohortService.cohortsOf(otherTrainer).stream().anyMatch(c -> c.getId().equals(id)));
        assertEquals(EnrolmentStatus.ENROLLED, seatService.enrol(otherTrainer, id, eligibleApplicant()).getStatus(), "a co-trainer enrols");
        List<TrainerRow> trainers = cohortService.trainersOf(id);
        assertEquals(List.of(leadTrainer, otherTrainer), trainers.stream().map(TrainerRow::email).toList());
        assertTrue(trainers.get(0).lead());
        long coTrainerId = trainers.get(1).trainerId();
        assertEquals("training.leadOnly", assertThrows(TrainingProblem.class, () -> cohortService.removeCoTrainer(otherTrainer, id, coTrainerId)).messageKey());

        cohortService.removeCoTrainer(leadTrainer, id, coTrainerId);

        assertEquals("training.notYourCohort", assertThrows(TrainingProblem.class, () -> cohortService.cohort(otherTrainer, id)).messageKey());
        assertTrue(data.auditActionsAbout("COHORT-" + id).containsAll(List.of("CO_TRAINER_ADDED", "CO_TRAINER_REMOVED")));
    }

    @Test
    void rTrn1_aTrainerSchedulesSessionsWithinTheCohortsDatesCoveringItsModules() {
        Cohort cohort = cohort(5);
        LocalDate first = cohort.getStartsOn();
        LocalTime nine = LocalTime.of(9, 0);
        List<Long> modules = curriculumService.modulesOf(cohortService.cohort(leadTrainer, cohort.getId()).getCurriculum()).stream().map(CurriculumModule::getId).toList();
        List<Long> firstFour = modules.subList(0, 4);
        assertEquals("training.sessionOutsideCohort", assertThrows(TrainingProblem.class, () -> cohortService.addSession(leadTrainer, cohort.getId(),
                new SessionForm(first.minusDays(1), nine, nine.plusHours(8), firstFour, null))).messageKey());
        assertEquals("training.sessionEndsBeforeStart", assertThrows(TrainingProblem.class, () -> cohortService.addSession(leadTrainer, cohort.getId(),
                new SessionForm(first, nine, nine, firstFour, null))).messageKey());
        assertEquals("training.sessionIncomplete", assertThrows(TrainingProblem.class, () -> cohortService.addSession(leadTrainer, cohort.getId(),
                new SessionForm(first, null, nine, firstFour, null))).messageKey());
        assertEquals("training.sessionModules", assertThrows(TrainingProblem.class, () -> cohortService.addSession(leadTrainer, cohort.getId(),
                new SessionForm(first, nine, nine.plusHours(8), List.of(), null))).messageKey());
        assertEquals("training.sessionModules", assertThrows(TrainingProblem.class, () -> cohortService.addSession(leadTrainer, cohort.getId(),
                new SessionForm(first, nine, nine.plusHours(8), List.of(-1L), null))).messageKey(), "a module of another curriculum");
        assertEquals("training.notYourCohort", assertThrows(TrainingProblem.class, () -> cohortService.addSession(otherTrainer, cohort.getId(),
                new SessionForm(first, nine, nine.plusHours(8), firstFour, null))).messageKey());

        CohortSession second = cohortService.addSession(leadTrainer, cohort.getId(),
                new SessionForm(first.plusDays(1), nine, nine.plusHours(3), modules.subList(4, 6), "Bring your recovery story notes"));
        CohortSession opening = cohortService.addSession(leadTrainer, cohort.getId(), new SessionForm(first, nine, nine.plusHours(8), firstFour, null));
        List<CohortSession> sessions = cohortService.sessionsOf(cohort.getId());
        assertEquals(List.of(opening.getId(), second.getId()), sessions.stream().map(CohortSession::getId).toList(), "in the order they meet");
        assertEquals(java.util.Set.copyOf(firstFour), sessions.get(0).getModuleIds());

        cohortService.removeSession(leadTrainer, cohort.getId(), second.getId());
        assertEquals(1, cohortService.sessionsOf(cohort.getId()).size());
        assertEquals("training.noSuchSession", assertThrows(TrainingProblem.class,
                () -> cohortService.removeSession(leadTrainer, cohort.getId(), second.getId())).messageKey());
        assertTrue(data.auditActionsAbout("COHORT-" + cohort.getId()).containsAll(List.of("SESSION_SCHEDULED", "SESSION_CANCELLED")));
    }

    private long idOf(Cohort cohort, String email) {
        return cohortService.roster(cohort.getId()).stream().filter(r -> r.email().equals(email)).findFirst().orElseThrow().applicantId();
    }

    private Cohort ended() {
        return cohortService.createCohort(leadTrainer, new CohortForm("Ended " + UUID.randomUUID(), PortalTime.today().minusDays(9),
                PortalTime.today().minusDays(5), Delivery.VIRTUAL, null, 10));
    }

    @Test
    void aSeatGivenUpGoesToTheFirstOnTheWaitingListAndALeaverMayComeBack() {
        Cohort cohort = cohort(1);
        String seated = eligibleApplicant();
        String waiting = eligibleApplicant();
        long seatedId = seatService.enrol(leadTrainer, cohort.getId(), seated).getApplicantId();
        long waitingId = seatService.enrol(leadTrainer, cohort.getId(), waiting).getApplicantId();

        assertEquals(java.util.Optional.of(waitingId), seatService.withdraw(leadTrainer, cohort.getId(), seatedId));

        assertEquals(EnrolmentStatus.ENROLLED, statusOf(cohort, waitingId));
        assertEquals(EnrolmentStatus.WITHDRAWN, statusOf(cohort, seatedId));
        assertEquals(EnrolmentStatus.WAITLISTED, seatService.enrol(leadTrainer, cohort.getId(), seated).getStatus(), "back, on the waiting list");
        assertEquals("training.notOnRoster", assertThrows(TrainingProblem.class,
                () -> seatService.withdraw(leadTrainer, cohort.getId(), -1L)).messageKey());
        assertEquals("training.notYourCohort", assertThrows(TrainingProblem.class,
                () -> seatService.withdraw(otherTrainer, cohort.getId(), waitingId)).messageKey());
    }

    @Test
    void rTrn1_confirmingResultsTellsEachPersonWhereTheyStandOnceAndClosesTheCohort() {
        Cohort future = cohort(5);
        assertEquals("training.notEndedYet", assertThrows(TrainingProblem.class, () -> completionService.confirmResults(leadTrainer, future.getId())).messageKey());
        Cohort cohort = cohortService.createCohort(leadTrainer, new CohortForm("Ended " + UUID.randomUUID(), PortalTime.today().minusDays(5),
                PortalTime.today(), Delivery.VIRTUAL, null, 5));
        String complete = eligibleApplicant();
        String partial = eligibleApplicant();
        long completeId = seatService.enrol(leadTrainer, cohort.getId(), complete).getApplicantId();
        seatService.enrol(leadTrainer, cohort.getId(), partial);
        attendanceService.recordAttendance(leadTrainer, cohort.getId(), fullHours(cohort, completeId));

        assertEquals(2, completionService.confirmResults(leadTrainer, cohort.getId()).size());

        String subject = "Your basic training results: " + cohort.getTitle();
        assertTrue(data.mailSubjectsTo(complete).contains(subject));
        assertTrue(data.mailSubjectsTo(partial).contains(subject));
        assertEquals("training.cohortClosed", assertThrows(TrainingProblem.class,
                () -> completionService.confirmResults(leadTrainer, cohort.getId())).messageKey());
        assertEquals("training.cohortClosed", assertThrows(TrainingProblem.class,
                () -> seatService.enrol(leadTrainer, cohort.getId(), eligibleApplicant())).messageKey(), "a confirmed cohort is closed");
        assertTrue(data.auditActionsAbout("COHORT-" + cohort.getId()).contains("COHORT_RESULTS_CONFIRMED"));
    }

    @Test
    void anAttendanceFileAppliesItsGoodLinesAndReportsEachOtherLine() {
        Cohort cohort = cohort(5);
        String email = eligibleApplicant();
        long applicantId = seatService.enrol(leadTrainer, cohort.getId(), email).getApplicantId();
        String number = applicationDrafts.currentFor(email).orElseThrow().getNumber();
        String notSeated = eligibleApplicant();
        String csv = "person,module,hours\n"
                + email + ",1,2\n"
                + number + ",Facing One's Fears,1.5\n"
                + "\n"
                + notSeated + ",3,2\n"
                + email + ",99,2\n"
                + email + ",4,3\n"
                + email + ",5,two\n"
                + email + ",1,1\n"
                + email + ",6\n"
                + "APP-999999999999,1,1\n"
                + notSeated + ",99,two\n";

        AttendanceImport outcome = attendanceService.importAttendance(leadTrainer, cohort.getId(), new java.io.StringReader(csv));

        assertEquals(2, outcome.changed());
        assertEquals(java.util.List.of(
                new RejectedLine(5, "'" + notSeated + "' is not seated in this cohort", notSeated + ",3,2"),
                new RejectedLine(6, "no module '99' in this curriculum", email + ",99,2"),
                new RejectedLine(7, "hours must be between 0 and 2 for module 4", email + ",4,3"),
                new RejectedLine(8, "hours 'two' is not a number such as 2 or 1.5", email + ",5,two"),
                new RejectedLine(9, "the same person and module as line 2", email + ",1,1"),
                new RejectedLine(10, "expected 3 fields (person, module, hours), found 2", email + ",6"),
                new RejectedLine(11, "'APP-999999999999' is not seated in this cohort", "APP-999999999999,1,1"),
                new RejectedLine(12, "'" + notSeated + "' is not seated in this cohort; no module '99' in this curriculum; "
                        + "hours 'two' is not a number such as 2 or 1.5", notSeated + ",99,two")), outcome.rejected(),
                "an application number that names nobody is reported like the others, and the good lines are still saved");
        CurriculumModule second = curriculumService.currentCurriculum().getModules().get(1);
        assertEquals(90, attendanceService.attendance(cohort.getId()).get(AttendanceService.cell(applicantId, second.getId())));
        assertEquals("training.csvHeader", assertThrows(TrainingProblem.class, () -> attendanceService.importAttendance(leadTrainer, cohort.getId(),
                new java.io.StringReader("email,module,minutes\n" + email + ",1,120\n"))).messageKey());
    }

    private EnrolmentStatus statusOf(Cohort cohort, long applicantId) {
        return cohortService.roster(cohort.getId()).stream().filter(r -> r.applicantId() == applicantId).findFirst().orElseThrow().status();
    }

    private ChecklistRow trainingRow(CertificationApplication application) {
        return applicationProgress.progress(applicationReview.find(application.getId())).rows().stream().filter(r -> r.ruleId().equals("R-TRN-1"))
                .findFirst().orElseThrow();
    }

    private MySeat seatIn(String email, Cohort cohort) {
        return seatService.seatsOf(email).stream().filter(s -> s.cohort().getId().equals(cohort.getId())).findFirst().orElseThrow();
    }
}
