package org.peercert.ceu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.account.Role;
import org.peercert.agency.AgencyService;
import org.peercert.agency.RosterService;
import org.peercert.applications.CertificationApplication;
import org.peercert.certificate.Certificate;
import org.peercert.certificate.CertificateService;
import org.peercert.notification.Notice;
import org.peercert.notification.NoticeService;
import org.peercert.testing.AgencyFixtures;
import org.peercert.testing.ApplicationFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.MovableClock;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;

/** R-CEU-2 inside the server, with the clock moved: a certificate's year of reminders, each once, even from two scans at once. */
@ExtendWith(ArquillianExtension.class)
class ReminderIT {

    private static final String STAFF = TestAccounts.STAFF;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ExpiryReminders reminders;

    @Inject
    CertificateService certificates;

    @Inject
    NoticeService notices;

    @Inject
    ApplicationFixtures fixtures;

    @Inject
    TestData data;

    @Inject
    MovableClock clock;

    @Inject
    AgencyFixtures agencies;

    @Inject
    TestAccounts people;

    @Inject
    RosterService roster;

    @Inject
    AgencyService agencyService;

    @Resource
    ManagedExecutorService executor;

    @AfterEach
    void realTime() {
        clock.release();
    }

    private void at(LocalDate day) {
        clock.set(day.atTime(6, 0).toInstant(ZoneOffset.UTC));
    }

    private List<String> remindersTo(String email, String number) {
        return data.mailSubjectsTo(email).stream().filter(s -> s.startsWith("Your certificate " + number + " expires")).toList();
    }

    @Test
    void rCeu2_dailyScansThroughTheReminderWindowSendEachConfiguredReminderOnceInOrder() {
        CertificationApplication application = fixtures.readyForCertificate("Yara", "Yearlong", LocalDate.of(1984, 6, 1));
        Certificate certificate = certificates.issue(application.getId(), STAFF);
        String holder = data.emailOfApplicant(application.getApplicantId());

        for (LocalDate day = certificate.getExpiresOn().minusDays(100); !day.isAfter(certificate.getExpiresOn().plusDays(3)); day = day.plusDays(1)) {
            at(day);
            reminders.scan();
            if (day.equals(certificate.getExpiresOn().minusDays(45))) {
                reminders.scan();
            }
            if (day.equals(certificate.getExpiresOn().minusDays(30))) {
                assertEquals(0, reminders.scan(), "#26: the day's second scan finds every due reminder already in the outbox");
            }
        }

        String n = certificate.getNumber();
        assertEquals(List.of("Your certificate " + n + " expires in 90 days", "Your certificate " + n + " expires in 60 days",
                "Your certificate " + n + " expires in 30 days", "Your certificate " + n + " expires in 7 days",
                "Your certificate " + n + " expires today"), remindersTo(holder, n));
        List<String> noticed = notices.of(application.getApplicantId(), 0, 50).rows().stream().map(Notice::getSubject)
                .filter(s -> s.startsWith("Your certificate " + n + " expires")).sorted().toList();
        assertEquals(remindersTo(holder, n).stream().sorted().toList(), noticed, "each of the five reminders in the portal too, once");
    }

    @Test
    void twoSchedulersScanningTheSameDayAtOnceSendOneReminder() throws Exception {
        CertificationApplication application = fixtures.readyForCertificate("Zed", "Twonodes", LocalDate.of(1983, 2, 1));
        Certificate certificate = certificates.issue(application.getId(), STAFF);
        at(certificate.getExpiresOn().minusDays(30));

        List<Callable<Integer>> nodes = List.of(reminders::scan, reminders::scan, reminders::scan);
        int sent = 0;
        for (Future<Integer> node : executor.invokeAll(nodes)) {
            sent += node.get();
        }

        assertEquals(List.of("Your certificate " + certificate.getNumber() + " expires in 30 days"),
                remindersTo(data.emailOfApplicant(application.getApplicantId()), certificate.getNumber()));
        assertEquals(1, data.mailSubjectsTo(data.emailOfApplicant(application.getApplicantId())).stream()
                .filter(s -> s.contains("expires in 30 days")).count());
        assertEquals(true, sent >= 1, "one of the scans sent it");
    }

    @Test
    void rCeu2_agenciesHoldingThePersonGetTheThirtyDayAndExpiryCopiesOnceEachAndADigestAgencyInThePortalOnly() {
        LocalDate born = LocalDate.of(1981, 4, 4);
        Certificate certificate = agencies.certificate("Rory", "Rostered", born);
        String mailed = people.create(Role.AGENCY_ADMIN, "Mae", "Mailed");
        String digest = people.create(Role.AGENCY_ADMIN, "Dee", "Digest");
        agencies.agency(mailed, true);
        long digestAgency = agencies.agency(digest, true).getId();
        agencyService.setDailyDigest(digest, true);
        roster.add(mailed, certificate.getNumber(), "Rostered", born);
        roster.add(digest, certificate.getNumber(), "Rostered", born);

        for (LocalDate day = certificate.getExpiresOn().minusDays(95); !day.isAfter(certificate.getExpiresOn().plusDays(2)); day = day.plusDays(1)) {
            at(day);
            reminders.scan();
            if (day.equals(certificate.getExpiresOn().minusDays(30))) {
                reminders.scan();
            }
        }

        List<String> copies = data.mailSubjectsTo(mailed).stream().filter(s -> s.startsWith("Roster change:")).toList();
        assertEquals(2, copies.size(), "the 30-day and the expiry-day copy, once each: " + copies);
        List<String> bodies = data.mailBodiesTo(mailed).stream().filter(b -> b.contains(certificate.getNumber())).toList();
        assertEquals(true, bodies.get(0).contains("in 30 days") && bodies.get(1).contains("expires today"), bodies.toString());
        assertEquals(List.of(), data.mailSubjectsTo(digest).stream().filter(s -> s.startsWith("Roster change:")).toList(),
                "an agency on the daily digest is not mailed at once");
        long digestNotices = notices.of(agencyService.adminsOf(digestAgency).get(0).getId(), 0, 50).rows().stream()
                .filter(n -> n.getSubject().startsWith("Roster change:")).count();
        assertEquals(2, digestNotices, "its administrator sees both in the portal, for the digest to gather");
    }
}
