package org.peercert.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.applications.CertificationApplication;
import org.peercert.applications.Track;
import org.peercert.platform.format.UsDates;
import org.peercert.testing.ApplicationFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.MovableClock;
import org.peercert.testing.PortalClient;
import org.peercert.testing.PortalTime;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;

/** R-TRN-3 and the lifecycle inside the server: issuing, gapless numbering under concurrency, every state change. */
@ExtendWith(ArquillianExtension.class)
class CertificateIT {

    private static final String STAFF = TestAccounts.STAFF;
    private static final LocalDate BORN = LocalDate.of(1985, 3, 14);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    CertificateService certificates;

    @Inject
    CertificateRecords certificateRecords;

    @Inject
    ReadinessService readiness;

    @Inject
    CertificateLifecycleJob nightly;

    @Inject
    ApplicationFixtures fixtures;

    @Inject
    TestData data;

    @Inject
    MovableClock clock;

    @Inject
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    @AfterEach
    void realTime() {
        clock.release();
    }

    private static long sequenceOf(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    @Test
    void rTrn3_aCertificateIsIssuedOnlyOnceEveryRequirementIsMetAndOnlyOnce() {
        CertificationApplication notTrained = fixtures.eligible(fixtures.applicant(BORN));
        CertificateProblem refused = assertThrows(CertificateProblem.class, () -> certificates.issue(notTrained.getId(), STAFF));
        assertEquals("certificate.notReady", refused.messageKey());
        assertTrue(String.valueOf(refused.arguments()[1]).contains("Basic training completed and confirmed (R-TRN-1)"));

        CertificationApplication ready = fixtures.readyForCertificate("Avery", "Okafor", BORN);
        Certificate issued = certificates.issue(ready.getId(), STAFF);

        int year = PortalTime.today().getYear();
        assertTrue(issued.getNumber().matches("PS-CPS-" + year + "-\\d{6}"), issued.getNumber());
        assertEquals(CertificateStatus.ACTIVE, issued.getStatus());
        assertEquals("Avery Okafor", issued.getHolderName());
        assertEquals(issued.getIssuedOn().plusMonths(12), issued.getExpiresOn(), "valid for the configured 12 months");
        String holder = data.emailOfApplicant(ready.getApplicantId());
        assertEquals(List.of("Your peer specialist certificate " + issued.getNumber()),
                data.mailSubjectsTo(holder).stream().filter(s -> s.contains("certificate")).toList());
        assertEquals(List.of("CERTIFICATE_ISSUED"), data.auditActionsAbout(issued.getNumber()));
        assertTrue(readiness.eligible(0, 10_000).rows().stream().noneMatch(r -> r.application().getId().equals(ready.getId())),
                "an issued application leaves the readiness view");

        CertificateProblem twice = assertThrows(CertificateProblem.class, () -> certificates.issue(ready.getId(), STAFF));
        assertEquals("certificate.alreadyIssued", twice.messageKey());
    }

    /** R-TRN-3 on the Parent Peer Support track (R-ELIG-3, seed 003): the certificate, its number and its public line name the track. */
    @Test
    void rTrn3_aParentPeerSupportApplicationEndsInAParentPeerSupportCertificate() {
        CertificationApplication ready = fixtures.readyForCertificate(Track.PPS, "Robin", "Parentfield", BORN);
        assertEquals(Track.PPS, ready.getTrack());

        Certificate issued = certificates.issue(ready.getId(), STAFF);

        assertEquals(Track.PPS, issued.getTrack());
        assertTrue(issued.getNumber().matches("PS-PPS-" + PortalTime.today().getYear() + "-\\d{6}"), issued.getNumber());
        PublicCertificate shown = certificateRecords.lookUp(issued.getNumber()).orElseThrow();
        assertEquals("Parent Peer Support Specialist", shown.trackLabel());
        assertEquals(CertificateStatus.ACTIVE, shown.status());
    }

    @Test
    void rTrn3_concurrentIssuesGetConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
        List<CertificationApplication> ready = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ready.add(fixtures.readyForCertificate("Parallel" + (char) ('A' + i), "Issuer", BORN));
        }
        CertificationApplication notReady = fixtures.eligible(fixtures.applicant(BORN));
        List<Callable<String>> issues = new ArrayList<>();
        ready.forEach(a -> issues.add(() -> certificates.issue(a.getId(), STAFF).getNumber()));
        issues.add(() -> certificates.issue(notReady.getId(), STAFF).getNumber());
        issues.add(() -> certificates.issue(ready.get(0).getId(), STAFF).getNumber());

        List<String> numbers = new ArrayList<>();
        int refusals = 0;
        for (Future<String> result : executor.invokeAll(issues)) {
            try {
                numbers.add(result.get());
            } catch (ExecutionException e) {
                assertTrue(e.getCause() instanceof CertificateProblem, String.valueOf(e.getCause()));
                refusals++;
            }
        }

        assertEquals(6, numbers.size(), "one certificate per ready application, even when issued twice at once: " + numbers);
        assertEquals(2, refusals);
        List<Long> sequence = numbers.stream().map(CertificateIT::sequenceOf).sorted().toList();
        for (int i = 1; i < sequence.size(); i++) {
            assertEquals(sequence.get(0) + i, sequence.get(i), "no gap and no duplicate: " + numbers);
        }
    }

    @Test
    void rTrn3_aRolledBackIssueGivesItsNumberBack() throws Exception {
        CertificationApplication first = fixtures.readyForCertificate("Rollback", "Tester", BORN);
        CertificationApplication second = fixtures.readyForCertificate("Kept", "Tester", BORN);

        transaction.begin();
        String abandoned = certificates.issue(first.getId(), STAFF).getNumber();
        transaction.rollback();
        String kept = certificates.issue(second.getId(), STAFF).getNumber();

        assertEquals(abandoned, kept);
        assertTrue(certificateRecords.ofApplication(first.getId()).isEmpty());
    }

    @Test
    void aBatchIssuesTheReadyAndReportsTheRest() {
        CertificationApplication ready = fixtures.readyForCertificate("Batch", "Member", BORN);
        CertificationApplication notReady = fixtures.eligible(fixtures.applicant(BORN));

        List<IssueOutcome> outcomes = certificates.issueAll(List.of(ready.getId(), notReady.getId()), STAFF);

        assertTrue(outcomes.get(0).isIssued());
        assertFalse(outcomes.get(1).isIssued());
        assertEquals("certificate.notReady", outcomes.get(1).problemKey());
        assertTrue(certificateRecords.ofApplication(ready.getId()).isPresent());
    }

    @Test
    void suspendReinstateInactivateAndRevokeEachAuditedAndMailedWithRefusalsThatSayWhy() {
        CertificationApplication application = fixtures.readyForCertificate("Morgan", "Lifecycle", BORN);
        Certificate c = certificates.issue(application.getId(), STAFF);
        long id = c.getId();
        String holder = data.emailOfApplicant(application.getApplicantId());

        assertEquals("certificate.reasonRequired", assertThrows(CertificateProblem.class,
                () -> certificates.suspend(id, STAFF, "  ", null)).messageKey());
        assertEquals("certificate.suspendUntilInPast", assertThrows(CertificateProblem.class,
                () -> certificates.suspend(id, STAFF, "Complaint under review", PortalTime.today())).messageKey());
        assertEquals(CertificateStatus.SUSPENDED, certificates.suspend(id, STAFF, "Complaint under review", null).getStatus());
        assertEquals("certificate.cannot.suspend", assertThrows(CertificateProblem.class,
                () -> certificates.suspend(id, STAFF, "Again", null)).messageKey());
        LocalDate hearing = PortalTime.today().plusDays(45);
        assertEquals("certificate.reasonRequired", assertThrows(CertificateProblem.class,
                () -> certificates.changeSuspensionEnd(id, STAFF, hearing, " ")).messageKey());
        Certificate ending = certificates.changeSuspensionEnd(id, STAFF, hearing, "The hearing is set");
        assertEquals(CertificateStatus.SUSPENDED, ending.getStatus());
        assertEquals(hearing, ending.getSuspendedUntil());
        assertEquals("Complaint under review", ending.getStatusReason(), "the suspension's own reason stays");
        assertEquals(CertificateStatus.ACTIVE, certificates.reinstate(id, STAFF, "Complaint closed").getStatus());
        assertEquals("certificate.notSuspended", assertThrows(CertificateProblem.class,
                () -> certificates.changeSuspensionEnd(id, STAFF, hearing, "Too late")).messageKey());

        assertEquals("certificate.notYours", assertThrows(CertificateProblem.class,
                () -> certificates.inactivateOwn(id, "someone-else@example.org", null)).messageKey());
        assertEquals(CertificateStatus.INACTIVE, certificates.inactivateOwn(id, holder, "Parental leave").getStatus());
        assertEquals(CertificateStatus.ACTIVE, certificates.reinstate(id, STAFF, null).getStatus());

        assertEquals("certificate.reasonRequired", assertThrows(CertificateProblem.class,
                () -> certificates.revoke(id, STAFF, null, null)).messageKey());
        assertEquals(CertificateStatus.REVOKED, certificates.revoke(id, STAFF, "Misconduct confirmed by the board",
                "Revoked by order of the certification board.").getStatus());
        CertificateProblem suspendRevoked = assertThrows(CertificateProblem.class, () -> certificates.suspend(id, STAFF, "Late", null));
        assertEquals("certificate.cannot.suspend", suspendRevoked.messageKey());
        assertEquals("Revoked", suspendRevoked.arguments()[1]);
        assertEquals("certificate.cannot.reinstate", assertThrows(CertificateProblem.class,
                () -> certificates.reinstate(id, STAFF, null)).messageKey());

        PublicCertificate seen = certificateRecords.lookUp(c.getNumber()).orElseThrow();
        assertEquals(CertificateStatus.REVOKED, seen.status());
        assertEquals("Revoked by order of the certification board.", seen.publicNote());
        assertFalse(seen.isValid());
        assertEquals(List.of("CERTIFICATE_ISSUED", "CERTIFICATE_SUSPENDED", "CERTIFICATE_SUSPENSION_END_CHANGED", "CERTIFICATE_REINSTATED",
                "CERTIFICATE_INACTIVATED",
                "CERTIFICATE_REINSTATED", "CERTIFICATE_REVOKED"), data.auditActionsAbout(c.getNumber()));
        assertEquals(List.of("Your peer specialist certificate " + c.getNumber(), "Your certificate " + c.getNumber() + " is suspended",
                "Your certificate " + c.getNumber() + " is suspended until a new date: " + UsDates.shown(hearing), "Your certificate " + c.getNumber() + " is active again", "Your certificate " + c.getNumber() + " is inactive",
                "Your certificate " + c.getNumber() + " is active again", "Your certificate " + c.getNumber() + " has been revoked"),
                data.mailSubjectsTo(holder).stream().filter(s -> s.contains(c.getNumber())).toList());
    }

    @Test
    void rCeu2_theNightlyJobExpiresCertificatesPastTheirDateAndEndsSuspensionsThatRanOut() {
        Certificate expiring = certificates.issue(fixtures.readyForCertificate("Expiring", "Nightly", BORN).getId(), STAFF);
        Certificate suspended = certificates.issue(fixtures.readyForCertificate("Suspended", "Nightly", BORN).getId(), STAFF);
        LocalDate today = PortalTime.today();
        certificates.suspend(suspended.getId(), STAFF, "Pending a hearing", today.plusDays(10));

        Set<Long> mine = Set.of(expiring.getId(), suspended.getId());
        clock.set(PortalTime.now().plusSeconds(11L * 86_400));
        nightly.runFor(mine::contains);
        assertEquals(CertificateStatus.ACTIVE, certificateRecords.find(suspended.getId()).orElseThrow().getStatus());
        assertNull(certificateRecords.find(suspended.getId()).orElseThrow().getSuspendedUntil());
        assertEquals(CertificateStatus.ACTIVE, certificateRecords.find(expiring.getId()).orElseThrow().getStatus(), "not yet past its date");

        clock.set(expiring.getExpiresOn().plusDays(1).atTime(2, 0).toInstant(ZoneOffset.UTC));
        nightly.runFor(mine::contains);
        nightly.runFor(mine::contains);

        assertEquals(CertificateStatus.EXPIRED, certificateRecords.find(expiring.getId()).orElseThrow().getStatus());
        assertEquals(List.of("CERTIFICATE_ISSUED", "CERTIFICATE_EXPIRED"), data.auditActionsAbout(expiring.getNumber()),
                "expired once, however often the job runs");
        assertEquals("certificate.cannot.reinstate", assertThrows(CertificateProblem.class,
                () -> certificates.reinstate(expiring.getId(), STAFF, null)).messageKey());
    }

    @Test
    void theNameSearchFindsAccentsAndCaseAlikeAndNeverShowsPrivateFields() {
        Certificate c = certificates.issue(fixtures.readyForCertificate("Zoë", "García-López", BORN).getId(), STAFF);

        List<PublicCertificate> found = certificateRecords.searchByName("garcia lopez", "zo");

        assertEquals(List.of(c.getNumber()), found.stream().map(PublicCertificate::number).toList());
        // Issue #22, finding 8: nothing private narrows the public search, so a city tried in the address changes nothing.
        for (String city : List.of("Topeka", "Wichita")) {
            PortalClient.Page page = new PortalClient().get("/verify.xhtml?last=Garcia-Lopez&first=Zo&city=" + city);
            assertTrue(page.body().contains(c.getNumber()), "found whatever city is tried: " + city);
        }
        assertEquals("verify.nameRequired", assertThrows(CertificateProblem.class,
                () -> certificateRecords.searchByName("' OR 1=1 --", "")).messageKey());
        assertTrue(certificateRecords.searchByName("x' OR '1'='1", "a").isEmpty());
        List<String> fields = java.util.Arrays.stream(PublicCertificate.class.getRecordComponents()).map(r -> r.getName()).toList();
        assertEquals(List.of("number", "holderName", "track", "trackLabel", "status", "issuedOn", "expiresOn", "suspendedUntil",
                "publicNote"), fields, "only public fields leave the certificate feature");
    }
}
