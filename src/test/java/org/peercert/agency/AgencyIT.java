package org.peercert.agency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.account.AccountService;
import org.peercert.account.Role;
import org.peercert.account.UserAccount;
import org.peercert.account.UserStatus;
import org.peercert.agency.check.CheckAnswer;
import org.peercert.agency.check.CheckRequest;
import org.peercert.agency.check.EligibilityService;
import org.peercert.audit.AuditAction;
import org.peercert.audit.AuditService;
import org.peercert.billing.BillingProblem;
import org.peercert.billing.Finding;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateService;
import org.peercert.notification.NoticeService;
import org.peercert.platform.InvalidFields;
import org.peercert.platform.NotYours;
import org.peercert.platform.csv.CsvLines;
import org.peercert.platform.format.UsDates;
import org.peercert.supervision.Qualification;
import org.peercert.supervision.QualificationKind;
import org.peercert.supervision.QualificationStatus;
import org.peercert.supervision.SessionFormat;
import org.peercert.supervision.SupervisionProblem;
import org.peercert.supervision.SupervisionRole;
import org.peercert.supervision.SupervisionService;
import org.peercert.supervision.SupervisionSession;
import org.peercert.testing.AgencyFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.MovableClock;
import org.peercert.testing.PortalTime;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;

/** Issue 9 inside the server: agencies, the three-way roster match and upload, billing checks, supervision, monitoring, cross-agency refusals. */
@ExtendWith(ArquillianExtension.class)
class AgencyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    AgencyFixtures fixtures;

    @Inject
    TestAccounts people;

    @Inject
    AgencyService agencies;

    @Inject
    RosterService roster;

    @Inject
    EligibilityService checks;

    @Inject
    SupervisionService supervision;

    @Inject
    CertificateService certificates;

    @Inject
    NoticeService notices;

    @Inject
    AccountService accounts;

    @Inject
    RosterDigests digests;

    @Inject
    TestData data;

    @Inject
    MovableClock clock;

    @Inject
    AuditService audit;

    @AfterEach
    void realTime() {
        clock.release();
    }

    private static final LocalDate BORN = LocalDate.of(1990, 5, 17);

    private CheckRequest h0038(Certificate c, LocalDate consumerBorn, int units) {
        return new CheckRequest(c.getNumber(), "KS", "H0038", "", false, PortalTime.today(), consumerBorn, null, units, null, null, null,
                null, null, false);
    }

    @Test
    void registrationIsCheckedAndAnUnverifiedAgencyCannotCheck() {
        String admin = people.create(Role.AGENCY_ADMIN, "Ada", "Admin");
        InvalidFields badNpi = assertThrows(InvalidFields.class, () -> agencies.register(admin, new AgencyDraft("X Center", "1234567890",
                "KS1234", "1 Main", "Topeka", "KS", "66603", "Ada", admin, "785-555-0100")));
        assertEquals("agency.npi", badNpi.messageKey());
        assertEquals("npi", badNpi.problems().get(0).field());
        assertTrue(agencies.agencyOf(admin).isEmpty(), "nothing half-saved");
        Agency pending = fixtures.agency(admin, false);
        assertEquals(AgencyStatus.PENDING, pending.getStatus());
        AgencyProblem again = assertThrows(AgencyProblem.class, () -> fixtures.agency(admin, false));
        assertEquals("agency.alreadyAdmin", again.messageKey());
        Certificate person = fixtures.certificate("Una", "Verified", BORN);
        roster.add(admin, person.getNumber(), "Verified", BORN);
        AgencyProblem notVerified = assertThrows(AgencyProblem.class, () -> checks.check(agencies.requireAgencyOf(admin), admin,
                h0038(person, LocalDate.of(1970, 1, 1), 4)));
        assertEquals("agency.notVerified", notVerified.messageKey());
    }

    @Test
    void aPersonIsAddedOnlyWhenNumberLastNameAndBirthDateAllMatch() {
        String admin = people.create(Role.AGENCY_ADMIN, "Rae", "Roster");
        fixtures.agency(admin, true);
        Certificate person = fixtures.certificate("Émile", "D'Arcy-Núñez", BORN);
        assertEquals("roster.noMatch", assertThrows(AgencyProblem.class, () -> roster.add(admin, person.getNumber(), "Darcy", BORN)).messageKey());
        assertEquals("roster.noMatch", assertThrows(AgencyProblem.class,
                () -> roster.add(admin, person.getNumber(), "D'Arcy-Núñez", BORN.plusDays(1))).messageKey());
        assertEquals("roster.noMatch", assertThrows(AgencyProblem.class, () -> roster.add(admin, "PS-CPS-1999-999999", "D'Arcy-Núñez", BORN))
                .messageKey());
        roster.add(admin, person.getNumber().toLowerCase(), "d'arcy-nunez", BORN);
        assertEquals("roster.already", assertThrows(AgencyProblem.class, () -> roster.add(admin, person.getNumber(), "D'Arcy-Núñez", BORN))
                .messageKey());
        assertEquals(1, roster.roster(agencies.requireAgencyOf(admin).getId()).size());
    }

    /** An agency administrator makes another account an administrator of the agency too; its other roles stay, and it is audited. */
    @Test
    void anAgencyAdministratorAddsAnotherWhoKeepsTheirOtherRoles() {
        String admin = people.create(Role.AGENCY_ADMIN, "Ann", "Adder");
        fixtures.agency(admin, true);
        String supervisor = people.create(Role.SUPERVISOR, "Sol", "Joining");

        agencies.addAdmin(admin, supervisor);

        assertEquals(java.util.EnumSet.of(Role.AGENCY_ADMIN, Role.SUPERVISOR), accounts.findByEmail(supervisor).orElseThrow().getRoles());
        assertTrue(agencies.agencyOf(supervisor).isPresent(), "the new administrator runs the same agency");
        assertTrue(data.auditActionsAbout(supervisor).contains("ROLES_CHANGED"));
        assertEquals("agency.adminTaken", assertThrows(AgencyProblem.class, () -> agencies.addAdmin(admin, supervisor)).messageKey());
        InvalidFields unknown = assertThrows(InvalidFields.class, () -> agencies.addAdmin(admin, "nobody-" + BORN + "@example.org"));
        assertEquals("agency.adminUnknown", unknown.messageKey());
        assertEquals("newAdmin", unknown.problems().get(0).field());
    }

    /** #26: a person without an account is invited by name to run the agency; they set a password from the invitation. */
    @Test
    void anAgencyAdministratorInvitesSomeoneWithoutAnAccount() {
        String admin = people.create(Role.AGENCY_ADMIN, "Ivy", "Inviter");
        fixtures.agency(admin, true);
        String newcomer = "newcomer-" + java.util.UUID.randomUUID() + "@example.org";

        UserAccount invited = agencies.addAdmin(admin, newcomer, "Nell", "Newcomer");

        assertEquals(UserStatus.INVITED, invited.getStatus());
        assertEquals(java.util.EnumSet.of(Role.AGENCY_ADMIN), invited.getRoles(), "the one role an agency may give");
        assertEquals(agencies.requireAgencyOf(admin).getId(), agencies.requireAgencyOf(newcomer).getId());
        assertTrue(data.mailSubjectsTo(newcomer).stream().anyMatch(subject -> subject.startsWith("You are invited to")), data.mailSubjectsTo(newcomer).toString());
        assertTrue(data.auditActionsAbout(newcomer).contains("ACCOUNT_INVITED"));
    }

    /** #26: staff find any agency, add an administrator to it or remove one, but never its last. */
    @Test
    void staffAddAndRemoveAnAgencysAdministratorsButNeverTheLast() {
        String staff = people.create(Role.STAFF, "Stu", "Staff");
        String admin = people.create(Role.AGENCY_ADMIN, "Lee", "Lastone");
        Agency agency = fixtures.agency(admin, true);
        long adminId = accounts.findByEmail(admin).orElseThrow().getId();
        assertEquals(List.of(agency.getId()), agencies.search(agency.getNpi(), 0, 10).rows().stream().map(Agency::getId).toList(), "found by NPI");
        assertTrue(agencies.search(agency.getLegalName().toUpperCase(java.util.Locale.ROOT), 0, 10).rows().stream()
                .anyMatch(a -> a.getId().equals(agency.getId())), "and by name, whatever the case");

        assertEquals("agency.lastAdmin", assertThrows(AgencyProblem.class, () -> agencies.removeAdminAsStaff(staff, agency.getId(), adminId))
                .messageKey());
        String helper = people.create(Role.TRAINER, "Hap", "Helper");
        agencies.addAdminAsStaff(staff, agency.getId(), helper, null, null);
        assertEquals(agency.getId(), agencies.requireAgencyOf(helper).getId());
        agencies.removeAdminAsStaff(staff, agency.getId(), adminId);

        assertEquals(List.of(helper), agencies.adminsOf(agency.getId()).stream().map(UserAccount::getEmail).toList());
        assertTrue(data.mailSubjectsTo(admin).contains("You are no longer an administrator of " + agency.getLegalName()));
        assertEquals(List.of("AGENCY_ADMIN_ADDED", "AGENCY_ADMIN_REMOVED"), data.auditActionsAbout("agency " + agency.getId()).stream()
                .filter(a -> a.startsWith("AGENCY_ADMIN")).toList());
    }

    /** #26: an administrator removes another, never themselves, so the agency always keeps one; both people are mailed, each change audited. */
    @Test
    void anAgencyAdministratorRemovesAnotherButTheAgencyKeepsOne() {
        String admin = people.create(Role.AGENCY_ADMIN, "Rae", "Remover");
        fixtures.agency(admin, true);
        String other = people.create(Role.SUPERVISOR, "Oli", "Other");
        agencies.addAdmin(admin, other);
        String agencyName = agencies.requireAgencyOf(admin).getLegalName();
        long agencyId = agencies.requireAgencyOf(admin).getId();
        assertTrue(data.mailSubjectsTo(other).contains("You are now an administrator of " + agencyName), data.mailSubjectsTo(other).toString());
        long adminId = accounts.findByEmail(admin).orElseThrow().getId();
        long otherId = accounts.findByEmail(other).orElseThrow().getId();

        assertEquals("agency.adminSelf", assertThrows(AgencyProblem.class, () -> agencies.removeAdmin(admin, adminId)).messageKey());
        String stranger = people.create(Role.AGENCY_ADMIN, "Sam", "Stranger");
        fixtures.agency(stranger, true);
        assertEquals("agency.adminNotHere", assertThrows(AgencyProblem.class, () -> agencies.removeAdmin(stranger, otherId)).messageKey(),
                "another agency's administrator cannot touch this one's");

        agencies.removeAdmin(admin, otherId);
        assertEquals(java.util.EnumSet.of(Role.SUPERVISOR), accounts.findByEmail(other).orElseThrow().getRoles(), "their other roles stay");
        assertTrue(agencies.agencyOf(other).isEmpty());
        assertTrue(data.auditActionsAbout("agency " + agencyId).contains("AGENCY_ADMIN_REMOVED"));
        assertTrue(data.auditActionsAbout(other).contains("ROLES_CHANGED"));
        assertTrue(data.mailSubjectsTo(other).contains("You are no longer an administrator of " + agencyName));
        assertEquals("agency.adminNotHere", assertThrows(AgencyProblem.class, () -> agencies.removeAdmin(admin, otherId)).messageKey(),
                "removed once");

        agencies.addAdmin(admin, other);
        assertEquals("agency.adminSelf", assertThrows(AgencyProblem.class, () -> agencies.removeAdmin(other, otherId)).messageKey());
        agencies.removeAdmin(other, adminId);
        assertEquals(List.of(other), agencies.adminsOf(agencyId).stream().map(UserAccount::getEmail).toList());
        assertEquals("agency.adminSelf", assertThrows(AgencyProblem.class, () -> agencies.removeAdmin(other, otherId)).messageKey(),
                "the last administrator stays: nobody else is left to remove them, and they cannot remove themselves");
    }

    /** #26: single adds are limited per agency and day (200 by default), refused tries counted; a day later they work again. */
    @Test
    void anAgencyAddsAtMostTwoHundredPeopleOneAtATimeADay() {
        String admin = people.create(Role.AGENCY_ADMIN, "Ada", "Adder");
        long agencyId = fixtures.agency(admin, true).getId();
        Certificate person = fixtures.certificate("Una", "Added", BORN);
        for (int i = 1; i < 200; i++) {
            audit.record(admin, AuditAction.ROSTER_ADD_REFUSED, "agency " + agencyId, "an earlier try");
        }
        assertEquals("roster.noMatch", assertThrows(AgencyProblem.class, () -> roster.add(admin, "PS-CPS-2001-000009", "Nobody", BORN))
                .messageKey(), "the 200th try is still looked at");
        AgencyProblem refused = assertThrows(AgencyProblem.class, () -> roster.add(admin, person.getNumber(), "Added", BORN));
        assertEquals("roster.tooManyAdds", refused.messageKey(), "even a right one is refused after 200 tries in a day");
        assertEquals(200, refused.arguments()[0]);
        clock.set(PortalTime.now().plus(java.time.Duration.ofHours(25)));
        try {
            roster.add(admin, person.getNumber(), "Added", BORN);
            assertEquals(1, roster.roster(agencyId).size(), "the next day the add goes through");
        } finally {
            clock.release();
        }
    }

    /** Issue #22, finding 1: adding someone is a birth-date check too, so guesses by adding count against the same daily limit. */
    @Test
    void rosterClaimsCountAsBirthDateChecksSoADateCannotBeGuessedByAdding() throws Exception {
        String admin = people.create(Role.AGENCY_ADMIN, "Gus", "Guesser");
        fixtures.agency(admin, true);
        Certificate person = fixtures.certificate("Pat", "Guessed", BORN);
        for (int day = 1; day <= 5; day++) {
            LocalDate guess = BORN.plusDays(day);
            assertEquals("roster.noMatch", assertThrows(AgencyProblem.class, () -> roster.add(admin, person.getNumber(), "Guessed", guess))
                    .messageKey(), "a wrong date answers like any other refusal");
        }
        assertEquals("roster.tooManyTries", assertThrows(AgencyProblem.class, () -> roster.add(admin, person.getNumber(), "Guessed", BORN))
                .messageKey(), "after five tries even the right date is not looked at");
        RosterUpload upload = roster.upload(admin, new StringReader("certificate_number,last_name,date_of_birth\n" + person.getNumber()
                + ",Guessed," + BORN + "\n"));
        assertEquals(0, upload.added());
        assertTrue(upload.rejected().get(0).reason().contains("tried too many times today"), upload.rejected().get(0).reason());
        assertEquals(5, data.auditActionsAbout(person.getNumber()).stream().filter("CERTIFICATE_BIRTH_DATE_CHECKED"::equals).count(),
                "each try is audited, the refused ones too");

        String otherAdmin = people.create(Role.AGENCY_ADMIN, "Ola", "Other");
        fixtures.agency(otherAdmin, true);
        roster.add(otherAdmin, person.getNumber(), "Guessed", BORN);
        assertEquals(1, roster.upload(otherAdmin, new StringReader("certificate_number,last_name,date_of_birth\n" + person.getNumber()
                + ",Guessed," + BORN + "\n")).alreadyOnRoster(), "another agency's administrator has tries of their own");
    }

    @Test
    void anUploadAddsTheMatchingLinesAndReportsEveryOther() throws Exception {
        String admin = people.create(Role.AGENCY_ADMIN, "Uma", "Upload");
        Agency agency = fixtures.agency(admin, true);
        Certificate one = fixtures.certificate("Ona", "Upload", BORN);
        Certificate two = fixtures.certificate("Twyla", "Upload", BORN.plusYears(1));
        roster.add(admin, two.getNumber(), "Upload", BORN.plusYears(1));

        assertThrows(CsvLines.Unreadable.class, () -> roster.upload(admin, new StringReader("number,name\n" + one.getNumber() + ",Upload\n")));
        assertEquals(1, roster.roster(agency.getId()).size(), "a file with the wrong columns adds nobody");

        String csv = "certificate_number,last_name,date_of_birth\n"
                + one.getNumber() + ",Upload," + BORN + "\n"
                + one.getNumber() + ",Upload," + BORN + "\n"
                + two.getNumber() + ",Upload," + (BORN.getMonthValue() + "/" + BORN.getDayOfMonth() + "/" + (BORN.getYear() + 1)) + "\n"
                + "not a number!,Upload,1990-01-01\n"
                + one.getNumber() + ",Upload,17 May 1990\n"
                + "PS-CPS-2001-000001,Nobody,1990-01-01\n";
        RosterUpload outcome = roster.upload(admin, new StringReader(csv));
        assertEquals(1, outcome.added());
        assertEquals(1, outcome.alreadyOnRoster());
        assertEquals(List.of(3L, 5L, 6L, 7L), outcome.rejected().stream().map(r -> r.line()).toList(), outcome.rejected().toString());
        assertTrue(outcome.rejected().get(0).reason().contains("same certificate as line 2"));
        assertTrue(outcome.rejected().get(2).reason().contains("not a date"));
        assertTrue(outcome.rejected().get(3).reason().contains("no certificate matches"));
        assertEquals(2, roster.roster(agency.getId()).size());
    }

    @Test
    void theBillingCheckNamesEachRuleAndIsRecorded() {
        String admin = people.create(Role.AGENCY_ADMIN, "Cy", "Check");
        Agency agency = fixtures.agency(admin, true);
        LocalDate today = PortalTime.today();
        LocalDate providerBorn = today.minusYears(20);
        Certificate person = fixtures.certificate("Pat", "Provider", providerBorn);
        roster.add(admin, person.getNumber(), "Provider", providerBorn);
        LocalDate adult = LocalDate.of(1970, 1, 1);

        CheckAnswer unsupervised = checks.check(agency, admin, h0038(person, adult, 4));
        assertFalse(unsupervised.verdict().eligible());
        assertEquals(List.of("R-SUP-1"), unsupervised.verdict().unmet().stream().map(Finding::ruleId).toList());
        assertEquals(0, new BigDecimal("47.00").compareTo(unsupervised.verdict().expectedReimbursement()), "4 Kansas units at $11.75");

        fixtures.supervise(agency, admin, person, fixtures.verifiedSupervisor(QualificationKind.PEER_SUPPORT_SUPERVISOR),
                fixtures.verifiedSupervisor(QualificationKind.QMHP));
        assertTrue(checks.check(agency, admin, h0038(person, adult, 4)).verdict().eligible());

        assertTrue(checks.check(agency, admin, h0038(person, providerBorn.plusYears(3), 4)).verdict().eligible(),
                "R-ELIG-4: a 17-year-old consumer exactly three years younger");
        CheckAnswer oneDayShort = checks.check(agency, admin, h0038(person, providerBorn.plusYears(3).minusDays(1), 4));
        assertEquals(List.of("R-ELIG-4"), oneDayShort.verdict().unmet().stream().map(Finding::ruleId).toList());

        CheckAnswer group = checks.check(agency, admin, new CheckRequest(person.getNumber(), "KS", "H0038", "HQ", false, today,
                adult, null, 4, 9, null, null, null, null, false));
        assertEquals(List.of("R-SVC-3"), group.verdict().unmet().stream().map(Finding::ruleId).toList(), "a group of 9 is over 1:8");
        CheckAnswer parentPeerSupport = checks.check(agency, admin, new CheckRequest(person.getNumber(), "KS", "H0038", "", true, today,
                today.minusYears(8), LocalDate.of(1991, 1, 1), 4, null, null, null, null, null, false));
        assertTrue(parentPeerSupport.verdict().unmet().stream().anyMatch(f -> f.ruleId().equals("R-SVC-1")), "a CPS cannot deliver PPS");
        assertTrue(parentPeerSupport.verdict().unmet().stream().anyMatch(f -> f.ruleId().equals("R-ELIG-4")), "the parent is older than the provider");
        CheckAnswer idaho = checks.check(agency, admin, new CheckRequest(person.getNumber(), "ID", "H0038", "", false, today,
                adult, null, 4, null, null, null, null, null, false));
        assertEquals(List.of("R-SVC-6"), idaho.verdict().unmet().stream().map(Finding::ruleId).toList(), "not an approved network provider");

        assertEquals("billing.consumerDob", assertThrows(BillingProblem.class,
                () -> checks.check(agency, admin, h0038(person, today.plusDays(1), 4))).messageKey());
        assertEquals("billing.unknownCode", assertThrows(BillingProblem.class, () -> checks.check(agency, admin,
                new CheckRequest(person.getNumber(), "KS", "H9999", "", false, today, adult, null, 4, null, null, null, null, null,
                        false))).messageKey());
        assertEquals("billing.unknownCombination", assertThrows(BillingProblem.class, () -> checks.check(agency, admin,
                new CheckRequest(person.getNumber(), "KS", "H0038", "HQ SC", false, today, adult, null, 4, 8, null, null, null,
                        null, false))).messageKey());
        assertEquals(7, checks.checksOf(agency.getId(), null, 0, 50).total(), "every answered check is recorded, refusals are not");
    }

    @Test
    void anotherAgencysPeopleChecksAndAssignmentsAreRefused() {
        String mine = people.create(Role.AGENCY_ADMIN, "Mia", "Mine");
        Agency myAgency = fixtures.agency(mine, true);
        String theirs = people.create(Role.AGENCY_ADMIN, "Theo", "Theirs");
        Agency theirAgency = fixtures.agency(theirs, true);
        Certificate person = fixtures.certificate("Quinn", "Mine", BORN);
        RosterEntry entry = roster.add(mine, person.getNumber(), "Mine", BORN);

        assertThrows(NotYours.class, () -> roster.remove(theirs, entry.getId()));
        assertThrows(NotYours.class, () -> checks.check(theirAgency, theirs, h0038(person, LocalDate.of(1970, 1, 1), 4)));
        var assignment = supervision.assign(myAgency.getId(), person.getId(), mine, fixtures.verifiedSupervisor(QualificationKind.PEER_SUPPORT_SUPERVISOR),
                SupervisionRole.PEER);
        assertThrows(NotYours.class, () -> supervision.endByAgency(theirAgency.getId(), theirs, assignment.getId(), "not mine"));
        String stranger = fixtures.verifiedSupervisor(QualificationKind.PEER_SUPPORT_SUPERVISOR);
        assertThrows(NotYours.class, () -> supervision.answer(stranger, assignment.getId(), assignment.getVersion(), true));
        assertEquals(1, roster.roster(myAgency.getId()).size());
    }

    @Test
    void supervisorsMustHoldAVerifiedQualificationForTheRole() {
        String admin = people.create(Role.AGENCY_ADMIN, "Sue", "Pervise");
        Agency agency = fixtures.agency(admin, true);
        Certificate person = fixtures.certificate("Lee", "Supervised", BORN);
        roster.add(admin, person.getNumber(), "Supervised", BORN);
        String peerOnly = fixtures.verifiedSupervisor(QualificationKind.PEER_SUPPORT_SUPERVISOR);
        assertEquals("supervision.notQualified", assertThrows(SupervisionProblem.class,
                () -> supervision.assign(agency.getId(), person.getId(), admin, peerOnly, SupervisionRole.CLINICAL)).messageKey());
        String unverified = people.create(Role.SUPERVISOR, "Una", "Verified");
        supervision.declare(unverified, QualificationKind.QMHP, null, null, null);
        assertEquals("supervision.notQualified", assertThrows(SupervisionProblem.class,
                () -> supervision.assign(agency.getId(), person.getId(), admin, unverified, SupervisionRole.CLINICAL)).messageKey());
        assertEquals("supervision.license", assertThrows(SupervisionProblem.class,
                () -> supervision.declare(unverified, QualificationKind.LMHP, "", "KS", PortalTime.today().plusYears(1))).messageKey());
    }

    @Test
    void agenciesAreToldWhenARosteredPersonChangesAtOnceOrInTheDailyDigest() {
        String atOnce = people.create(Role.AGENCY_ADMIN, "Ann", "Atonce");
        fixtures.agency(atOnce, true);
        String digest = people.create(Role.AGENCY_ADMIN, "Dan", "Digest");
        Agency digestAgency = fixtures.agency(digest, true);
        agencies.setDailyDigest(digest, true);
        Certificate person = fixtures.certificate("Mo", "Monitored", BORN);
        roster.add(atOnce, person.getNumber(), "Monitored", BORN);
        roster.add(digest, person.getNumber(), "Monitored", BORN);

        LocalDate until = PortalTime.today().plusDays(30);
        certificates.suspend(person.getId(), AgencyFixtures.STAFF, "Under investigation", until);

        long atOnceId = accounts.findByEmail(atOnce).orElseThrow().getId();
        long digestId = accounts.findByEmail(digest).orElseThrow().getId();
        assertTrue(notices.of(atOnceId, 0, 10).rows().stream().anyMatch(n -> n.getSubject().startsWith(RosterMonitor.SUBJECT_PREFIX)
                && n.getBody().contains("suspended")));
        assertEquals(List.of("Roster change: Mo Monitored (" + person.getNumber() + ") is suspended until " + UsDates.shown(until)),
                data.mailSubjectsTo(atOnce).stream().filter(s -> s.startsWith(RosterMonitor.SUBJECT_PREFIX)).toList(),
                "mailed at once, the subject naming what happened and its end");
        assertTrue(data.mailBodiesTo(atOnce).stream().anyMatch(b -> b.contains("may not practise or bill peer support")));
        assertEquals(1, notices.of(digestId, 0, 10).total(), "the digest agency sees it in the portal");
        assertTrue(data.mailSubjectsTo(digest).isEmpty(), "but is not mailed until the digest");

        LocalDate today = PortalTime.today();
        assertEquals(1, digests.send(digestAgency.getId(), today, java.time.Duration.ofDays(1)));
        assertEquals(0, digests.send(digestAgency.getId(), today, java.time.Duration.ofDays(1)), "one digest a day, even if the job runs twice");
        assertEquals(1, data.mailSubjectsTo(digest).size());
    }

    /** Issue #22, finding 7: a check for a past date of service asks what the certificate was that day, not only today. */
    @Test
    void rTrn3_theBillingCheckAsksWhetherTheCertificateWasHeldAndActiveOnTheDateOfService() {
        String admin = people.create(Role.AGENCY_ADMIN, "Hal", "History");
        Agency agency = fixtures.agency(admin, true);
        LocalDate issuedOn = PortalTime.today();
        Certificate person = fixtures.certificate("Pat", "Past", BORN);
        roster.add(admin, person.getNumber(), "Past", BORN);
        fixtures.supervise(agency, admin, person, fixtures.verifiedSupervisor(QualificationKind.PEER_SUPPORT_SUPERVISOR),
                fixtures.verifiedSupervisor(QualificationKind.QMHP));
        clock.set(issuedOn.plusDays(10).atTime(9, 0).toInstant(ZoneOffset.UTC));
        certificates.suspend(person.getId(), AgencyFixtures.STAFF, "Under investigation", issuedOn.plusDays(40));
        clock.set(issuedOn.plusDays(15).atTime(9, 0).toInstant(ZoneOffset.UTC));
        certificates.reinstate(person.getId(), AgencyFixtures.STAFF, "Investigation closed");

        Finding beforeIssue = certificateFinding(checks.check(agency, admin, serviceOn(person, issuedOn.minusDays(1))));
        assertEquals(Finding.Outcome.NOT_MET, beforeIssue.outcome());
        assertTrue(beforeIssue.message().contains("its holder was not yet certified"), beforeIssue.message());
        assertTrue(checks.check(agency, admin, serviceOn(person, issuedOn.plusDays(3))).verdict().eligible(), "active before the suspension");
        CheckAnswer duringSuspension = checks.check(agency, admin, serviceOn(person, issuedOn.plusDays(12)));
        assertEquals(List.of("R-TRN-3"), duringSuspension.verdict().unmet().stream().map(Finding::ruleId).toList());
        assertTrue(certificateFinding(duringSuspension).message().contains(": Suspended, not Active"), certificateFinding(duringSuspension).message());
        assertTrue(checks.check(agency, admin, serviceOn(person, issuedOn.plusDays(15))).verdict().eligible(), "active again once reinstated");
    }

    private static CheckRequest serviceOn(Certificate c, LocalDate day) {
        return new CheckRequest(c.getNumber(), "KS", "H0038", "", false, day, LocalDate.of(1970, 1, 1), null, 4, null, null, null, null, null,
                false);
    }

    private static Finding certificateFinding(CheckAnswer answer) {
        return answer.verdict().findings().stream().filter(f -> f.ruleId().equals("R-TRN-3")).findFirst().orElseThrow();
    }

    @Test
    void supervisorsAreToldWhenTheCertificateOfSomeoneTheySuperviseIsSuspendedAndReinstated() {
        String admin = people.create(Role.AGENCY_ADMIN, "Sid", "Supervising");
        Agency agency = fixtures.agency(admin, true);
        Certificate person = fixtures.certificate("Pat", "Paused", BORN);
        roster.add(admin, person.getNumber(), "Paused", BORN);
        String peer = fixtures.verifiedSupervisor(QualificationKind.PEER_SUPPORT_SUPERVISOR);
        String clinician = fixtures.verifiedSupervisor(QualificationKind.QMHP);
        fixtures.supervise(agency, admin, person, peer, clinician);

        LocalDate until = PortalTime.today().plusDays(30);
        certificates.suspend(person.getId(), AgencyFixtures.STAFF, "Under investigation", until);
        certificates.reinstate(person.getId(), AgencyFixtures.STAFF, "Investigation closed");

        String suspended = "Certificate of " + person.getHolderName() + " (" + person.getNumber() + ") is suspended until " + UsDates.shown(until);
        String reinstated = "Certificate of " + person.getHolderName() + " (" + person.getNumber() + ") is active";
        for (String supervisor : List.of(peer, clinician)) {
            assertEquals(List.of(suspended, reinstated), data.mailSubjectsTo(supervisor).stream().filter(s -> s.startsWith("Certificate of")).toList(),
                    supervisor + " is mailed each change, naming it and its end");
            assertTrue(data.mailBodiesTo(supervisor).stream().anyMatch(b -> b.contains("may not practise or bill peer support while it lasts")));
            assertTrue(data.noticeSubjectsTo(supervisor).containsAll(List.of(suspended, reinstated)), "and finds it on their Notifications page");
        }
    }

    @Test
    void rSup2_aClinicalSupervisorLogsSessionsWithoutClinicalNotes_andRSup1_theRosterFlagClears() {
        String admin = people.create(Role.AGENCY_ADMIN, "Sue", "Sessions");
        Agency agency = fixtures.agency(admin, true);
        Certificate person = fixtures.certificate("Lou", "Logged", LocalDate.of(1985, 3, 3));
        roster.add(admin, person.getNumber(), "Logged", LocalDate.of(1985, 3, 3));
        String clinician = fixtures.verifiedSupervisor(QualificationKind.QMHP);
        fixtures.supervise(agency, admin, person, fixtures.verifiedSupervisor(QualificationKind.PEER_SUPPORT_SUPERVISOR), clinician);
        LocalDate today = PortalTime.today();
        assertTrue(supervision.standings(agency.getId(), List.of(person.getId()), today).get(person.getId()).clinicalOverdueOn(today, 30),
                "R-SUP-1: no clinical session logged yet");
        long assignmentId = supervision.assignmentsOfSupervisor(clinician).stream()
                .filter(row -> row.certificateNumber().equals(person.getNumber())).findFirst().orElseThrow().assignment().getId();

        assertEquals("supervision.topics", assertThrows(SupervisionProblem.class, () -> supervision.logSession(clinician, assignmentId, today,
                60, SessionFormat.INDIVIDUAL, "x".repeat(501))).messageKey(), "R-SUP-2: topics only, not clinical notes");
        assertEquals("supervision.heldOn", assertThrows(SupervisionProblem.class, () -> supervision.logSession(clinician, assignmentId,
                today.plusDays(1), 60, SessionFormat.INDIVIDUAL, "Boundaries")).messageKey(), "not a session yet to come");
        SupervisionSession session = supervision.logSession(clinician, assignmentId, today, 60, SessionFormat.INDIVIDUAL,
                "Boundaries with a family; coordination with the guardian");

        assertEquals("Boundaries with a family; coordination with the guardian", session.getTopics());
        assertEquals(60, session.getMinutes());
        assertEquals(today, supervision.standings(agency.getId(), List.of(person.getId()), today).get(person.getId()).lastClinicalSession());
        assertFalse(supervision.standings(agency.getId(), List.of(person.getId()), today).get(person.getId()).clinicalOverdueOn(today, 30),
                "R-SUP-1: the roster's clinical-supervision flag clears");
        assertTrue(data.auditActionsAbout("assignment " + assignmentId).contains("SUPERVISION_SESSION_LOGGED"));
    }

    @Test
    void rSup1_anLmhpWhoseLicenseExpiresLapsesAtNightAndTheAgencyIsTold() {
        String admin = people.create(Role.AGENCY_ADMIN, "Lia", "Lapse");
        Agency agency = fixtures.agency(admin, true);
        Certificate person = fixtures.certificate("Kit", "Clinical", BORN);
        roster.add(admin, person.getNumber(), "Clinical", BORN);
        String lmhp = fixtures.verifiedSupervisor(QualificationKind.LMHP);
        fixtures.supervise(agency, admin, person, fixtures.verifiedSupervisor(QualificationKind.PEER_SUPPORT_SUPERVISOR), lmhp);
        Qualification license = supervision.qualificationsOf(lmhp).get(0);
        LocalDate expires = license.getLicenseExpiresOn();

        clock.set(expires.atTime(2, 0).toInstant(ZoneOffset.UTC));
        assertEquals(0, supervision.lapseExpiredLicenses(id -> id == license.getId()), "valid through the day it expires");
        clock.set(expires.plusDays(1).atTime(2, 0).toInstant(ZoneOffset.UTC));
        assertEquals(1, supervision.lapseExpiredLicenses(id -> id == license.getId()));
        assertEquals(0, supervision.lapseExpiredLicenses(id -> id == license.getId()), "lapsed once");

        Qualification lapsed = supervision.qualificationsOf(lmhp).get(0);
        assertEquals(QualificationStatus.LAPSED, lapsed.getStatus());
        assertEquals(List.of("Roster change: Kit Clinical (" + person.getNumber() + ") has a change of clinical supervisor"),
                data.mailSubjectsTo(admin).stream().filter(subject -> subject.startsWith(RosterMonitor.SUBJECT_PREFIX)).toList());
        assertTrue(data.mailBodiesTo(admin).stream().anyMatch(body -> body.contains("license expired on " + UsDates.shown(expires))));
        Certificate other = fixtures.certificate("Ren", "Newcase", BORN);
        roster.add(admin, other.getNumber(), "Newcase", BORN);
        assertEquals("supervision.notQualified", assertThrows(SupervisionProblem.class,
                () -> supervision.assign(agency.getId(), other.getId(), admin, lmhp, SupervisionRole.CLINICAL)).messageKey(),
                "R-SUP-1: a lapsed LMHP supervises no one new");
    }
}
