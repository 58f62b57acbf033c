package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.applications.ApplicationChecks;
import org.peercert.applications.ApplicationDrafts;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.QueueSearch;
import org.peercert.background.CheckKind;
import org.peercert.background.CheckRecord;
import org.peercert.background.CheckResult;
import org.peercert.exam.ExamService;
import org.peercert.exam.ExamSitting;
import org.peercert.platform.Paging;
import org.peercert.testing.ApplicationFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.PortalTime;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;

/** R-TRN-3 inside the server: the readiness view names what is missing until every requirement is met. */
@ExtendWith(ArquillianExtension.class)
class ReadinessIT {

    private static final String STAFF = TestAccounts.STAFF;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ReadinessService readiness;

    @Inject
    ApplicationChecks applicationChecks;

    @Inject
    ApplicationDrafts applicationDrafts;

    @Inject
    ExamService exams;

    @Inject
    ApplicationFixtures fixtures;

    @Inject
    TestData data;

    @Test
    void rTrn3_anApplicantIsReadyOnceTrainedPassedAndClearedAndEachGapIsNamedBefore() {
        String email = fixtures.applicant(LocalDate.of(1990, 5, 1));
        fixtures.trained(email);
        CertificationApplication application = applicationDrafts.currentFor(email).orElseThrow();

        assertEquals(List.of("Written test passed (R-TRN-2)", "Criminal history check: missing (R-BG-1/2)",
                "Abuse and neglect registry check: missing (R-BG-1/2)", "Professional background check: missing (R-BG-1/2)"),
                readiness.of(application).missing());

        ExamSitting sitting = exams.start(email);
        Map<Integer, Integer> correct = data.correctPlaces(sitting.getId());
        correct.forEach((position, place) -> exams.answer(email, sitting.getId(), position, place));
        exams.finish(email, sitting.getId());
        LocalDate lastWeek = PortalTime.today().minusDays(7);
        applicationChecks.recordCheck(STAFF, application.getId(), new CheckRecord(CheckKind.CRIMINAL_HISTORY, CheckResult.CLEAR, lastWeek,
                "State bureau of investigation", "CH-1", null), null);
        applicationChecks.recordCheck(STAFF, application.getId(), new CheckRecord(CheckKind.ABUSE_NEGLECT_REGISTRY, CheckResult.CLEAR, lastWeek,
                "Registry", "AN-1", null), null);
        assertEquals(List.of("Professional background check: missing (R-BG-1/2)"), readiness.of(application).missing());

        applicationChecks.recordCheck(STAFF, application.getId(), new CheckRecord(CheckKind.PROFESSIONAL_BACKGROUND, CheckResult.CLEAR, lastWeek,
                "Licensing board", "PB-1", null), null);

        assertTrue(readiness.of(application).isReady());
        List<ReadinessRow> rows = readiness.eligible(0, 5000).rows();
        assertTrue(rows.stream().anyMatch(r -> r.application().getId().equals(application.getId()) && r.readiness().isReady()));
        assertTrue(rows.stream().allMatch(r -> r.application().getStatus().name().equals("ELIGIBLE")), "only eligible applications are listed");
        for (String typed : List.of(email, application.getNumber())) {
            Paging<ReadinessRow> found = readiness.eligible(QueueSearch.of(typed), 0, 25);
            assertEquals(1, found.total(), "staff find one applicant among many by " + typed);
            assertEquals(application.getId(), found.rows().get(0).application().getId());
        }
    }

    @Test
    void anEligibleApplicantWithoutTrainingIsListedWithEverythingStillNeeded() {
        String email = fixtures.applicant(LocalDate.of(1991, 2, 3));
        CertificationApplication application = fixtures.eligible(email);

        Readiness before = readiness.of(application);

        assertFalse(before.isReady());
        assertEquals("Basic training completed and confirmed (R-TRN-1)", before.missing().get(0));
        assertEquals(5, before.missing().size());
    }
}
