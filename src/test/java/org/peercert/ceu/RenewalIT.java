package org.peercert.ceu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.applications.ApplicationChecks;
import org.peercert.applications.CertificationApplication;
import org.peercert.background.Adjudication;
import org.peercert.background.BackgroundCheck;
import org.peercert.background.CheckKind;
import org.peercert.background.CheckRecord;
import org.peercert.background.CheckResult;
import org.peercert.background.exclusion.ExclusionMatch;
import org.peercert.background.exclusion.MatchStatus;
import org.peercert.background.exclusion.ScreeningService;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateLifecycleJob;
import org.peercert.certificate.CertificateRecords;
import org.peercert.certificate.CertificateService;
import org.peercert.certificate.CertificateStatus;
import org.peercert.testing.ApplicationFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.ExclusionLists;
import org.peercert.testing.LeieFile;
import org.peercert.testing.MovableClock;
import org.peercert.testing.PortalTime;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;

/**
 * R-CEU-1/2 inside the server: CE logged against the cycle, renewal in the window and late, the CE audit, no reminder after
 * renewal; R-BG-2/R-BG-3: an expired or disqualifying check or a confirmed exclusion match refuses a renewal.
 */
@ExtendWith(ArquillianExtension.class)
class RenewalIT {

    private static final String STAFF = TestAccounts.STAFF;
    private static final String SECOND_STAFF = TestAccounts.SECOND_STAFF;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    CeService ce;

    @Inject
    RenewalService renewals;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateRecords certificateRecords;

    @Inject
    ExpiryReminders reminders;

    @Inject
    CertificateLifecycleJob nightly;

    @Inject
    ApplicationFixtures fixtures;

    @Inject
    TestData data;

    @Inject
    MovableClock clock;

    @Inject
    AuditDrawForTests draw;

    @Inject
    ApplicationChecks checks;

    @Inject
    ScreeningService screening;

    @Inject
    ExclusionLists lists;

    @BeforeEach
    void everyRenewalDrawn() {
        draw.set(true);
    }

    @AfterEach
    void realTimeAndDraw() {
        clock.release();
        draw.release();
    }

    private void at(LocalDate day) {
        clock.set(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }

    private long category(String name) {
        return ce.categories().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    private CeActivity log(String email, String title, String hours, String category, boolean withProof) {
        CeDraft draft = new CeDraft(title, "State peer network", LocalDate.now(clock), new BigDecimal(hours), category(category), CeFormat.ONLINE);
        return ce.log(email, draft, withProof ? "attendance.png" : null, withProof ? new ByteArrayInputStream(ApplicationFixtures.png()) : null);
    }

    /** Every renewal in the staff queue (the test server's are few), or those drawn for a CE audit. */
    private List<WaitingRenewal> waiting(boolean auditedOnly) {
        return renewals.queue(auditedOnly, 0, 10_000).rows();
    }

    @Test
    void rCeu2_anAuditedRenewalIsApprovedOnlyAfterEveryProofIsJudgedAndRenewingStopsTheRemindersOfTheCycle() {
        CertificationApplication application = fixtures.readyForCertificate("Reese", "Renewer", LocalDate.of(1980, 8, 8));
        Certificate certificate = certificates.issue(application.getId(), STAFF);
        String holder = data.emailOfApplicant(application.getApplicantId());
        LocalDate expires = certificate.getExpiresOn();

        CeProblem early = assertThrows(CeProblem.class, () -> renewals.submit(holder, certificate.getId(), true));
        assertEquals("renewal.windowNotYet", early.messageKey());

        at(expires.minusDays(60));
        reminders.scan();
        log(holder, "Trauma-informed peer support", "10", "General", true);
        CeActivity ethics = log(holder, "Boundaries and ethics", "2", "Ethics", false);
        assertTrue(ce.standing(certificateRecords.find(certificate.getId()).orElseThrow()).isMet());
        assertEquals("renewal.attestation", assertThrows(CeProblem.class, () -> renewals.submit(holder, certificate.getId(), false)).messageKey());
        Renewal renewal = renewals.submit(holder, certificate.getId(), true);
        assertTrue(renewal.isAudited());
        WaitingRenewal listed = waiting(true).stream().filter(w -> w.id() == renewal.getId()).findFirst().orElseThrow();
        assertEquals(List.of(certificate.getNumber(), "Reese Renewer", expires, true),
                List.of(listed.certificateNumber(), listed.holderName(), listed.cycleExpiresOn(), listed.audited()),
                "#20: listed with the renewals drawn for a CE audit, holder and number named");
        assertEquals(10, draw.lastShareAsked(), "the draw is asked with the configured share (PEERCERT_RENEWAL_AUDIT_PERCENT, 10)");
        assertEquals("renewal.alreadySubmitted", assertThrows(CeProblem.class, () -> renewals.submit(holder, certificate.getId(), true)).messageKey());

        assertEquals("renewal.auditOpen", assertThrows(CeProblem.class, () -> renewals.approve(STAFF, renewal.getId())).messageKey());
        List<CeActivity> cycle = ce.cycleActivities(certificateRecords.find(certificate.getId()).orElseThrow());
        assertEquals("ce.auditReason", assertThrows(CeProblem.class,
                () -> ce.auditActivity(STAFF, ethics.getId(), CeActivity.Verdict.REJECTED, " ")).messageKey());
        ce.auditActivity(STAFF, ethics.getId(), CeActivity.Verdict.REJECTED, "No proof of attendance");
        cycle.stream().filter(a -> !a.getId().equals(ethics.getId()))
                .forEach(a -> ce.auditActivity(STAFF, a.getId(), CeActivity.Verdict.ACCEPTED, null));
        CeProblem short1 = assertThrows(CeProblem.class, () -> renewals.approve(STAFF, renewal.getId()));
        assertEquals("renewal.notReady", short1.messageKey(), "the rejected hours no longer count");

        CeActivity makeUp = log(holder, "Ethics refresher", "2", "Ethics", true);
        assertEquals(makeUp.getId(), ce.proofOf(makeUp.getId(), holder, false).getId(), "the holder opens their proof");
        assertEquals(makeUp.getId(), ce.proofOf(makeUp.getId(), STAFF, true).getId(), "staff open it");
        assertThrows(CeProblem.class, () -> ce.proofOf(makeUp.getId(), "someone-else@example.org", false), "nobody else does");
        assertThrows(CeProblem.class, () -> ce.proofOf(ethics.getId(), holder, false), "an activity without proof has none to open");
        ce.auditActivity(STAFF, makeUp.getId(), CeActivity.Verdict.ACCEPTED, null);
        Certificate renewed = renewals.approve(STAFF, renewal.getId());

        assertEquals(expires.plusMonths(12), renewed.getExpiresOn());
        assertEquals(CertificateStatus.ACTIVE, renewed.getStatus());
        assertTrue(data.mailSubjectsTo(holder).contains("Your certificate " + certificate.getNumber() + " is renewed"));

        at(expires.minusDays(30));
        reminders.scan();
        at(expires);
        reminders.scan();
        assertEquals(List.of("Your certificate " + certificate.getNumber() + " expires in 60 days"),
                data.mailSubjectsTo(holder).stream().filter(s -> s.contains(" expires ")).toList(), "no reminder after the renewal");
    }

    @Test
    void rCeu2_aRenewalAwaitingStaffHoldsTheRemindersAndAReturnedOneLetsTheNextDueOneGo() {
        draw.set(false);
        CertificationApplication application = fixtures.readyForCertificate("Wade", "Waiting", LocalDate.of(1979, 9, 9));
        Certificate certificate = certificates.issue(application.getId(), STAFF);
        String holder = data.emailOfApplicant(application.getApplicantId());
        LocalDate expires = certificate.getExpiresOn();

        at(expires.minusDays(60));
        reminders.scan();
        log(holder, "Peer support in crisis settings", "10", "General", false);
        log(holder, "Ethics in peer work", "2", "Ethics", false);
        Renewal renewal = renewals.submit(holder, certificate.getId(), true);
        assertTrue(waiting(false).stream().anyMatch(w -> w.id() == renewal.getId() && !w.audited()), "waiting for staff");
        assertTrue(waiting(true).stream().noneMatch(w -> w.id() == renewal.getId()), "#20: not among those drawn for a CE audit");
        at(expires.minusDays(30));
        reminders.scan();
        renewals.returnToHolder(STAFF, renewal.getId(), "Please name the provider of the ethics course");
        assertTrue(waiting(false).stream().noneMatch(w -> w.id() == renewal.getId()), "a returned renewal waits for the holder, not staff");
        at(expires.minusDays(7));
        reminders.scan();

        String n = certificate.getNumber();
        assertEquals(List.of("Your certificate " + n + " expires in 60 days", "Your certificate " + n + " expires in 7 days"),
                data.mailSubjectsTo(holder).stream().filter(s -> s.contains(" expires ")).toList(),
                "no 30-day reminder while staff had the renewal; the 7-day one once it was returned");
    }

    @Test
    void rCeu2_aLateRenewalInTheGracePeriodReactivatesAnExpiredCertificateAndAfterItOnlyANewApplicationWill() {
        draw.set(false);
        CertificationApplication application = fixtures.readyForCertificate("Lane", "Latecomer", LocalDate.of(1981, 9, 9));
        Certificate certificate = certificates.issue(application.getId(), STAFF);
        String holder = data.emailOfApplicant(application.getApplicantId());
        LocalDate expires = certificate.getExpiresOn();

        at(expires.plusDays(5));
        nightly.runFor(id -> id == certificate.getId());
        assertEquals(CertificateStatus.EXPIRED, certificateRecords.find(certificate.getId()).orElseThrow().getStatus());
        log(holder, "Wellness recovery action planning", "12", "General", false);
        Renewal late = renewals.submit(holder, certificate.getId(), true);
        assertFalse(late.isAudited());
        Certificate renewed = renewals.approve(STAFF, late.getId());
        assertEquals(CertificateStatus.ACTIVE, renewed.getStatus());
        assertEquals(expires.plusMonths(12), renewed.getExpiresOn());

        CertificationApplication other = fixtures.readyForCertificate("Tardy", "Toolate", LocalDate.of(1979, 1, 1));
        Certificate second = certificates.issue(other.getId(), STAFF);
        at(second.getExpiresOn().plusDays(31));
        assertEquals("renewal.windowClosed", assertThrows(CeProblem.class,
                () -> renewals.submit(data.emailOfApplicant(other.getApplicantId()), second.getId(), true)).messageKey());
    }

    @Test
    void rCeu1_badActivitiesAreRefusedWithTheReasonAndSomeoneWithoutACertificateLogsNothing() {
        CertificationApplication application = fixtures.readyForCertificate("Casey", "Careful", LocalDate.of(1982, 2, 2));
        certificates.issue(application.getId(), STAFF);
        String holder = data.emailOfApplicant(application.getApplicantId());
        long general = category("General");

        assertEquals("ce.hours", assertThrows(CeProblem.class, () -> ce.log(holder, new CeDraft("T", "P", LocalDate.now(clock),
                new BigDecimal("0"), general, CeFormat.ONLINE), null, null)).messageKey());
        assertEquals("ce.hours", assertThrows(CeProblem.class, () -> ce.log(holder, new CeDraft("T", "P", LocalDate.now(clock),
                new BigDecimal("1.25"), general, CeFormat.ONLINE), null, null)).messageKey());
        assertEquals("ce.date", assertThrows(CeProblem.class, () -> ce.log(holder, new CeDraft("T", "P", LocalDate.now(clock).plusDays(1),
                new BigDecimal("1"), general, CeFormat.ONLINE), null, null)).messageKey());
        assertEquals("ce.category", assertThrows(CeProblem.class, () -> ce.log(holder, new CeDraft("T", "P", LocalDate.now(clock),
                new BigDecimal("1"), 999_999L, CeFormat.ONLINE), null, null)).messageKey());
        assertThrows(RuntimeException.class, () -> ce.log(holder, new CeDraft("T", "P", LocalDate.now(clock), new BigDecimal("1"), general,
                CeFormat.ONLINE), "proof.html", new ByteArrayInputStream("<html><script>alert(1)</script></html>".getBytes())),
                "a proof that is not a PDF or image is refused like any upload");
        assertEquals("ce.notCertified", assertThrows(CeProblem.class, () -> ce.log(fixtures.applicant(LocalDate.of(1990, 1, 1)),
                new CeDraft("T", "P", LocalDate.now(clock), BigDecimal.ONE, general, CeFormat.ONLINE), null, null)).messageKey());
        assertTrue(ce.activitiesOf(application.getApplicantId()).isEmpty(), "nothing refused was kept");
    }

    /** R-BG-2: the holder's checks, recorded 23 months before the certificate, lapse inside its renewal window (valid 24 months). */
    @Test
    void rBg2_anExpiredCheckRefusesTheRenewalUntilNewChecksAreRecorded() {
        draw.set(false);
        at(PortalTime.today().minusMonths(23));
        CertificationApplication application = fixtures.readyForCertificate("Ezra", "Lapsed", LocalDate.of(1983, 3, 3));
        clock.release();
        Certificate certificate = certificates.issue(application.getId(), STAFF);
        String holder = data.emailOfApplicant(application.getApplicantId());

        at(certificate.getExpiresOn().minusDays(60));
        log(holder, "Peer support and housing", "12", "General", false);
        CeProblem refused = assertThrows(CeProblem.class, () -> renewals.submit(holder, certificate.getId(), true));
        assertEquals("renewal.notReady", refused.messageKey());
        assertEquals("Criminal history check: expired; Abuse and neglect registry check: expired; Professional background check: expired",
                refused.arguments()[0]);

        for (CheckKind kind : CheckKind.values()) {
            checks.recordCheck(STAFF, application.getId(), new CheckRecord(kind, CheckResult.CLEAR, LocalDate.now(clock), "State bureau",
                    "RN-" + kind.ordinal() + "-" + application.getId(), null), null);
        }
        assertEquals(Renewal.Status.SUBMITTED, renewals.submit(holder, certificate.getId(), true).getStatus());
    }

    /** R-BG-2: a check found disqualifying after the renewal was submitted stops staff from approving it. */
    @Test
    void rBg2_aDisqualifyingCheckStopsTheApprovalOfASubmittedRenewal() {
        draw.set(false);
        CertificationApplication application = fixtures.readyForCertificate("Dana", "Disqualified", LocalDate.of(1984, 4, 4));
        Certificate certificate = certificates.issue(application.getId(), STAFF);
        String holder = data.emailOfApplicant(application.getApplicantId());
        at(certificate.getExpiresOn().minusDays(60));
        log(holder, "Recovery planning", "12", "General", false);
        Renewal renewal = renewals.submit(holder, certificate.getId(), true);

        BackgroundCheck check = checks.recordCheck(STAFF, application.getId(), new CheckRecord(CheckKind.CRIMINAL_HISTORY, CheckResult.DISQUALIFYING,
                LocalDate.now(clock), "State bureau", "DQ-" + application.getId(), null), null);
        CeProblem awaiting = assertThrows(CeProblem.class, () -> renewals.approve(STAFF, renewal.getId()));
        assertEquals("Criminal history check: awaiting adjudication", awaiting.arguments()[0]);
        checks.adjudicateCheck(SECOND_STAFF, check.getId(), Adjudication.DISQUALIFIED, "Substantiated finding in 2026");

        CeProblem refused = assertThrows(CeProblem.class, () -> renewals.approve(STAFF, renewal.getId()));
        assertEquals("renewal.notReady", refused.messageKey());
        assertEquals("Criminal history check: disqualified", refused.arguments()[0]);
        assertEquals(expiresOf(certificate), certificate.getExpiresOn(), "the certificate keeps its cycle");
    }

    /** R-BG-3: a confirmed match on the exclusion list refuses a renewal; an open match alone does not. */
    @Test
    void rBg3_aConfirmedExclusionMatchRefusesTheRenewal() {
        draw.set(false);
        String surname = "Renewtest" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        LocalDate born = LocalDate.of(1985, 5, 5);
        CertificationApplication application = fixtures.readyForCertificate("Morgan", surname, born);
        Certificate certificate = certificates.issue(application.getId(), STAFF);
        String holder = data.emailOfApplicant(application.getApplicantId());
        lists.importNow(LeieFile.withHeader().person(surname.toUpperCase(), "MORGAN", born).bytes());
        ExclusionMatch match = screening.matchesOf(application.getApplicantId()).get(0);

        at(certificate.getExpiresOn().minusDays(60));
        log(holder, "Peer support ethics", "12", "General", false);
        screening.decide(STAFF, match.getId(), match.getVersion(), MatchStatus.CONFIRMED, "Same name, birth date and former employer");

        CeProblem refused = assertThrows(CeProblem.class, () -> renewals.submit(holder, certificate.getId(), true));
        assertEquals("renewal.notReady", refused.messageKey());
        assertEquals("a confirmed match on the federal exclusion list", refused.arguments()[0]);
    }

    private LocalDate expiresOf(Certificate certificate) {
        return certificateRecords.find(certificate.getId()).orElseThrow().getExpiresOn();
    }
}
