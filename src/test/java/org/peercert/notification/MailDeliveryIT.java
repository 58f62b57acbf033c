package org.peercert.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
import org.peercert.testing.Deployments;
import org.peercert.testing.Mailbox;
import org.peercert.testing.PortalClient;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestAccounts;
import org.peercert.testing.TestData;

/**
 * A stopped mail server loses no message: delivery is attempted and fails while it is down (the outbox keeps the
 * error), and the mail is delivered once when it is back. The steps alternate between this client, where the mail
 * server runs, and the server, where the outbox is read.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailDeliveryIT {

    /** This class's own account; the newest outbox row to it is this run's. */
    private static final String RECIPIENT = "mail-delivery-it@example.org";
    private static final String SUBJECT = "Reset your " + TestAccounts.PROGRAM + " password";
    /** The mail server of the client steps (typed loosely: the in-server copy of this class never touches it). */
    private static AutoCloseable mailServer;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Inject
    TestData data;

    @AfterAll
    static void startTheMailServerAgain() throws Exception {
        if (mailServer != null) {
            mailServer.close();
        }
    }

    @Test
    @Order(1)
    @RunAsClient
    void someoneAsksForAPasswordResetWhileTheMailServerIsDown() {
        ServerFixtures.account(RECIPIENT, "Mel", "Delivery", TestAccounts.PASSWORD, Role.APPLICANT);
        mailServer = new Mailbox().stop();
        PortalClient.Page answer = new PortalClient().submit("/account/forgot-password.xhtml", "forgot", Map.of("email", RECIPIENT), "send");
        assertEquals(200, answer.status());
        assertTrue(answer.body().contains("we sent it a link"), "the person is told the link is on its way");
    }

    @Test
    @Order(2)
    void deliveryIsAttemptedAndFailsWhileTheServerIsDown() throws InterruptedException {
        OutboxMessage waiting = newest();
        for (int i = 0; i < 100 && waiting.getAttempts() < 2; i++) {
            Thread.sleep(100);
            waiting = newest();
        }
        assertEquals(OutboxStatus.PENDING, waiting.getStatus(), "kept for the next attempt, not given up");
        assertTrue(waiting.getAttempts() >= 2, "tried more than once: " + waiting.getAttempts());
        assertNotNull(waiting.getLastError(), "the failure is kept for the administrator's mail page");
        assertNull(waiting.getDeliveredAt());
    }

    @Test
    @Order(3)
    @RunAsClient
    void theMailIsDeliveredOnceWhenTheServerIsBack() throws Exception {
        mailServer.close(); // up again, keeping what arrives from the first moment (no one else mails this recipient)
        Mailbox mailbox = new Mailbox();
        mailbox.awaitMessage(RECIPIENT, SUBJECT, Duration.ofSeconds(20));
        Mailbox.sleep(4_000); // several more polls: nothing may be sent twice
        assertEquals(1, mailbox.messagesTo(RECIPIENT).size());
    }

    @Test
    @Order(4)
    void theOutboxRecordsTheDelivery() {
        OutboxMessage delivered = newest();
        assertEquals(OutboxStatus.SENT, delivered.getStatus());
        assertNotNull(delivered.getDeliveredAt());
        assertNull(delivered.getLastError(), "the error of the failed attempts is cleared by the delivery");
    }

    private OutboxMessage newest() {
        List<OutboxMessage> rows = data.outboxTo(RECIPIENT).stream().filter(m -> m.getSubject().contains(SUBJECT)).toList();
        assertTrue(!rows.isEmpty(), "the reset mail is in the outbox");
        return rows.get(rows.size() - 1);
    }
}
