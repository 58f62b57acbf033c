package org.peercert.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.account.SignInOutcome;
import org.peercert.account.SignInService;
import org.peercert.agency.Agency;
import org.peercert.agency.AgencyService;
import org.peercert.agency.RosterService;
import org.peercert.applications.ApplicationDrafts;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateRecords;
import org.peercert.testing.Deployments;
import org.peercert.testing.PortalTime;
import org.peercert.training.CohortService;

/**
 * The demo seed of the run command (peercert.demo.seed, the README's demo users). The test server runs without it, so
 * that no other test leans on it; this test runs it by hand, twice, on whatever day the portal's clock says (also
 * under -Dpeercert.test.clock-start).
 */
@ExtendWith(ArquillianExtension.class)
class DemoSeedIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    DemoData demo;

    @Inject
    SignInService signIn;

    @Inject
    ApplicationDrafts applicationDrafts;

    @Inject
    CertificateRecords certificates;

    @Inject
    AgencyService agencies;

    @Inject
    RosterService roster;

    @Inject
    CohortService cohorts;

    @Test
    void everyDemoUserSignsInAndTheDemoRecordsAreMadeOnce() {
        demo.seedAll();
        demo.seedAll();

        List<String> refused = new ArrayList<>();
        for (DemoData.DemoUser user : DemoData.USERS) {
            SignInOutcome outcome = signIn.signIn(user.localPart() + DemoData.DOMAIN, DemoData.PASSWORD, null).outcome();
            if (outcome != SignInOutcome.SUCCESS) {
                refused.add(user.localPart() + ": " + outcome);
            }
        }
        assertEquals(List.of(), refused, "every demo user of the README signs in");

        List<Certificate> held = certificates.ofHolder(DemoCertificates.HOLDER + DemoData.DOMAIN);
        assertEquals(1, held.size(), "the demo holder has one certificate, however often the seed runs");
        assertTrue(held.get(0).getNumber().startsWith("PS-CPS-" + PortalTime.today().getYear() + "-"), held.get(0).getNumber());
        assertTrue(applicationDrafts.currentFor(DemoCertificates.READY + DemoData.DOMAIN).isPresent(), "the demo applicant ready for a certificate");
        assertTrue(applicationDrafts.currentFor(DemoExam.EXAMINEE + DemoData.DOMAIN).isPresent(), "the demo examinee");
        assertEquals(2, cohorts.cohortsOf("multi" + DemoData.DOMAIN).stream().filter(c -> c.getTitle().startsWith("Wichita, this week")
                || c.getTitle().startsWith("Statewide online cohort")).count(), "the running cohort and the finished one, once each");

        Agency agency = agencies.agencyOf("agency" + DemoData.DOMAIN).orElseThrow();
        assertEquals(List.of(held.get(0).getId()), roster.roster(agency.getId()).stream().map(line -> line.entry().getCertificateId()).toList(),
                "the demo agency's roster holds the demo holder");
    }
}
