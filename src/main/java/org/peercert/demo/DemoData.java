package org.peercert.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.peercert.account.AccountService;
import org.peercert.account.Role;

/**
 * Demo users of every role (listed in the README), seeded at start-up when peercert.demo.seed is true:
 * the run command and the test server turn it on; a production server leaves it off.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    public static final String PASSWORD = "PeerCert-Demo-2026";
    public static final String DOMAIN = "@demo.peercert.test";

    record DemoUser(String localPart, String firstName, String lastName, LocalDate dateOfBirth, Set<Role> roles) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Avery", "Admin", null, EnumSet.of(Role.ADMIN)),
            new DemoUser("staff", "Sam", "Staffer", null, EnumSet.of(Role.STAFF)),
            // a second staff member: a check one of them records, the other adjudicates (R-BG-2)
            new DemoUser("reviewer", "Riley", "Reviewer", null, EnumSet.of(Role.STAFF)),
            new DemoUser("applicant", "Alex", "Applicant", LocalDate.of(1990, 4, 12), EnumSet.of(Role.APPLICANT)),
            // an applicant who completed the basic training, so the written test can be tried (DemoExam)
            new DemoUser(DemoExam.EXAMINEE, "Emery", "Examinee", LocalDate.of(1988, 9, 3), EnumSet.of(Role.APPLICANT)),
            // one who meets every requirement for a certificate, and one who holds an active certificate (DemoCertificates)
            new DemoUser(DemoCertificates.READY, "Robin", "Ready", LocalDate.of(1986, 2, 20), EnumSet.of(Role.APPLICANT)),
            new DemoUser(DemoCertificates.HOLDER, "Jamie", "Holder", LocalDate.of(1982, 7, 9), EnumSet.of(Role.APPLICANT)),
            new DemoUser("trainer", "Terry", "Trainer", null, EnumSet.of(Role.TRAINER)),
            new DemoUser("supervisor", "Sky", "Supervisor", null, EnumSet.of(Role.SUPERVISOR)),
            new DemoUser("provider", "Parker", "Provider", null, EnumSet.of(Role.CE_PROVIDER)),
            new DemoUser("agency", "Ari", "Agency", null, EnumSet.of(Role.AGENCY_ADMIN)),
            new DemoUser("network", "Noor", "Network", null, EnumSet.of(Role.NETWORK_STAFF)),
            new DemoUser("committee", "Casey", "Committee", null, EnumSet.of(Role.COMMITTEE_MEMBER)),
            // Two more members, so the committee's default quorum of three can decide in the demo.
            new DemoUser("committee2", "Dana", "Delegate", null, EnumSet.of(Role.COMMITTEE_MEMBER)),
            new DemoUser("committee3", "Emerson", "Elder", null, EnumSet.of(Role.COMMITTEE_MEMBER)),
            new DemoUser("multi", "Morgan", "Multirole", null, EnumSet.of(Role.TRAINER, Role.SUPERVISOR)));

    @Inject
    @ConfigProperty(name = "peercert.demo.seed", defaultValue = "false")
    boolean seed;

    @Inject
    AccountService accounts;

    @Inject
    DemoExam exam;

    @Inject
    DemoCertificates certificates;

    @Inject
    DemoAgency agency;

    @Inject
    DemoPostalAreas postalAreas;

    void onStartup(@Observes Startup startup) {
        if (seed) {
            seedAll();
        }
    }

    /** Every demo user and their records, each made once: a second run changes nothing. */
    void seedAll() {
        for (DemoUser user : USERS) {
            accounts.ensureDemoAccount(user.localPart() + DOMAIN, user.firstName(), user.lastName(), user.dateOfBirth(),
                    user.roles(), PASSWORD);
        }
        postalAreas.seed();
        try {
            exam.seed();
        } catch (RuntimeException notSeeded) {
            LOG.log(Level.WARNING, "The written test demo could not be prepared; the portal runs without it", notSeeded);
        }
        try {
            certificates.seed();
        } catch (RuntimeException notSeeded) {
            LOG.log(Level.WARNING, "The certificate demo could not be prepared; the portal runs without it", notSeeded);
        }
        try {
            agency.seed();
        } catch (RuntimeException notSeeded) {
            LOG.log(Level.WARNING, "The agency demo could not be prepared; the portal runs without it", notSeeded);
        }
        LOG.info(() -> "Demo users are ready: <role>" + DOMAIN + " with password " + PASSWORD + " (see README)");
    }
}
