package org.peercert.ceu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.account.Role;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateService;
import org.peercert.platform.csv.CsvLines;
import org.peercert.testing.AgencyFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.TestAccounts;

/** R-CEU-1 inside the server: a provider's report lands verified and counts; sent twice, even at once, it adds each activity once. */
@ExtendWith(ArquillianExtension.class)
class CeReportIT {

    private static final String HEADER = "certificate_number,last_name,title,completed_on,hours,category,format\n";
    private static final LocalDate BORN = LocalDate.of(1985, 5, 5);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    CeReports reports;

    @Inject
    CeService ce;

    @Inject
    CertificateService certificates;

    @Inject
    AgencyFixtures fixtures;

    @Inject
    TestAccounts people;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    private String line(Certificate c, String lastName, String title, String hours, String category) {
        return c.getNumber() + "," + lastName + "," + title + "," + LocalDate.now(clock) + "," + hours + "," + category + ",online\n";
    }

    @Test
    void rCeu1_reportedHoursLandVerifiedAndCountAndARevokedCertificateGetsNone() throws Exception {
        Certificate kim = fixtures.certificate("Kim", "Reported", BORN);
        Certificate lee = fixtures.certificate("Lee", "Revoked", BORN);
        certificates.revoke(lee.getId(), AgencyFixtures.STAFF, "Fraud", null);
        String provider = people.create(Role.CE_PROVIDER, "Pat", "Provider");

        CeReport report = reports.report(provider, "Kansas Peer Academy", new StringReader(HEADER + line(kim, "REPORTED", "Advocacy", "10", "General")
                + line(kim, "Reported", "Ethics in peer work", "2", "ethics") + line(lee, "Revoked", "Advocacy", "10", "General")));

        assertEquals(2, report.added());
        assertEquals(1, report.rejected().size());
        assertTrue(report.rejected().get(0).reason().contains("revoked"), report.rejected().toString());
        List<CeActivity> cycle = ce.cycleActivities(kim);
        assertEquals(2, cycle.size(), "both count in the cycle that began when the certificate was issued today");
        assertTrue(cycle.stream().allMatch(a -> a.isVerified() && a.getSource() == CeActivity.Source.PROVIDER
                && a.getProvider().equals("Kansas Peer Academy")), "verified, from the provider");
        assertTrue(ce.standing(kim).isMet(), "12 reported hours with 2 of ethics meet R-CEU-1");
        assertEquals(2, reports.reportedBy(provider, 0, 10).total());
    }

    @Test
    void theSameFileSentTwiceAtOnceAddsEachActivityOnce() throws Exception {
        Certificate c = fixtures.certificate("Dee", "Doubled", BORN);
        String provider = people.create(Role.CE_PROVIDER, "Dot", "Double");
        String file = HEADER + line(c, "Doubled", "Crisis support", "3", "General") + line(c, "Doubled", "Boundaries", "1", "Ethics");

        Callable<CeReport> upload = () -> reports.report(provider, "Double Academy", new StringReader(file));
        int added = 0;
        for (Future<CeReport> f : executor.invokeAll(List.of(upload, upload))) {
            added += f.get().added();
        }

        assertEquals(2, added, "two activities in all");
        assertEquals(2, ce.activitiesOf(c.getHolderId()).size());
    }

    @Test
    void aFileOverTheLineLimitOrWithTheWrongColumnsAddsNothing() {
        Certificate c = fixtures.certificate("Lou", "Long", BORN);
        String provider = people.create(Role.CE_PROVIDER, "Lin", "Limit");
        StringBuilder big = new StringBuilder(HEADER);
        for (int i = 0; i <= reports.maxLines(); i++) {
            big.append(line(c, "Long", "Session " + i, "1", "General"));
        }

        assertEquals("ce.reportTooLong", assertThrows(CeProblem.class, () -> reports.report(provider, "Big", new StringReader(big.toString())))
                .messageKey());
        assertTrue(assertThrows(CsvLines.Unreadable.class, () -> reports.report(provider, "Big",
                new StringReader("number,name\n" + c.getNumber() + ",Long\n"))).isWrongHeader());
        assertEquals("ce.provider", assertThrows(CeProblem.class, () -> reports.report(provider, " ", new StringReader(HEADER))).messageKey());
        assertEquals(0, ce.activitiesOf(c.getHolderId()).size());
    }
}
