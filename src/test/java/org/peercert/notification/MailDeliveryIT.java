package org.peercert.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.testing.Deployments;
import org.peercert.testing.Mailbox;
import org.peercert.testing.PortalClient;

/** A stopped mail server loses no message: it is delivered once, when the server is back. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailDeliveryIT {

    private static final String RECIPIENT = "committee@demo.peercert.test";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void mailQueuedWhileTheServerIsDownIsDeliveredOnceWhenItIsBack() {
        try (Mailbox mailbox = new Mailbox().stop()) {
            PortalClient.Page answer = new PortalClient().submit("/account/forgot-password.xhtml", "forgot",
                    Map.of("email", RECIPIENT), "send");
            assertEquals(200, answer.status());
            assertTrue(answer.body().contains("we sent it a link"), "the person is told the link is on its way");

            Mailbox.sleep(4_000); // several delivery attempts fail against the stopped server meanwhile
            mailbox.start();
            mailbox.awaitMessage(RECIPIENT, "Reset your PeerCert password", Duration.ofSeconds(20));
            Mailbox.sleep(4_000); // several more polls: nothing may be sent twice
            assertEquals(1, mailbox.messagesTo(RECIPIENT).size());
        }
    }
}
