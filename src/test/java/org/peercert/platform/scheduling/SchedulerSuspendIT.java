package org.peercert.platform.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.peercert.account.Role;
import org.peercert.testing.Deployments;
import org.peercert.testing.Mailbox;
import org.peercert.testing.PortalClient;
import org.peercert.testing.ServerFixtures;
import org.peercert.testing.TestDatabase;

/**
 * A node that is suspended (the first step of every graceful shutdown, `:shutdown(suspend-timeout=…)` or SIGTERM)
 * refuses new tasks on its managed executor. Quartz, told a firing could not be handed to a thread, marks every
 * trigger of that job ERROR in the shared tables: no node of the cluster would deliver mail again until one
 * restarted (#23, found by #24's benchmarks). The jobs run on threads of their own, so a suspension leaves the
 * triggers as they were and the mail still goes out after it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SchedulerSuspendIT {

    private static final int MANAGEMENT_PORT = 10090;

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void aSuspendedNodeLeavesEveryTriggerAbleToFire() throws Exception {
        String recipient = ServerFixtures.account("Sus", "Pended", Role.APPLICANT);
        try (ModelControllerClient management = ModelControllerClient.Factory.create(InetAddress.getLoopbackAddress(), MANAGEMENT_PORT);
                Mailbox mailbox = new Mailbox().start()) {
            assertEquals(List.of(), triggersInError(), "before: no trigger in the ERROR state");
            List<String> afterSuspension;
            try {
                execute(management, "suspend");
                // The outbox job fires every second in the test server: several firings meet the suspended server.
                Mailbox.sleep(3_000);
            } finally {
                execute(management, "resume");
                afterSuspension = triggersInError();
                // The test server is shared by every test after this one: a failure here must not stop their mail.
                update("UPDATE QRTZ_TRIGGERS SET TRIGGER_STATE = 'WAITING' WHERE TRIGGER_STATE = 'ERROR'");
            }
            assertEquals(List.of(), afterSuspension, "no trigger is left in the ERROR state");

            PortalClient.Page answer = new PortalClient().submit("/account/forgot-password.xhtml", "forgot", Map.of("email", recipient), "send");
            assertEquals(200, answer.status());
            mailbox.awaitMessage(recipient, "password", Duration.ofSeconds(20));
        }
    }

    private static void execute(ModelControllerClient management, String operation) throws Exception {
        ModelNode request = new ModelNode();
        request.get("operation").set(operation);
        request.get("address").setEmptyList();
        ModelNode outcome = management.execute(request);
        assertEquals("success", outcome.get("outcome").asString(), operation + ": " + outcome);
    }

    private static void update(String sql) throws SQLException {
        try (Connection connection = TestDatabase.portal().getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static List<String> triggersInError() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = TestDatabase.portal().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT TRIGGER_NAME FROM QRTZ_TRIGGERS WHERE TRIGGER_STATE = 'ERROR'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
