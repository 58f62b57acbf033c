package org.peercert.ceu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.account.Role;
import org.peercert.agency.RosterService;
import org.peercert.certificate.Certificate;
import org.peercert.notification.OutboxMessage;
import org.peercert.notification.OutboxStatus;
import org.peercert.testing.AgencyFixtures;
import org.peercert.testing.Deployments;
import org.peercert.testing.Mailbox;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;

/**
 * R-CEU-2 with the mail server down: reminders that fall due are kept in the outbox, retried, and each delivered once
 * when the server is back. The steps alternate between the server (where the reminders fall due) and this client
 * (where the mail server runs); the server hands the recipients over in a file in the test server's folder.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReminderOutageIT {

    private static final String HANDOVER = "reminder-outage-recipients.txt";
    private static final Duration DELIVERY = Duration.ofSeconds(30);
    /** The mail server of the client steps (typed loosely: the in-server copy of this class never touches it). */
    private static AutoCloseable mailServer;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    ExpiryReminders reminders;

    @Inject
    AgencyFixtures agencies;

    @Inject
    TestAccounts people;

    @Inject
    RosterService roster;

    @Inject
    TestData data;

    @Inject
    Clock clock;

    @AfterAll
    static void stopMailServer() throws Exception {
        if (mailServer != null) {
            mailServer.close();
        }
    }

    @Test
    @Order(0)
    @RunAsClient
    void theMailServerGoesDown() {
        mailServer = new Mailbox().stop();
    }

    @Test
    @Order(1)
    void remindersFallDueWhileTheMailServerIsDownAndWaitInTheOutbox() throws IOException, InterruptedException {
        LocalDate born = LocalDate.of(1978, 7, 7);
        Certificate certificate = agencies.certificate("Otto", "Outage", born);
        String admin = people.create(Role.AGENCY_ADMIN, "Ada", "Outage");
        agencies.agency(admin, true);
        roster.add(admin, certificate.getNumber(), "Outage", born);
        data.expireOn(certificate.getId(), LocalDate.now(clock).plusDays(30));
        String holder = data.emailOfApplicant(certificate.getHolderId());

        assertTrue(reminders.scan() >= 1);
        Thread.sleep(3_000); // the delivery job polls each second and fails against the stopped server
        assertEquals(0, reminders.scan(), "a second scan the same day sends nothing");

        OutboxMessage reminder = only(holder, "expires in 30 days");
        OutboxMessage copy = only(admin, "Roster change:");
        for (OutboxMessage m : List.of(reminder, copy)) {
            assertEquals(OutboxStatus.PENDING, m.getStatus(), "kept for a later attempt");
            assertTrue(m.getAttempts() >= 1, "delivery was tried and failed");
        }
        Files.writeString(Path.of(System.getProperty("jboss.server.base.dir"), HANDOVER), holder + "\n" + admin + "\n");
    }

    private OutboxMessage only(String recipient, String subjectContains) {
        List<OutboxMessage> found = data.outboxTo(recipient).stream().filter(m -> m.getSubject().contains(subjectContains)).toList();
        assertEquals(1, found.size(), subjectContains + " to " + recipient);
        return found.get(0);
    }

    @Test
    @Order(2)
    @RunAsClient
    void whenTheMailServerIsBackEachReminderIsDeliveredOnce() throws IOException {
        List<String> recipients = Files.readAllLines(Path.of(System.getProperty("test.server.dir"), HANDOVER));
        String holder = recipients.get(0);
        String admin = recipients.get(1);

        Mailbox mailbox = new Mailbox().start();
        mailServer = mailbox;
        mailbox.awaitMessage(holder, "expires in 30 days", DELIVERY);
        mailbox.awaitMessage(admin, "Roster change:", DELIVERY);
        Mailbox.sleep(4_000); // several more polls: nothing may be sent twice

        assertEquals(1, mailbox.messagesTo(holder).stream().filter(m -> Mailbox.subject(m).contains("expires in 30 days")).count());
        assertEquals(1, mailbox.messagesTo(admin).stream().filter(m -> Mailbox.subject(m).contains("Roster change:")).count());
    }
}
