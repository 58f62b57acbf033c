package org.peercert.testing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.peercert.account.AccountService;
import org.peercert.account.Role;
import org.peercert.account.UserAccount;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyDraft;
import org.peercert.agency.AgencyService;
import org.peercert.agency.AgencyStatus;
import org.peercert.agency.RosterService;
import org.peercert.applications.CertificationApplication;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateService;
import org.peercert.supervision.Assignment;
import org.peercert.supervision.Qualification;
import org.peercert.supervision.QualificationKind;
import org.peercert.supervision.QualificationStatus;
import org.peercert.supervision.SupervisionRole;
import org.peercert.supervision.SupervisionService;

/** Agencies, certificate holders and supervisors in a known state, for tests that run inside the server. */
@ApplicationScoped
public class AgencyFixtures {

    public static final String STAFF = TestAccounts.STAFF;
    public static final String PASSWORD = TestAccounts.PASSWORD;

    @Inject
    AccountService accounts;

    @Inject
    AgencyService agencies;

    @Inject
    SupervisionService supervision;

    @Inject
    RosterService roster;

    @Inject
    CertificateService certificates;

    @Inject
    ApplicationFixtures applications;

    @Inject
    Clock clock;

    @Inject
    TestAccounts people;

    @PersistenceContext
    EntityManager em;

    private int nextNpi = 1;

    /** A registered agency in Kansas with a new administrator and a name of its own, verified by staff when asked. */
    public Agency agency(String adminEmail, boolean verified) {
        String name = "Fixture Peer Center " + java.util.concurrent.ThreadLocalRandom.current().nextInt(10_000, 100_000);
        Agency agency = agencies.register(adminEmail, new AgencyDraft(name, nextNpi(), "KS" + (100000 + nextNpi),
                "1 Main St", "Topeka", "KS", "66603", "Pat Contact", adminEmail, "785-555-0100"));
        if (verified) {
            agency = agencies.decide(STAFF, agency.getId(), agency.getVersion(), AgencyStatus.VERIFIED, null);
        }
        return agency;
    }

    public long agencyOf(String adminEmail) {
        return agencies.requireAgencyOf(adminEmail).getId();
    }

    /** A random valid NPI: nine digits starting with 1, and the check digit (Luhn over 80840 and the nine). */
    public static String randomNpi() {
        String nine = "1" + String.format("%08d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000_000));
        for (int check = 0; check <= 9; check++) {
            if (org.peercert.agency.Npi.isValid(nine + check)) {
                return nine + check;
            }
        }
        throw new IllegalStateException("no check digit for " + nine);
    }

    private synchronized String nextNpi() {
        nextNpi++;
        return randomNpi();
    }

    /** A fresh certificate of a new holder with this legal name and birth date (CPS track). */
    public Certificate certificate(String firstName, String lastName, LocalDate born) {
        CertificationApplication ready = applications.readyForCertificate(firstName, lastName, born);
        return certificates.issue(ready.getId(), STAFF);
    }

    /** A supervisor whose qualification of this kind staff verified. */
    public String verifiedSupervisor(QualificationKind kind) {
        return verifiedSupervisor(people.create(Role.SUPERVISOR, "Sam", "Supervisor"), kind);
    }

    /** Verifies a qualification of this kind for the supervisor account with this email. */
    public String verifiedSupervisor(String email, QualificationKind kind) {
        Qualification q = kind.isLicensed()
                ? supervision.declare(email, kind, "LIC-" + email.hashCode(), "KS", LocalDate.now(clock).plusYears(1))
                : supervision.declare(email, kind, null, null, null);
        supervision.decide(STAFF, q.getId(), q.getVersion(), QualificationStatus.VERIFIED, null);
        return email;
    }

    /**
     * A verified agency run by a new administrator with this email, with one certified person with this name on its
     * roster, supervised by a new Peer Support Supervisor with this email and a QMHP: eligible to bill (R-SUP-1).
     */
    public SupervisedAgency supervisedAgency(String adminEmail, String supervisorEmail, String firstName, String lastName, LocalDate born) {
        accounts.ensureDemoAccount(adminEmail, "Ari", "Administrator", LocalDate.of(1975, 3, 14), EnumSet.of(Role.AGENCY_ADMIN), PASSWORD);
        accounts.ensureDemoAccount(supervisorEmail, "Sam", "Peersupervisor", LocalDate.of(1970, 5, 6), EnumSet.of(Role.SUPERVISOR), PASSWORD);
        Agency agency = agency(adminEmail, true);
        Certificate certificate = certificate(firstName, lastName, born);
        roster.add(adminEmail, certificate.getNumber(), lastName, born);
        supervise(agency, adminEmail, certificate, verifiedSupervisor(supervisorEmail, QualificationKind.PEER_SUPPORT_SUPERVISOR),
                verifiedSupervisor(QualificationKind.QMHP));
        return new SupervisedAgency(agency.getLegalName(), certificate.getNumber(), em.find(UserAccount.class, certificate.getHolderId()).getEmail());
    }

    /** The agency's name, the certificate number of the person on its roster and that person's sign-in email. */
    public record SupervisedAgency(String agencyName, String certificateNumber, String holderEmail) {
    }

    /** Assigns and accepts both supervisors (R-SUP-1) for a rostered certificate. */
    public void supervise(Agency agency, String adminEmail, Certificate certificate, String peerSupervisor, String clinicalSupervisor) {
        accept(supervision.assign(agency.getId(), certificate.getId(), adminEmail, peerSupervisor, SupervisionRole.PEER), peerSupervisor);
        accept(supervision.assign(agency.getId(), certificate.getId(), adminEmail, clinicalSupervisor, SupervisionRole.CLINICAL), clinicalSupervisor);
    }

    private void accept(Assignment a, String supervisor) {
        supervision.answer(supervisor, a.getId(), a.getVersion(), true);
    }
}
